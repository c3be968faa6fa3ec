import type { Page } from '@playwright/test';
import { sandboxControlUrl } from './support/api';
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
import { PublishingApi, SandboxControl } from './support/publishing-api';

/** An account (X, Mastodon) or a person (Facebook, LinkedIn: `owner`) on the emulated network. */
async function provision(
  network: string,
  body: Record<string, string>,
): Promise<{ handle: string; externalId: string }> {
  const response = await fetch(`${sandboxControlUrl()}/control/accounts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ network, ...body }),
  });
  if (!response.ok) throw new Error(`The emulator refused the account: ${await response.text()}`);
  return (await response.json()) as { handle: string; externalId: string };
}

/** On the emulated network's consent page: sign in as the person named `label` and answer. */
async function consent(page: Page, label: RegExp, answer: string): Promise<void> {
  await page.getByRole('radio', { name: label }).check();
  await page.getByRole('button', { name: answer }).click();
}

async function openDialog(page: Page, brandId: string, action: string): Promise<void> {
  await page.goto(`/brands/${brandId}/accounts`);
  await page.getByRole('button', { name: action }).click();
}

test.describe('connecting accounts on the networks’ own pages', () => {
  test('connects an X account and a Facebook page (choosing it) through the consent page, in English', async ({
    browser,
    baseURL,
    request,
    gatewayUrl,
    sandboxUrl,
  }) => {
    // An agency whose owner reads English (the console speaks the profile's language).
    const suffix = uniqueSuffix();
    const owner = { email: `owner.${suffix}@greenhouse.test`, password: 'greenhouse-2026-secret' };
    const api = new PublishingApi(request, gatewayUrl, new SandboxControl(request, sandboxUrl));
    await api.call('mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { agencyName: `Greenhouse ${suffix}`, name: 'Gwen Green', ...owner, locale: 'EN' },
    });
    await api.signIn(owner.email, owner.password);
    const brand = await api.createBrand(`Connect ${suffix}`);
    const x = await provision('x', { handle: `verdure_${suffix}` });
    const person = `fb${suffix}`;
    await provision('facebook_page', { owner: person, handle: `Verdure Page ${suffix}` });
    await provision('facebook_page', { owner: person, handle: `Other Page ${suffix}` });

    const page = await freshPage(browser, baseURL, 'en-US');
    await openSignedIn(page, owner, `/brands/${brand.id}/accounts`);
    await page.getByRole('button', { name: 'Connect an account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Connect an account' });
    await dialog.getByRole('radio', { name: 'X' }).check();
    const scopes = dialog.getByRole('group', { name: 'Permissions Relais will ask for' });
    await expect(scopes).toContainText('tweet.write');
    await expect(scopes).toContainText('publish posts on the account');
    await page.screenshot({ path: screenshotPath('connect-dialog-scopes-en') });
    await dialog.getByRole('button', { name: 'Continue to X' }).click();

    await expect(page.getByRole('button', { name: 'Authorize' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('connect-x-consent-en') });
    await consent(page, new RegExp(x.handle), 'Authorize');
    await expect(page.getByRole('heading', { name: 'Account connected' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(`The X account is connected to ${brand.name}.`);
    await page.screenshot({ path: screenshotPath('connect-callback-connected-en') });
    await page.getByRole('link', { name: 'Back to the brand' }).click();
    await expect(page.getByRole('row', { name: x.handle })).toContainText('Connected');

    await page.getByRole('button', { name: 'Connect an account' }).click();
    await page.getByRole('radio', { name: 'Facebook' }).check();
    await page.getByRole('button', { name: /Continue to Facebook/ }).click();
    await consent(page, new RegExp(person), 'Authorize');
    await expect(page.getByRole('heading', { name: 'Choose the accounts for this brand' })).toBeVisible();
    await page.getByRole('checkbox', { name: new RegExp(`Verdure Page ${suffix}`) }).check();
    await page.screenshot({ path: screenshotPath('connect-facebook-choose-en') });
    await page.getByRole('button', { name: 'Connect the accounts ticked' }).click();
    await expect(page.getByRole('heading', { name: 'Account connected' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the brand' }).click();
    const table = page.getByRole('table', { name: 'Connected accounts' });
    await expect(table.getByRole('row').filter({ hasText: `Verdure Page ${suffix}` })).toContainText(
      'Connected',
    );
    await expect(table.getByRole('row').filter({ hasText: `Other Page ${suffix}` })).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('connect-accounts-connected-en') });
    await page.context().close();
  });

  test('reconnects a flagged Mastodon account, in French', async ({
    page,
    request,
    gatewayUrl,
    sandboxUrl,
    demoLogins,
  }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    const api = new PublishingApi(request, gatewayUrl, new SandboxControl(request, sandboxUrl));
    await api.signIn(owner.email, owner.password);
    const suffix = uniqueSuffix();
    const brand = await api.createBrand(`Reconnexion ${suffix}`);
    const account = await api.connectSandboxMastodon(brand.id, `drapeau${suffix}`);
    await api.sandbox.failNext('mastodon', account.externalId, 5, 401);
    // The admin writes and schedules the post: the failure notification goes to them, not to the owner
    // whose screens other specs read.
    const admin = demoLogin(demoLogins, 'admin@lumiere.test');
    const author = new PublishingApi(request, gatewayUrl, new SandboxControl(request, sandboxUrl));
    await author.signIn(admin.email, admin.password);
    const post = await author.createPost({
      brandId: brand.id,
      title: `Refusé ${suffix}`,
      baseText: `Le réseau refuse cet accès (${suffix}).`,
      accountIds: [account.id],
    });
    await author.schedulePostNow(post.id);
    await expect.poll(() => api.accountStatus(account.id), { timeout: 30_000 }).toBe('NEEDS_RECONNECTION');

    await openSignedIn(page, owner, `/brands/${brand.id}/accounts`);
    const flag = page.getByRole('alert').filter({ hasText: 'à reconnecter' });
    await flag.getByRole('button', { name: 'Reconnecter' }).click();
    const dialog = page.getByRole('dialog', {
      name: new RegExp(`^Reconnecter .*${account.handle}.* sur Mastodon$`),
    });
    await expect(dialog.getByRole('group', { name: 'Autorisations que Relais va demander' })).toContainText(
      'publier sur le compte',
    );
    await page.screenshot({ path: screenshotPath('reconnect-dialog-fr') });
    await dialog.getByRole('button', { name: 'Continuer vers Mastodon' }).click();
    await expect(page.getByRole('button', { name: 'Autoriser' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('connect-mastodon-consent-fr') });
    await consent(page, new RegExp(account.login), 'Autoriser');
    await expect(page.getByRole('heading', { name: 'Compte connecté' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('connect-callback-connected-fr') });
    await page.getByRole('link', { name: 'Retour à la marque' }).click();
    await expect(page.getByRole('row', { name: account.handle })).toContainText('Connecté');
    await expect(page.getByRole('alert').filter({ hasText: 'à reconnecter' })).toHaveCount(0);
    // The refused post has served its purpose: archived, it leaves the post lists other specs read.
    await author.call('mutation ($id: ID!) { archivePost(id: $id) { id } }', { id: post.id });
  });

  test('refuses a forged state and a code used twice, in words', async ({
    page,
    request,
    gatewayUrl,
    sandboxUrl,
    demoLogins,
  }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    await openSignedIn(page, owner, '/brands');
    await page.goto(`/connect/callback?state=${'forged'.repeat(6)}&code=made-up`);
    await expect(page.getByRole('heading', { name: 'Connexion non reconnue' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('connect-forged-state-fr') });

    const api = new PublishingApi(request, gatewayUrl, new SandboxControl(request, sandboxUrl));
    await api.signIn(owner.email, owner.password);
    const brand = await api.createBrand(`Deux fois ${uniqueSuffix()}`);
    const x = await provision('x', { handle: `deuxfois_${uniqueSuffix()}` });
    await openDialog(page, brand.id, 'Connecter un compte');
    await page.getByRole('radio', { name: 'X' }).check();
    await page.getByRole('button', { name: 'Continuer vers X' }).click();
    await consent(page, new RegExp(x.handle), 'Autoriser');
    await expect(page.getByRole('heading', { name: 'Compte connecté' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Connexion déjà utilisée' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('connect-code-reused-fr') });
  });

  test('lets an approver connect an account through a connect link, without an agency login', async ({
    page,
    browser,
    baseURL,
    request,
    gatewayUrl,
    sandboxUrl,
    demoLogins,
  }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    const api = new PublishingApi(request, gatewayUrl, new SandboxControl(request, sandboxUrl));
    await api.signIn(owner.email, owner.password);
    const suffix = uniqueSuffix();
    const brand = await api.createBrand(`Lien ${suffix}`);
    await openSignedIn(page, owner, `/brands/${brand.id}/accounts`);
    await page.getByRole('button', { name: 'Envoyer un lien de connexion' }).click();
    const dialog = page.getByRole('dialog', { name: 'Envoyer un lien de connexion' });
    await dialog.getByLabel('E-mail du destinataire').fill(`client.${suffix}@verdure.test`);
    await dialog.getByRole('button', { name: 'Créer le lien' }).click();
    const url = await dialog.getByRole('textbox', { name: 'Lien à envoyer' }).inputValue();
    await page.screenshot({ path: screenshotPath('connect-link-created-fr') });
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await expect(page.getByRole('region', { name: 'Liens de connexion' })).toContainText(
      `client.${suffix}@verdure.test`,
    );

    const x = await provision('x', { handle: `approbateur_${suffix}` });
    const guest = await freshPage(browser, baseURL, 'en-US');
    await guest.goto(new URL(url).pathname);
    await expect(guest.getByRole('heading', { name: `Connect the accounts of ${brand.name}` })).toBeVisible();
    await expect(guest.getByText('No account is connected yet.')).toBeVisible();
    await guest.screenshot({ path: screenshotPath('connect-link-page-en') });
    await guest.getByRole('button', { name: 'Connect X' }).click();
    await guest.getByRole('button', { name: 'Continue to X' }).click();
    await consent(guest, new RegExp(x.handle), 'Authorize');
    await expect(guest.getByRole('heading', { name: 'Account connected' })).toBeVisible();
    await guest.getByRole('link', { name: 'Back to the connect page' }).click();
    await expect(guest.getByRole('table', { name: 'Already connected' })).toContainText(x.handle);
    await guest.context().close();
  });
});
