import { GatewayApi } from './support/api';
import {
  demoLogin,
  expect,
  openSignedIn,
  OWNER_EMAIL,
  screenshotPath,
  signIn,
  test,
  uniqueSuffix,
} from './support/fixtures';

test('a member renames themself and changes their password', async ({
  page,
  request,
  gatewayUrl,
  demoLogins,
}) => {
  const owner = demoLogin(demoLogins, OWNER_EMAIL);
  const email = `profile.${uniqueSuffix()}@lumiere.test`;
  const api = new GatewayApi(request, gatewayUrl);
  await api.signIn(owner.email, owner.password);
  await api.addMember(email, 'Chloé Vidal', 'first-password-2026', 'ANALYST');

  await openSignedIn(page, { email, password: 'first-password-2026' });
  await page.getByRole('link', { name: 'Profil' }).click();
  await expect(page.getByRole('heading', { name: 'Profil', level: 2 })).toBeVisible();

  await page.getByRole('textbox', { name: 'Nom complet' }).fill('Chloé Vidal-Martin');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText('Profil enregistré.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu du compte de Chloé Vidal-Martin' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Mot de passe actuel' }).fill('not-my-password');
  await page.getByRole('textbox', { name: 'Nouveau mot de passe', exact: true }).fill('second-password-2026');
  await page.getByRole('textbox', { name: 'Confirmez le nouveau mot de passe' }).fill('second-password-2026');
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect(page.getByRole('textbox', { name: 'Mot de passe actuel' })).toHaveAccessibleDescription(
    'Le mot de passe actuel est incorrect.',
  );
  await page.screenshot({ path: screenshotPath('profile'), fullPage: true });

  await page.getByRole('textbox', { name: 'Mot de passe actuel' }).fill('first-password-2026');
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await expect(page.getByText('Mot de passe modifié.')).toBeVisible();

  await page.getByRole('button', { name: 'Menu du compte de Chloé Vidal-Martin' }).click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await signIn(page, email, 'second-password-2026');
});
