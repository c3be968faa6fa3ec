import type { APIRequestContext, Page } from '@playwright/test';
import { DateTime } from 'luxon';
import {
  demoLogin,
  expect,
  expectNotice,
  freshPage,
  openSignedIn,
  OWNER_EMAIL,
  screenshotPath,
  test,
  uniqueSuffix,
} from './support/fixtures';
import { PublishingApi, SandboxControl } from './support/publishing-api';

const PASSWORD = 'correct-horse-battery-staple';

/** A brand of its own (no approval policy, Paris time), an emulated Mastodon account and a draft on it. */
async function setUp(api: PublishingApi, label: string) {
  const suffix = uniqueSuffix();
  const brand = await api.createBrand(`${label} ${suffix}`);
  const account = await api.connectSandboxMastodon(brand.id, `atelier${suffix}`);
  const title = `${label} ${suffix}`;
  const post = await api.createPost({
    brandId: brand.id,
    title,
    baseText: `Portes ouvertes à l’atelier ce samedi (${suffix}).`,
    accountIds: [account.id],
  });
  return { brand, account, post, title, suffix };
}

async function apiFor(
  request: APIRequestContext,
  gatewayUrl: string,
  sandboxUrl: string,
  email: string,
  password: string,
) {
  const api = new PublishingApi(request, gatewayUrl, new SandboxControl(request, sandboxUrl));
  await api.signIn(email, password);
  return api;
}

/** The row of one account in the post's publication panel. */
function outcomeOf(page: Page, panelName: RegExp, handle: string) {
  return page.getByRole('region', { name: panelName }).getByRole('listitem', { name: new RegExp(handle) });
}

test.describe('publishing', () => {
  test('a post published now shows its account going out, then Published with a link to the post', async ({
    page,
    request,
    gatewayUrl,
    sandboxUrl,
    demoLogins,
  }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    const api = await apiFor(request, gatewayUrl, sandboxUrl, owner.email, owner.password);
    const { post, account, title } = await setUp(api, 'Diffusion');

    await openSignedIn(page, owner, `/posts/${post.id}`);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await page.getByRole('button', { name: 'Programmer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Programmer la publication' });
    await dialog.getByText('Maintenant', { exact: true }).click();
    await expect(
      dialog.getByText('La publication part sur tous les comptes dès que vous confirmez.'),
    ).toBeVisible();
    await page.screenshot({ path: screenshotPath('publishing-schedule-now-fr') });
    await dialog.getByRole('button', { name: 'Publier maintenant' }).click();
    await expectNotice(page, 'La publication part maintenant.');

    const row = outcomeOf(page, /Où la publication a été diffusée/, account.handle);
    await expect(row.getByText('Publiée', { exact: true })).toBeVisible();
    const link = row.getByRole('link', { name: 'Voir sur Mastodon' });
    await expect(link).toHaveAttribute('href', /^https?:\/\/.+/);
    await expect(row.getByText(/^Publiée le /)).toBeVisible();
    await expect(
      page.getByRole('complementary', { name: 'Relecture' }).getByText('Publiée', { exact: true }),
    ).toBeVisible();
    await page.screenshot({ path: screenshotPath('publishing-published-fr'), fullPage: true });
    // The post itself is published once its only account is, in the list too.
    await page.goto('/posts');
    await expect(page.getByRole('row', { name: new RegExp(title) }).getByText('Publiée')).toBeVisible();
  });

  test('a publication the network keeps refusing shows why in English and French, and Retry leads to Published', async ({
    browser,
    baseURL,
    request,
    gatewayUrl,
    sandboxUrl,
    demoLogins,
  }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    const api = await apiFor(request, gatewayUrl, sandboxUrl, owner.email, owner.password);
    const setup = await setUp(api, 'Outage');
    // More failures than the platform's attempts: the publication fails, then the network recovers.
    await api.sandbox.failNext('mastodon', setup.account.externalId, 2, 503);
    const email = `cm-${setup.suffix}@lumiere.test`;
    await api.addMember(email, 'Casey Writer', PASSWORD, 'COMMUNITY_MANAGER', [setup.brand.id]);

    const page = await freshPage(browser, baseURL, 'en-US');
    await openSignedIn(page, { email, password: PASSWORD });
    await page.getByRole('button', { name: 'Changer de langue' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.goto(`/posts/${setup.post.id}`);
    await page.getByRole('button', { name: 'Schedule' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule the post' });
    await dialog.getByText('Now', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Publish now' }).click();
    await expectNotice(page, 'The post is going out now.');

    const row = outcomeOf(page, /Where the post went out/, setup.account.handle);
    await expect(row.getByText('Failed', { exact: true })).toBeVisible();
    await expect(row.getByText('The network kept failing through every attempt.')).toBeVisible();
    await expect(row.getByText(/^Mastodon said: “.+”$/)).toBeVisible();
    // The review beside it follows: the post failed, nothing left to unschedule.
    const review = page.getByRole('complementary', { name: 'Review' });
    await expect(review.getByText('Failed', { exact: true })).toBeVisible();
    await expect(review.getByRole('button', { name: 'Unschedule' })).toHaveCount(0);
    // Its history says why, from the outcome's figures.
    await expect(
      review.getByText(
        /^Failed on 1 of 1 account\. Mastodon: The network kept failing through every attempt\. Mastodon said: “.+”$/,
      ),
    ).toBeVisible();
    await page.screenshot({ path: screenshotPath('publishing-failed-en'), fullPage: true });
    await page.goto('/posts');
    await expect(page.getByRole('row', { name: new RegExp(setup.title) }).getByText('Failed')).toBeVisible();

    // The same outcome in French, where the retry is made.
    await page.getByRole('button', { name: 'Change language' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await expect(page.getByRole('row', { name: new RegExp(setup.title) }).getByText('Échec')).toBeVisible();
    await page.goto(`/posts/${setup.post.id}`);
    const ligne = outcomeOf(page, /Où la publication a été diffusée/, setup.account.handle);
    await expect(ligne.getByText('Échec', { exact: true })).toBeVisible();
    await expect(
      ligne.getByText('Le réseau n’a pas répondu correctement, malgré toutes les tentatives.'),
    ).toBeVisible();
    await expect(ligne.getByText(/^Réponse de Mastodon : « .+ »$/)).toBeVisible();
    await expect(
      page
        .getByRole('complementary', { name: 'Relecture' })
        .getByText(/^Échec sur 1 compte sur 1\. Mastodon : .+ Réponse de Mastodon : « .+ »$/),
    ).toBeVisible();
    await page.screenshot({ path: screenshotPath('publishing-failed-fr'), fullPage: true });

    await ligne.getByRole('button', { name: `Réessayer sur ${setup.account.handle}` }).click();
    await expectNotice(page, `${setup.account.handle} : nouvel envoi en cours.`);
    await expect(ligne.getByText('Publiée', { exact: true })).toBeVisible();
    await expect(ligne.getByRole('link', { name: 'Voir sur Mastodon' })).toBeVisible();
    await expect(ligne.getByText(/malgré toutes les tentatives/)).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('publishing-retried-fr'), fullPage: true });
    await page.context().close();
  });

  test('a thread stopped at its second part shows as partially published, in English and French, and Retry finishes it', async ({
    browser,
    baseURL,
    request,
    gatewayUrl,
    sandboxUrl,
    demoLogins,
  }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    const api = await apiFor(request, gatewayUrl, sandboxUrl, owner.email, owner.password);
    const suffix = uniqueSuffix();
    const brand = await api.createBrand(`Thread ${suffix}`);
    const account = await api.connectSandboxMastodon(brand.id, `fil${suffix}`);
    const post = await api.createPost({
      brandId: brand.id,
      title: `Thread ${suffix}`,
      baseText: `Notre guide du potager, en trois temps (${suffix}).`,
      threadParts: [`Un : les semis (${suffix}).`, `Deux : la taille (${suffix}).`],
      accountIds: [account.id],
    });
    // The post goes through; its second part then fails through every attempt.
    await api.sandbox.failNext('mastodon', account.externalId, 2, 503, 1);

    const page = await freshPage(browser, baseURL, 'en-US');
    await openSignedIn(page, { email: owner.email, password: owner.password });
    await page.getByRole('button', { name: /Changer de langue|Change language/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.goto(`/posts/${post.id}`);
    await page.getByRole('button', { name: 'Schedule' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule the post' });
    await dialog.getByText('Now', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Publish now' }).click();

    const row = outcomeOf(page, /Where the post went out/, account.handle);
    await expect(row.getByText('Partially published: 1 of 3 parts')).toBeVisible();
    const posted = row.getByRole('list', { name: 'Parts posted' });
    await expect(posted.getByRole('link', { name: 'Part 1' })).toBeVisible();
    await expect(posted.getByRole('link', { name: 'Part 2' })).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('thread-partial-en'), fullPage: true });

    await page.getByRole('button', { name: 'Change language' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    const ligne = outcomeOf(page, /Où la publication a été diffusée/, account.handle);
    await expect(ligne.getByText('Publié en partie : 1 partie sur 3')).toBeVisible();
    await expect(ligne.getByText(/un nouvel essai n’envoie que la suite/)).toBeVisible();
    await page.screenshot({ path: screenshotPath('thread-partial-fr'), fullPage: true });
    await ligne.getByRole('button', { name: `Réessayer sur ${account.handle}` }).click();
    await expect(ligne.getByText('Publiée', { exact: true })).toBeVisible();
    await expect(ligne.getByText(/Publié en partie/)).toHaveCount(0);
    await page.context().close();
  });

  test('the posting slots editor saves the brand’s slots, and the next free slot picks the first one', async ({
    page,
    request,
    gatewayUrl,
    sandboxUrl,
    demoLogins,
  }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    const api = await apiFor(request, gatewayUrl, sandboxUrl, owner.email, owner.password);
    const { brand, post, title } = await setUp(api, 'Créneaux');

    await openSignedIn(page, owner, `/brands/${brand.id}`);
    await page.getByRole('tab', { name: 'Créneaux de publication' }).click();
    const editor = page.getByRole('region', { name: 'Créneaux de publication' });
    await expect(editor.getByText('Aucun créneau pour l’instant.')).toBeVisible();
    await editor.getByRole('button', { name: 'Ajouter un créneau' }).click();
    await editor.getByRole('button', { name: 'Ajouter un créneau' }).click();
    // The first row is Monday 09:00, the second Tuesday 09:00: make it Tuesday 18:30.
    await editor.getByRole('textbox', { name: 'Heure (24 h)' }).nth(1).fill('18:30');
    await editor.getByRole('button', { name: 'Enregistrer les créneaux' }).click();
    await expectNotice(page, 'Créneaux de publication enregistrés.');
    const upcoming = page.getByRole('group', { name: 'Prochains créneaux libres' });
    await expect(upcoming.getByText(/lun\. .* 09:00/).first()).toBeVisible();
    await expect(upcoming.getByText(/mar\. .* 18:30/).first()).toBeVisible();
    await page.screenshot({ path: screenshotPath('publishing-slots-fr'), fullPage: true });

    const [first] = await api.upcomingSlots(brand.id, 1);
    expect(first).toBeTruthy();
    const firstLabel = DateTime.fromISO(first ?? '').setZone('Europe/Paris');
    expect([1, 2]).toContain(firstLabel.weekday);

    await page.goto(`/posts/${post.id}`);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await page.getByRole('button', { name: 'Programmer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Programmer la publication' });
    await dialog.getByText('Prochain créneau libre', { exact: true }).click();
    await expect(dialog.getByText(/^Prochain créneau libre : /)).toContainText(firstLabel.toFormat('HH:mm'));
    await dialog.getByRole('switch', { name: 'Répéter' }).check();
    await expect(dialog.getByRole('group', { name: 'Prochaines diffusions' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('publishing-schedule-slot-fr') });
    await dialog.getByRole('switch', { name: 'Répéter' }).uncheck();
    await dialog.getByRole('button', { name: 'Programmer' }).click();
    await expectNotice(page, 'Programmée sur le prochain créneau libre');
    expect(await api.postScheduledAt(post.id)).toBe(first);
  });
});

test('an account whose access the network refuses is flagged on the brand page, which leads to reconnecting it', async ({
  page,
  request,
  gatewayUrl,
  sandboxUrl,
  demoLogins,
}) => {
  const owner = demoLogin(demoLogins, OWNER_EMAIL);
  const api = await apiFor(request, gatewayUrl, sandboxUrl, owner.email, owner.password);
  const suffix = uniqueSuffix();
  const brand = await api.createBrand(`Révoqué ${suffix}`);
  // The network stops accepting the account's token: publishing is refused as unauthorised.
  const account = await api.connectSandboxMastodon(brand.id, `revoque${suffix}`);
  await api.sandbox.failNext('mastodon', account.externalId, 5, 401);
  const post = await api.createPost({
    brandId: brand.id,
    title: `Refusé ${suffix}`,
    baseText: `Le réseau refuse cet accès (${suffix}).`,
    accountIds: [account.id],
  });
  await api.schedulePostNow(post.id);
  await expect.poll(() => api.accountStatus(account.id), { timeout: 30_000 }).toBe('NEEDS_RECONNECTION');

  await openSignedIn(page, owner, `/brands/${brand.id}`);
  const flag = page.getByRole('alert').filter({ hasText: '1 compte de cette marque doit être reconnecté' });
  await expect(flag).toBeVisible();
  await expect(flag.getByText('Rien n’y est publié tant qu’il n’est pas reconnecté.')).toBeVisible();
  await expect(flag.getByText(`Mastodon · ${account.handle}`)).toBeVisible();
  await page.screenshot({ path: screenshotPath('publishing-reconnect-flag-fr') });
  await flag.getByRole('link', { name: 'Reconnecter' }).click();
  await expect(page).toHaveURL(new RegExp(`/brands/${brand.id}/accounts$`));
  await expect(page.getByRole('tab', { name: 'Comptes connectés' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: 'Reconnecter' }).first()).toBeVisible();
  // On the accounts tab, the brand page's flag gives way to the tab's own notice and buttons.
  await expect(page.getByRole('alert').filter({ hasText: 'doit être reconnecté' })).toHaveCount(0);
});
