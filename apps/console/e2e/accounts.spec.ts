import {
  demoLogin,
  expect,
  OWNER_EMAIL,
  screenshotPath,
  signIn,
  test,
  uniqueSuffix,
} from './support/fixtures';

const FLAGGED = 'brooklynroasters.bsky.social';
const REASON = 'The network refused the access token; reconnect the account.';

test.describe('connected accounts', () => {
  test.beforeEach(async ({ page, demoLogins }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    await signIn(page, owner.email, owner.password);
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
});
