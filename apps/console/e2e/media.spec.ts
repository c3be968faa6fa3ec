import { ContentApi } from './support/content-api';
import { png } from './support/png';
import {
  demoLogin,
  expect,
  expectNotice,
  openSignedIn,
  OWNER_EMAIL,
  screenshotPath,
  test,
  uniqueSuffix,
} from './support/fixtures';

test('the owner uploads pictures to a brand’s library, describes one, deletes one, and is told why a fake video is refused', async ({
  page,
  request,
  gatewayUrl,
  demoLogins,
}) => {
  const login = demoLogin(demoLogins, OWNER_EMAIL);
  const api = new ContentApi(request, gatewayUrl);
  await api.signIn(login.email, login.password);
  const brand = await api.createBrand(`Boulangerie ${uniqueSuffix()}`);

  await openSignedIn(page, login);
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Médiathèque' })
    .click();
  await expect(page.getByRole('heading', { name: 'Médiathèque' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Marque' }).click();
  await page.getByRole('option', { name: brand.name }).click();
  await expect(page.getByText('Aucun fichier pour l’instant')).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer des fichiers' }).click();
  await (
    await chooser
  ).setFiles([
    { name: 'croissants.png', mimeType: 'image/png', buffer: png(320, 200) },
    { name: 'vitrine.png', mimeType: 'image/png', buffer: png(120, 160) },
  ]);
  await expectNotice(page, '2 fichiers ajoutés à la médiathèque');
  const library = page.getByRole('list', { name: 'Médiathèque' });
  const croissants = library.getByRole('listitem', { name: 'croissants.png' });
  await expect(croissants).toContainText('320 × 200');
  await expect(croissants).toContainText('Sans texte alternatif');
  await expect(croissants.getByRole('img', { name: 'croissants.png' })).toHaveJSProperty('naturalWidth', 320);
  await expect(page.getByText('2 fichiers')).toBeVisible();

  await croissants.getByRole('button', { name: 'Actions pour croissants.png' }).click();
  await page.getByRole('menuitem', { name: 'Texte alternatif' }).click();
  const alt = page.getByRole('dialog', { name: 'Texte alternatif' });
  await alt
    .getByRole('textbox', { name: 'Ce que montre le fichier' })
    .fill('Des croissants dorés sur une plaque');
  await page.screenshot({ path: screenshotPath('media-alt-text') });
  await alt.getByRole('button', { name: 'Enregistrer' }).click();
  await expectNotice(page, 'Texte alternatif enregistré');
  await expect(croissants).toContainText('Des croissants dorés sur une plaque');

  // A PNG renamed as a video: the service reads its bytes and says what it really is.
  const fake = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer des fichiers' }).click();
  await (await fake).setFiles({ name: 'teaser.mp4', mimeType: 'video/mp4', buffer: png(16, 16) });
  await expect(
    page.getByRole('alert').filter({ hasText: 'Le fichier est une image PNG, pas une vidéo MP4' }),
  ).toBeVisible();
  await page.screenshot({ path: screenshotPath('media-library'), fullPage: true });

  const vitrine = library.getByRole('listitem', { name: 'vitrine.png' });
  await vitrine.getByRole('button', { name: 'Actions pour vitrine.png' }).click();
  await page.getByRole('menuitem', { name: 'Supprimer' }).click();
  await page
    .getByRole('dialog', { name: 'Supprimer ce fichier ?' })
    .getByRole('button', { name: 'Supprimer' })
    .click();
  await expectNotice(page, 'Fichier supprimé');
  await expect(vitrine).toHaveCount(0);

  await page.reload();
  await expect(library.getByRole('listitem')).toHaveCount(1);
  await expect(library.getByRole('listitem', { name: 'croissants.png' })).toContainText(
    'Des croissants dorés',
  );
});
