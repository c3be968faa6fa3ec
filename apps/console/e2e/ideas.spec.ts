import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Le journal du jardin</title><link>https://jardin.example</link>
  <item><title>Arroser le matin, pas le soir</title><link>https://jardin.example/arroser</link><guid>arroser</guid>
    <pubDate>Mon, 01 Apr 2024 08:00:00 GMT</pubDate>
    <description><![CDATA[<p>Les plantes boivent <b>avant</b> la chaleur.</p>]]></description></item>
  <item><title>Tailler les rosiers en mars</title><link>https://jardin.example/tailler</link><guid>tailler</guid>
    <pubDate>Tue, 02 Apr 2024 08:00:00 GMT</pubDate><description>Avant la reprise de la sève.</description></item>
</channel></rss>`;

let server: Server;
let feedUrl: string;

test.beforeAll(async () => {
  server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/rss+xml; charset=utf-8');
    res.end(RSS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/journal.xml`;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('a feed served nearby becomes ideas, and one click makes a draft and opens it', async ({
  page,
  request,
  gatewayUrl,
  demoLogins,
}) => {
  const ownerLogin = demoLogin(demoLogins, OWNER_EMAIL);
  const owner = new ContentApi(request, gatewayUrl);
  await owner.signIn(ownerLogin.email, ownerLogin.password);
  const suffix = uniqueSuffix();
  const brand = await owner.createBrand(`Jardins ${suffix}`);
  await owner.connectAccount(brand.id, `@jardins${suffix}`);

  await openSignedIn(page, ownerLogin);
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Idées' })
    .click();
  await expect(page.getByRole('heading', { name: 'Idées', level: 2 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Marque' }).click();
  await page.getByRole('option', { name: brand.name }).click();
  await expect(page.getByText('Cette marque ne suit encore aucun flux.')).toBeVisible();

  // The address is checked before anything is sent.
  const address = page.getByRole('textbox', { name: 'Adresse du flux' });
  await address.fill('jardin.example/flux');
  await page.getByRole('button', { name: 'Suivre', exact: true }).click();
  await expect(
    page.getByText('Saisissez une adresse complète commençant par http:// ou https://.'),
  ).toBeVisible();

  await address.fill(feedUrl);
  await page.getByRole('button', { name: 'Suivre', exact: true }).click();
  await expectNotice(page, 'Flux ajouté.');
  const feeds = page.getByRole('list', { name: 'Flux' });
  await expect(feeds.getByText('Le journal du jardin')).toBeVisible();
  await expect(feeds.getByText('2 nouvelles idées')).toBeVisible();
  const ideas = page.getByRole('list', { name: 'Idées' });
  await expect(ideas.getByRole('listitem')).toHaveCount(2);
  await expect(ideas.getByRole('listitem').first()).toContainText('Tailler les rosiers en mars');
  await expect(ideas.getByText('Les plantes boivent avant la chaleur.')).toBeVisible();
  await page.screenshot({ path: screenshotPath('ideas-page'), fullPage: true });

  // The same address again is refused under the field.
  await address.fill(feedUrl);
  await page.getByRole('button', { name: 'Suivre', exact: true }).click();
  await expect(page.getByText('Cette marque suit déjà ce flux.')).toBeVisible();

  const idea = ideas.getByRole('listitem').filter({ hasText: 'Arroser le matin, pas le soir' });
  await idea.getByRole('button', { name: 'Créer un brouillon' }).click();
  const dialog = page.getByRole('dialog', { name: 'Créer un brouillon à partir de cette idée' });
  await expect(dialog.getByRole('checkbox', { name: new RegExp(`@jardins${suffix}`) })).toBeChecked();
  await page.screenshot({ path: screenshotPath('ideas-draft-dialog') });
  await dialog.getByRole('button', { name: 'Créer le brouillon' }).click();

  await expect(page).toHaveURL(/\/posts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('textbox', { name: /Titre/ })).toHaveValue('Arroser le matin, pas le soir');
  await page.screenshot({ path: screenshotPath('ideas-draft-post'), fullPage: true });

  await page.goBack();
  await expect(page.getByRole('list', { name: 'Idées' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('radiogroup', { name: 'Afficher' }).getByText('En brouillon').click();
  await expect(page.getByRole('link', { name: 'Ouvrir le brouillon' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('ideas-drafted'), fullPage: true });
});
