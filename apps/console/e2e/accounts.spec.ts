import { GatewayApi } from './support/api';
import type { Page } from '@playwright/test';
import {
  demoLogin,
  expect,
  freshPage,
  openSignedIn,
  OWNER_EMAIL,
  screenshotPath,
  test,
  uniqueSuffix,
} from './support/fixtures';

const FLAGGED = 'brooklynroasters.bsky.social';
const CONNECT = `mutation ($input: ConnectSocialAccountInput!) { connectSocialAccount(input: $input) { id } }`;
const REASON = 'The network refused the access token; reconnect the account.';

test.describe('connected accounts', () => {
  test.beforeEach(async ({ page, demoLogins }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    await openSignedIn(page, owner);
    await page.getByRole('link', { name: 'Comptes', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Comptes connectés', level: 2 })).toBeVisible();
  });

  test('lists every account and flags the one that needs reconnecting, with why', async ({ page }) => {
    const alert = page.getByRole('alert').filter({ hasText: '1 compte à reconnecter' });
    await expect(alert).toContainText(FLAGGED);
    await expect(alert).toContainText(REASON);
    await expect(alert).toContainText('Brooklyn Roasters');

    const table = page.getByRole('table', { name: 'Comptes connectés' });
    await expect(table.getByRole('row', { name: '@maisonverdure' })).toContainText('Connecté');
    const flagged = table.getByRole('row', { name: FLAGGED });
    await expect(flagged).toContainText('À reconnecter');
    await expect(flagged).toContainText(REASON);
    await expect(flagged).toContainText('Brooklyn Roasters');
    await page.screenshot({ path: screenshotPath('accounts-needs-reconnection'), fullPage: true });

    await page.getByRole('link', { name: 'Marques', exact: true }).click();
    const brooklyn = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Brooklyn Roasters' }) });
    await expect(brooklyn.getByText('1 à reconnecter')).toBeVisible();
    await page.getByRole('link', { name: 'Comptes', exact: true }).click();

    await page.getByRole('combobox', { name: 'Filtrer par marque' }).click();
    await page.getByRole('option', { name: 'Maison Verdure' }).click();
    await expect(table.getByRole('row', { name: FLAGGED })).toHaveCount(0);
    await expect(page.getByRole('alert').filter({ hasText: 'à reconnecter' })).toHaveCount(0);
  });

  test('connects an account without ever showing its tokens, then disconnects it', async ({ page }) => {
    const handle = `@verdure-${uniqueSuffix()}`;
    const secret = `secret-access-${uniqueSuffix()}`;
    await page.getByRole('button', { name: 'Connecter un compte' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connecter un compte social' });
    await dialog.getByRole('combobox', { name: 'Marque' }).click();
    await page.getByRole('option', { name: 'Maison Verdure' }).click();
    await dialog.getByRole('combobox', { name: 'Réseau' }).click();
    await page.getByRole('option', { name: 'LinkedIn' }).click();
    await dialog.getByRole('textbox', { name: 'Identifiant', exact: true }).fill(handle);
    await dialog.getByLabel('ID du compte sur le réseau').fill(`urn:li:organization:${uniqueSuffix()}`);
    await dialog.getByLabel('Nom affiché').fill('Maison Verdure Pro');
    await dialog.getByLabel('Jeton d’accès').fill(secret);
    await dialog.getByLabel('Jeton de rafraîchissement').fill(`${secret}-refresh`);
    await dialog.getByLabel('Expiration du jeton').fill('2027-01-31T09:30');
    await page.screenshot({ path: screenshotPath('account-connect-form') });
    await dialog.getByRole('button', { name: 'Connecter', exact: true }).click();

    await expect(page.getByText(`${handle} connecté.`)).toBeVisible();
    const row = page.getByRole('table', { name: 'Comptes connectés' }).getByRole('row', { name: handle });
    await expect(row).toContainText('LinkedIn');
    await expect(row).toContainText('Connecté');
    await expect(row).toContainText('31 janv. 2027');
    await expect(page.locator('body')).not.toContainText(secret);

    await row.getByRole('button', { name: 'Déconnecter' }).click();
    const confirm = page.getByRole('dialog', { name: 'Déconnecter ce compte ?' });
    await expect(confirm).toContainText(handle);
    await confirm.getByRole('button', { name: 'Déconnecter' }).click();
    await expect(page.getByText(`${handle} déconnecté.`)).toBeVisible();
    // Disconnected accounts leave the list (their credentials are gone).
    await expect(row).toHaveCount(0);
  });

  test('reconnects the flagged account with new credentials', async ({ page }) => {
    const alert = page.getByRole('alert').filter({ hasText: '1 compte à reconnecter' });
    await alert.getByRole('button', { name: 'Reconnecter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reconnecter le compte' });
    await expect(dialog).toContainText(REASON);
    await dialog.getByLabel('Jeton d’accès').fill(`renewed-${uniqueSuffix()}`);
    await dialog.getByRole('button', { name: 'Reconnecter' }).click();
    await expect(page.getByText(`${FLAGGED} reconnecté.`)).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Comptes connectés' }).getByRole('row', { name: FLAGGED }),
    ).toContainText('Connecté');
    await expect(page.getByRole('alert').filter({ hasText: 'à reconnecter' })).toHaveCount(0);
  });

  test('refuses an account another brand has, naming it, then shares it on purpose', async ({
    page,
    request,
    gatewayUrl,
    demoLogins,
  }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    const api = new GatewayApi(request, gatewayUrl);
    await api.signIn(owner.email, owner.password);
    const handle = `@partage-${uniqueSuffix()}`;
    const externalId = `urn:li:organization:${uniqueSuffix()}`;
    await api.call(CONNECT, {
      input: {
        brandId: await api.brandId('Maison Verdure'),
        network: 'LINKEDIN',
        handle,
        externalId,
        credentials: { accessToken: `verdure-${uniqueSuffix()}` },
      },
    });
    await page.reload();

    await page.getByRole('button', { name: 'Connecter un compte' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connecter un compte social' });
    await dialog.getByRole('combobox', { name: 'Marque' }).click();
    await page.getByRole('option', { name: 'Brooklyn Roasters' }).click();
    await dialog.getByRole('combobox', { name: 'Réseau' }).click();
    await page.getByRole('option', { name: 'LinkedIn' }).click();
    await dialog.getByRole('textbox', { name: 'Identifiant', exact: true }).fill(handle);
    await dialog.getByLabel('ID du compte sur le réseau').fill(externalId);
    await dialog.getByLabel('Jeton d’accès').fill(`brooklyn-${uniqueSuffix()}`);
    await expect(dialog.getByRole('checkbox')).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Connecter', exact: true }).click();

    await expect(dialog.getByLabel('ID du compte sur le réseau')).toHaveAccessibleDescription(
      /Ce compte est déjà connecté à Maison Verdure\. Pour y publier depuis les deux marques, partagez-le\./,
    );
    const share = dialog.getByRole('checkbox', { name: 'Partager ce compte avec Maison Verdure' });
    await expect(share).not.toBeChecked();
    await expect(dialog).toContainText('Les deux marques publieront avec les mêmes identifiants');
    await page.screenshot({ path: screenshotPath('account-connected-to-another-brand') });

    await share.check();
    await dialog.getByRole('button', { name: 'Connecter', exact: true }).click();
    await expect(page.getByText(`${handle} connecté.`)).toBeVisible();
    const rows = page.getByRole('table', { name: 'Comptes connectés' }).getByRole('row', { name: handle });
    await expect(rows).toHaveCount(2);
    for (const brand of ['Maison Verdure', 'Brooklyn Roasters']) {
      await expect(rows.filter({ hasText: brand })).toContainText('Partagé');
    }
    await page.screenshot({ path: screenshotPath('account-shared-by-two-brands'), fullPage: true });

    // Disconnecting it from one brand leaves it connected to the other.
    await rows.filter({ hasText: 'Brooklyn Roasters' }).getByRole('button', { name: 'Déconnecter' }).click();
    const confirm = page.getByRole('dialog', { name: 'Déconnecter ce compte ?' });
    await expect(confirm).toContainText('Les autres marques qui le partagent restent connectées.');
    await confirm.getByRole('button', { name: 'Déconnecter' }).click();
    await expect(page.getByText(`${handle} déconnecté.`)).toBeVisible();
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText('Maison Verdure');
    await expect(rows).not.toContainText('Partagé');

    await rows.getByRole('button', { name: 'Déconnecter' }).click();
    await page
      .getByRole('dialog', { name: 'Déconnecter ce compte ?' })
      .getByRole('button', { name: 'Déconnecter' })
      .click();
    await expect(rows).toHaveCount(0);
  });

  test('refuses an account another organisation holds, saying nothing about it, in French and in English', async ({
    page,
    browser,
    baseURL,
    request,
    gatewayUrl,
    demoLogins,
  }) => {
    const suffix = uniqueSuffix();
    const rivalAgency = `Agence Rivale ${suffix}`;
    const rival = new GatewayApi(request, gatewayUrl);
    const email = `rival.${suffix}@rivale.test`;
    const password = 'rivale-2026-secret';
    await rival.call('mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { agencyName: rivalAgency, name: 'Rita Rivale', email, password, locale: 'EN' },
    });
    await rival.signIn(email, password);
    const rivalBrand = await rival.createBrand(`Rival Coffee ${suffix}`);
    await rival.createBrand(`Rival Tea ${suffix}`);
    const rivalHeld = `did:plc:rivale${suffix}`;
    await rival.call(CONNECT, {
      input: {
        brandId: rivalBrand.id,
        network: 'BLUESKY',
        handle: `rivale-${suffix}.bsky.social`,
        externalId: rivalHeld,
        credentials: { accessToken: `rival-${suffix}` },
      },
    });
    const owner = new GatewayApi(request, gatewayUrl);
    const login = demoLogin(demoLogins, OWNER_EMAIL);
    await owner.signIn(login.email, login.password);
    const lumiereHeld = `did:plc:lumiere${suffix}`;
    const { connectSocialAccount: held } = await owner.call<{ connectSocialAccount: { id: string } }>(
      CONNECT,
      {
        input: {
          brandId: await owner.brandId('Maison Verdure'),
          network: 'BLUESKY',
          handle: `lumiere-${suffix}.bsky.social`,
          externalId: lumiereHeld,
          credentials: { accessToken: `lumiere-${suffix}` },
        },
      },
    );

    const tryToConnect = async (on: Page, texts: ConnectTexts, brand: string, externalId: string) => {
      await on.getByRole('button', { name: texts.open }).click();
      const dialog = on.getByRole('dialog', { name: texts.dialog });
      await dialog.getByRole('combobox', { name: texts.brand }).click();
      await on.getByRole('option', { name: brand }).click();
      await dialog.getByRole('combobox', { name: texts.network }).click();
      await on.getByRole('option', { name: 'Bluesky' }).click();
      await dialog
        .getByRole('textbox', { name: texts.handle, exact: true })
        .fill(`try-${uniqueSuffix()}.bsky.social`);
      await dialog.getByLabel(texts.externalId).fill(externalId);
      await dialog.getByLabel(texts.accessToken).fill(`try-${uniqueSuffix()}`);
      await dialog.getByRole('button', { name: texts.submit, exact: true }).click();
      return dialog;
    };

    // In French, the Lumière owner is refused the rival's account, without a word about the rival.
    const french = await tryToConnect(page, FRENCH, 'Maison Verdure', rivalHeld);
    await expect(french.getByLabel(FRENCH.externalId)).toHaveAccessibleDescription(
      startingWith(
        'Ce compte est déjà connecté à Relais par une autre organisation ; déconnectez-le d’abord de celle-ci ou contactez le support.',
      ),
    );
    await expect(french.getByRole('checkbox')).toHaveCount(0);
    for (const foreign of [rivalAgency, rivalBrand.name, rivalBrand.id, 'Rita Rivale']) {
      await expect(page.locator('body')).not.toContainText(foreign);
    }
    await page.screenshot({ path: screenshotPath('account-held-by-another-organisation') });

    // In English, the rival is refused Lumière's account the same way, and offered to share its own.
    const english = await freshPage(browser, baseURL, 'en-US');
    await openSignedIn(english, { email, password });
    await english.getByRole('link', { name: 'Accounts', exact: true }).click();
    const refused = await tryToConnect(english, ENGLISH, rivalBrand.name, lumiereHeld);
    await expect(refused.getByLabel(ENGLISH.externalId)).toHaveAccessibleDescription(
      startingWith(
        'This account is already connected to Relais by another organisation; disconnect it there first or contact support.',
      ),
    );
    for (const foreign of ['Maison Verdure', 'Lumière', held.id]) {
      await expect(english.locator('body')).not.toContainText(foreign);
    }
    await refused.getByRole('button', { name: 'Cancel' }).click();
    const other = await tryToConnect(english, ENGLISH, `Rival Tea ${suffix}`, rivalHeld);
    await expect(other.getByLabel(ENGLISH.externalId)).toHaveAccessibleDescription(
      startingWith(
        `This account is already connected to ${rivalBrand.name}. To publish to it from both brands, share it.`,
      ),
    );
    await expect(
      other.getByRole('checkbox', { name: `Share this account with ${rivalBrand.name}` }),
    ).toBeVisible();
    await english.screenshot({ path: screenshotPath('account-connected-to-another-brand-en') });
    await english.context().close();

    await owner.call('mutation ($id: ID!) { disconnectSocialAccount(id: $id) { id } }', { id: held.id });
  });
});

interface ConnectTexts {
  open: string;
  dialog: string;
  brand: string;
  network: string;
  handle: string;
  externalId: string;
  accessToken: string;
  submit: string;
}

const FRENCH: ConnectTexts = {
  open: 'Connecter un compte',
  dialog: 'Connecter un compte social',
  brand: 'Marque',
  network: 'Réseau',
  handle: 'Identifiant',
  externalId: 'ID du compte sur le réseau',
  accessToken: 'Jeton d’accès',
  submit: 'Connecter',
};

const ENGLISH: ConnectTexts = {
  open: 'Connect an account',
  dialog: 'Connect a social account',
  brand: 'Brand',
  network: 'Network',
  handle: 'Handle',
  externalId: 'Account ID on the network',
  accessToken: 'Access token',
  submit: 'Connect',
};

/** An accessible description that starts with `text` (the field's own hint follows the error). */
function startingWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}
