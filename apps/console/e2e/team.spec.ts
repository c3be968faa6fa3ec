import { GatewayApi } from './support/api';
import {
  demoLogin,
  expect,
  expectNotice,
  freshPage,
  openSignedIn,
  OWNER_EMAIL,
  screenshotPath,
  signIn,
  test,
  uniqueSuffix,
} from './support/fixtures';

test.describe('team', () => {
  test('an invited community manager joins through the link and signs in', async ({
    page,
    browser,
    baseURL,
    demoLogins,
  }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    const email = `cm.${uniqueSuffix()}@lumiere.test`;
    await openSignedIn(page, owner);
    await page.getByRole('link', { name: 'Équipe' }).click();
    await expect(
      page.getByRole('table', { name: 'Membres' }).getByRole('row', { name: 'cm.verdure@lumiere.test' }),
    ).toContainText('Maison Verdure');

    await page.getByRole('button', { name: 'Inviter quelqu’un' }).click();
    const invite = page.getByRole('dialog', { name: 'Inviter quelqu’un' });
    await invite.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await invite.getByRole('combobox', { name: 'Rôle' }).click();
    await page.getByRole('option', { name: 'Community manager' }).click();
    await invite.getByRole('combobox', { name: 'Marques' }).click();
    await page.getByRole('option', { name: 'Maison Verdure' }).click();
    await invite.getByRole('heading').first().click();
    await page.screenshot({ path: screenshotPath('team-invite-form') });
    await invite.getByRole('button', { name: 'Envoyer l’invitation' }).click();

    const sent = page.getByRole('dialog', { name: 'Invitation envoyée' });
    await expect(sent).toContainText(email);
    const link = await sent.getByLabel('Lien d’invitation').inputValue();
    expect(link).toMatch(/\/invitations\/[\w-]+$/);
    await page.screenshot({ path: screenshotPath('team-invitation-link') });
    await sent.getByRole('button', { name: 'Fermer' }).click();

    const pending = page
      .getByRole('table', { name: 'Invitations en attente' })
      .getByRole('row', { name: email });
    await expect(pending).toContainText('Community manager');
    await expect(pending).toContainText('Maison Verdure');
    await expect(pending).toContainText(owner.name);
    await page.screenshot({ path: screenshotPath('team-page'), fullPage: true });

    // The invited person, in a browser that has never seen Relais.
    const guest = await freshPage(browser, baseURL);
    await guest.goto(new URL(link).pathname);
    await expect(
      guest.getByText('Agence Lumière vous invite à rejoindre l’équipe en tant que Community manager.'),
    ).toBeVisible();
    await expect(guest.getByText(email)).toBeVisible();
    await guest.screenshot({ path: screenshotPath('accept-invitation') });
    await guest.getByLabel('Nom complet').fill('Nora Petit');
    await guest.getByLabel('Choisissez un mot de passe').fill('nora-password-2026');
    await guest.getByRole('button', { name: 'Accepter l’invitation' }).click();
    await expect(guest.getByRole('heading', { name: 'Marques', level: 2 })).toBeVisible();
    await expect(guest.getByRole('link', { name: 'Maison Verdure' })).toBeVisible();
    await expect(guest.getByRole('link', { name: 'Brooklyn Roasters' })).toHaveCount(0);

    await guest.getByRole('button', { name: 'Menu du compte de Nora Petit' }).click();
    await guest.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await signIn(guest, email, 'nora-password-2026');
    await expect(guest.getByRole('button', { name: 'Menu du compte de Nora Petit' })).toContainText(
      'Community manager',
    );
    await guest.context().close();

    await page.reload();
    await expect(
      page.getByRole('table', { name: 'Invitations en attente' }).getByRole('row', { name: email }),
    ).toHaveCount(0);
    await expect(
      page.getByRole('table', { name: 'Membres' }).getByRole('row', { name: email }),
    ).toContainText('Nora Petit');
  });

  test('a used or unknown invitation link says so', async ({ page }) => {
    await page.goto('/invitations/this-token-does-not-exist-at-all-000000');
    await expect(page.getByRole('alert')).toContainText('Ce lien d’invitation n’est plus valide');
  });

  test('the owner revokes a pending invitation', async ({ page, request, gatewayUrl, demoLogins }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    const email = `invited.${uniqueSuffix()}@lumiere.test`;
    const api = new GatewayApi(request, gatewayUrl);
    await api.signIn(owner.email, owner.password);
    await api.invite(email, 'ANALYST');

    await openSignedIn(page, owner, '/team');
    const row = page.getByRole('table', { name: 'Invitations en attente' }).getByRole('row', { name: email });
    await row.getByRole('button', { name: 'Révoquer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Révoquer cette invitation ?' });
    await expect(dialog).toContainText(`Le lien envoyé à ${email} ne fonctionnera plus.`);
    await dialog.getByRole('button', { name: 'Révoquer' }).click();
    // The dialog stays open while the API answers, and if it refuses: then the message says why.
    await expect(page.getByRole('alert')).toContainText(`Invitation de ${email} révoquée.`);
    await expect(dialog).toHaveCount(0);
    await expect(row).toHaveCount(0);
  });

  test('the owner changes a member role and brands, then removes them', async ({
    page,
    request,
    gatewayUrl,
    demoLogins,
  }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    const email = `member.${uniqueSuffix()}@lumiere.test`;
    const api = new GatewayApi(request, gatewayUrl);
    await api.signIn(owner.email, owner.password);
    await api.addMember(email, 'Yann Le Goff', 'yann-password-2026', 'ANALYST');

    await openSignedIn(page, owner, '/team');
    const row = page.getByRole('table', { name: 'Membres' }).getByRole('row', { name: email });
    await expect(row).toContainText('Analyste');

    await row.getByRole('button', { name: 'Actions pour Yann Le Goff' }).click();
    await page.getByRole('menuitem', { name: 'Changer le rôle' }).click();
    const roleDialog = page.getByRole('dialog', { name: 'Changer le rôle' });
    await roleDialog.getByRole('combobox', { name: 'Rôle' }).click();
    await page.getByRole('option', { name: 'Community manager' }).click();
    await roleDialog.getByRole('combobox', { name: 'Marques' }).click();
    await page.getByRole('option', { name: 'Brooklyn Roasters' }).click();
    await roleDialog.getByText('Yann Le Goff').click();
    await roleDialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expectNotice(page, 'Yann Le Goff est maintenant Community manager.');
    await expect(row).toContainText('Community manager');
    await expect(row).toContainText('Brooklyn Roasters');

    await row.getByRole('button', { name: 'Actions pour Yann Le Goff' }).click();
    await page.getByRole('menuitem', { name: 'Attribuer des marques' }).click();
    const brandsDialog = page.getByRole('dialog', { name: 'Attribuer des marques' });
    await brandsDialog.getByRole('combobox', { name: 'Marques' }).click();
    await page.getByRole('option', { name: 'Maison Verdure' }).click();
    await brandsDialog.getByText('Yann Le Goff').click();
    await brandsDialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expectNotice(page, 'Marques de Yann Le Goff mises à jour.');
    await expect(row).toContainText('Maison Verdure');
    await expect(row).toContainText('Brooklyn Roasters');

    await row.getByRole('button', { name: 'Actions pour Yann Le Goff' }).click();
    await page.getByRole('menuitem', { name: 'Retirer de l’agence' }).click();
    await page
      .getByRole('dialog', { name: 'Retirer ce membre ?' })
      .getByRole('button', { name: 'Retirer' })
      .click();
    await expect(page.getByText('Yann Le Goff a été retiré.')).toBeVisible();
    await expect(row).toHaveCount(0);
  });
});
