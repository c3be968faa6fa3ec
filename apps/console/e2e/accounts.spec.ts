import { demoLogin, expect, openSignedIn, OWNER_EMAIL, screenshotPath, test } from './support/fixtures';

const FLAGGED = 'brooklynroasters.bsky.social';
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
});
