import { demoLogin, expect, openSignedIn, screenshotPath, test } from './support/fixtures';

test('a client brand viewer sees only their brand, and no team or audit log', async ({
  page,
  demoLogins,
}) => {
  const viewer = demoLogin(demoLogins, 'viewer@maison-verdure.test');
  await openSignedIn(page, viewer);

  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: 'Marques' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Comptes' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Équipe' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Journal d’audit' })).toHaveCount(0);

  const table = page.getByRole('table', { name: 'Marques' });
  await expect(table.getByRole('link', { name: 'Maison Verdure' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'Brooklyn Roasters' })).toHaveCount(0);
  await expect(page.getByText('1 marque', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nouvelle marque' })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('brand-viewer'), fullPage: true });

  // The brand opens read-only.
  await table.getByRole('link', { name: 'Maison Verdure' }).click();
  await expect(page.getByRole('textbox', { name: 'Nom', exact: true })).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: 'Enregistrer les modifications' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Archiver' })).toHaveCount(0);

  await page.goto('/team');
  await expect(page.getByText('Vous ne pouvez pas voir l’équipe avec votre rôle')).toBeVisible();
});
