import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { sandboxControlUrl } from './support/api';
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

/** A page with Open Graph tags and its picture, served from this machine for the link card. */
const ARTICLE = `<!doctype html><html><head>
<meta property="og:title" content="Le calendrier des semis">
<meta property="og:description" content="Semaine par semaine, ce qu’il faut semer au jardin.">
<meta property="og:image" content="/semis.png">
<title>Semis</title></head><body>Semis</body></html>`;

let server: Server;
let articleUrl: string;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/semis.png') {
      res.setHeader('content-type', 'image/png');
      res.end(png(240, 126));
      return;
    }
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(ARTICLE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  articleUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/calendrier`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A brand asking alt text of every image, with a Mastodon and a Bluesky account of the emulated networks. */
async function setUp(api: ContentApi) {
  const suffix = uniqueSuffix();
  const created = await api.call<{ createBrand: { id: string; name: string } }>(
    'mutation ($input: CreateBrandInput!) { createBrand(input: $input) { id name } }',
    {
      input: {
        name: `Jardin ${suffix}`,
        timezone: 'Europe/Paris',
        defaultLanguage: 'FR',
        targetMarkets: ['FR'],
        guidelines: { toneNotes: '', requiredHashtags: [], bannedWords: [], requireAltText: true },
      },
    },
  );
  const brand = created.createBrand;
  await api.connectAccount(brand.id, `jardin${suffix}`);
  const provisioned = await fetch(`${sandboxControlUrl()}/control/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ network: 'bluesky', handle: `jardin-${suffix}` }),
  });
  const bluesky = (await provisioned.json()) as { handle: string; appPassword: string | null };
  await api.call(
    'mutation ($input: ConnectBlueskyAccountInput!) { connectBlueskyAccount(input: $input) { id } }',
    { input: { brandId: brand.id, identifier: bluesky.handle, appPassword: bluesky.appPassword } },
  );
  return { brand, bluesky: bluesky.handle, mastodon: `jardin${suffix}` };
}

async function describe(page: Page, fileName: string, text: string): Promise<void> {
  await page
    .getByTestId('alt-texts-MASTODON')
    .getByRole('button', { name: `Modifier le texte alternatif de ${fileName}` })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Texte alternatif' });
  await dialog.getByRole('textbox', { name: 'Ce que montre le fichier' }).fill(text);
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expectNotice(page, 'Texte alternatif enregistré');
}

test('the composer shows the link card and each network’s image grid, and marks images without the alt text the brand requires', async ({
  page,
  request,
  gatewayUrl,
  demoLogins,
}) => {
  const owner = demoLogin(demoLogins, OWNER_EMAIL);
  const api = new ContentApi(request, gatewayUrl);
  await api.signIn(owner.email, owner.password);
  const setup = await setUp(api);

  await openSignedIn(page, owner, '/posts/new');
  await page.getByRole('combobox', { name: 'Marque' }).click();
  await page.getByRole('option', { name: setup.brand.name }).click();
  await page.getByRole('checkbox', { name: new RegExp(setup.mastodon) }).check();
  await page.getByRole('checkbox', { name: new RegExp(setup.bluesky) }).check();
  await page.getByRole('textbox', { name: 'Titre', exact: true }).fill('Semis de printemps');
  await page
    .getByRole('textbox', { name: 'Texte', exact: true })
    .fill('Notre calendrier des semis est en ligne.');
  await page.getByRole('textbox', { name: 'Lien', exact: true }).fill(articleUrl);

  // Bluesky makes a card of the link: the page's title, description and picture.
  await page.getByRole('tab', { name: /Bluesky/ }).click();
  const card = page.getByTestId('preview-BLUESKY').getByTestId('link-card');
  await expect(card).toContainText('Le calendrier des semis');
  await expect(card).toContainText('Semaine par semaine, ce qu’il faut semer au jardin.');
  await expect(card.locator('img')).toHaveJSProperty('naturalWidth', 240);
  await page.screenshot({ path: screenshotPath('compose-link-card-fr'), fullPage: true });

  // Three pictures: Mastodon crops them into a 16:9 box, one tall beside two.
  await page.getByRole('button', { name: 'Ajouter depuis la médiathèque' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importer des fichiers' }).click();
  await (
    await chooser
  ).setFiles([
    { name: 'radis.png', mimeType: 'image/png', buffer: png(320, 200) },
    { name: 'tomates.png', mimeType: 'image/png', buffer: png(200, 320) },
    { name: 'courges.png', mimeType: 'image/png', buffer: png(300, 300) },
  ]);
  await page.getByRole('button', { name: 'Ajouter 3 fichiers' }).click();

  await page.getByRole('tab', { name: /Mastodon/ }).click();
  const mastodon = page.getByTestId('media-grid-MASTODON');
  await expect(mastodon.getByTestId('media-grid-cell')).toHaveCount(3);
  await expect(mastodon).toHaveAttribute('data-columns', '2');
  await expect(mastodon).toHaveAttribute('data-rows', '2');
  const box = await mastodon.boundingBox();
  expect(box && Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.05);
  // The brand requires alt text: every picture is marked until it has one.
  await expect(mastodon.getByTestId('media-grid-alt-missing')).toHaveCount(3);
  await expect(
    mastodon.getByRole('img', { name: 'radis.png n’a pas de texte alternatif, que la marque exige' }),
  ).toBeVisible();
  await page.screenshot({ path: screenshotPath('compose-grid-mastodon-fr'), fullPage: true });

  await page.getByRole('tab', { name: /Bluesky/ }).click();
  const bluesky = page.getByTestId('media-grid-BLUESKY');
  await expect(bluesky.getByTestId('media-grid-cell')).toHaveCount(3);
  // With pictures, Bluesky sends the link in the text: no card any more.
  await expect(page.getByTestId('preview-BLUESKY').getByTestId('link-card')).toHaveCount(0);

  // Saved, then refused on scheduling with the field's error.
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expectNotice(page, 'Brouillon enregistré');
  await expect(page.getByRole('heading', { name: 'Semis de printemps', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Programmer' }).click();
  const schedule = page.getByRole('dialog', { name: 'Programmer la publication' });
  await schedule.getByText('Maintenant', { exact: true }).click();
  await schedule.getByRole('button', { name: 'Publier maintenant' }).click();
  await expect(page.getByText(/radis\.png n’a pas de texte alternatif/).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('compose-alt-refused-fr'), fullPage: true });
  await page.keyboard.press('Escape');

  // Described: the marks go and Mastodon shows its ALT badge.
  await page.getByRole('tab', { name: /Mastodon/ }).click();
  await describe(page, 'radis.png', 'Des radis fraîchement cueillis');
  await expect(mastodon.getByTestId('media-grid-alt-missing')).toHaveCount(2);
  await expect(mastodon.getByRole('img', { name: 'Des radis fraîchement cueillis' })).toBeVisible();
  await describe(page, 'tomates.png', 'Des plants de tomates');
  await describe(page, 'courges.png', 'Des courges sur la paille');
  await expect(mastodon.getByTestId('media-grid-alt-missing')).toHaveCount(0);
  await expect(mastodon.getByTestId('media-grid-alt')).toHaveCount(3);
  await page.screenshot({ path: screenshotPath('compose-grid-described-fr'), fullPage: true });

  // The same grid in English.
  await page.getByRole('button', { name: 'Changer de langue' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('tab', { name: /Mastodon/ })).toBeVisible();
  await expect(mastodon.getByTestId('media-grid-alt').first()).toHaveText('ALT');
  await page.screenshot({ path: screenshotPath('compose-grid-described-en'), fullPage: true });
  // The owner's profile keeps the language: back to French for the specs that follow.
  await page.getByRole('button', { name: 'Change language' }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await expect(page.getByRole('button', { name: 'Changer de langue' })).toBeVisible();
});
