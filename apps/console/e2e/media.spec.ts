import { crc32, deflateSync } from 'node:zlib';
import { ContentApi } from './support/content-api';
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

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG: a warm gradient of `width` × `height` pixels. */
function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Array.from({ length: height }, (_, y) => {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1)
      row.set([180 + (x * 70) / width, 90 + (y * 80) / height, 40], 1 + x * 3);
    return row;
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

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
