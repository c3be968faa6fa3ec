import { GatewayApi } from './support/api';
import {
  demoLogin,
  expect,
  freshPage,
  openSignedIn,
  screenshotPath,
  test,
  uniqueSuffix,
} from './support/fixtures';

test('someone in two agencies switches between them from the header', async ({
  page,
  browser,
  baseURL,
  request,
  gatewayUrl,
  demoLogins,
}) => {
  const analyst = demoLogin(demoLogins, 'analyst@lumiere.test');
  const studio = `Studio Nord ${uniqueSuffix()}`;
  const founderEmail = `founder.${uniqueSuffix()}@studio-nord.test`;

  // A second agency, created through the sign-up page.
  await page.goto('/sign-up');
  await page.getByLabel('Nom de l’agence').fill(studio);
  await page.getByLabel('Nom complet').fill('Ana Lund');
  await page.getByRole('textbox', { name: 'E-mail' }).fill(founderEmail);
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill('studio-nord-2026');
  await page.getByRole('button', { name: 'Créer l’agence' }).click();
  await expect(page.getByRole('heading', { name: 'Marques', level: 2 })).toBeVisible();
  await expect(page.getByText('Aucune marque pour l’instant')).toBeVisible();

  // Its founder adds a brand and invites the Lumière analyst.
  const founder = new GatewayApi(request, gatewayUrl);
  await founder.signIn(founderEmail, 'studio-nord-2026');
  await founder.createBrand('Fjord Coffee', 'Europe/Oslo');
  await page.getByRole('link', { name: 'Équipe' }).click();
  await page.getByRole('button', { name: 'Inviter quelqu’un' }).click();
  const invite = page.getByRole('dialog', { name: 'Inviter quelqu’un' });
  await invite.getByRole('textbox', { name: 'E-mail' }).fill(analyst.email);
  await invite.getByRole('combobox', { name: 'Rôle' }).click();
  await page.getByRole('option', { name: 'Administrateur' }).click();
  await invite.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  const link = await page
    .getByRole('dialog', { name: 'Invitation envoyée' })
    .getByLabel('Lien d’invitation')
    .inputValue();

  // The analyst already has an account: accepting asks for its password.
  const guest = await freshPage(browser, baseURL);
  await guest.goto(new URL(link).pathname);
  await expect(guest.getByText('Vous avez déjà un compte Relais avec cet e-mail.')).toBeVisible();
  await guest.getByLabel('Votre mot de passe actuel').fill('not-my-password');
  await guest.getByRole('button', { name: 'Accepter l’invitation' }).click();
  await expect(guest.getByLabel('Votre mot de passe actuel')).toHaveAccessibleDescription(
    'Ce n’est pas le mot de passe de votre compte.',
  );
  await guest.getByLabel('Votre mot de passe actuel').fill(analyst.password);
  await guest.getByRole('button', { name: 'Accepter l’invitation' }).click();
  await expect(guest.getByRole('link', { name: 'Fjord Coffee' })).toBeVisible();
  await guest.context().close();

  // Signing in again, the analyst switches agency from the header.
  const own = await freshPage(browser, baseURL);
  await openSignedIn(own, analyst);
  const switcher = own.getByRole('button', { name: /^Changer d’agence/ });
  await switcher.click();
  await expect(own.getByRole('menuitem', { name: /Agence Lumière/ })).toContainText('Analyste');
  await expect(own.getByRole('menuitem', { name: new RegExp(studio) })).toContainText('Administrateur');
  await own.screenshot({ path: screenshotPath('agency-switcher') });

  await own.getByRole('menuitem', { name: /Agence Lumière/ }).click();
  await expect(switcher).toContainText('Agence Lumière');
  await expect(own.getByRole('link', { name: 'Maison Verdure' })).toBeVisible();
  await expect(own.getByRole('link', { name: 'Fjord Coffee' })).toHaveCount(0);
  const nav = own.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: 'Journal d’audit' })).toHaveCount(0);

  await switcher.click();
  await own.getByRole('menuitem', { name: new RegExp(studio) }).click();
  await expect(own.getByText(`Vous travaillez maintenant dans ${studio}.`)).toBeVisible();
  await expect(switcher).toContainText(studio);
  await expect(own.getByRole('link', { name: 'Fjord Coffee' })).toBeVisible();
  await expect(own.getByRole('link', { name: 'Maison Verdure' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Journal d’audit' })).toBeVisible();
  await own.screenshot({ path: screenshotPath('agency-switched'), fullPage: true });

  // Back to the analyst's own agency: signing in opens the agency last worked in, and the other screens'
  // tests expect the Lumière analyst there.
  await switcher.click();
  await own.getByRole('menuitem', { name: /Agence Lumière/ }).click();
  await expect(switcher).toContainText('Agence Lumière');
  await own.context().close();
});
