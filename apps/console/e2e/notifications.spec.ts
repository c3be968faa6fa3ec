import { ContentApi } from './support/content-api';
import {
  demoLogin,
  expect,
  expectNotice,
  OWNER_EMAIL,
  screenshotPath,
  signIn,
  test,
  uniqueSuffix,
} from './support/fixtures';

test('a reviewer sees the bell count after a submission, opens a notification and marks the rest read', async ({
  page,
  request,
  gatewayUrl,
  demoLogins,
}) => {
  const ownerLogin = demoLogin(demoLogins, OWNER_EMAIL);
  const owner = new ContentApi(request, gatewayUrl);
  await owner.signIn(ownerLogin.email, ownerLogin.password);

  // A brand of its own, reviewed by a new account manager.
  const suffix = uniqueSuffix();
  const brand = await owner.createBrand(`Thés ${suffix}`);
  const accountId = await owner.connectAccount(brand.id, `@thes${suffix}`);
  await owner.setApprovalPolicy(brand.id, 'INTERNAL', ['ACCOUNT_MANAGER']);
  const reviewer = { email: `relecture.${suffix}@thes.test`, password: 'Infusion-de-printemps-2026' };
  await owner.addMember(reviewer.email, 'Romane Relecture', reviewer.password, 'ACCOUNT_MANAGER');
  const reviewerApi = new ContentApi(request, gatewayUrl);
  await reviewerApi.signIn(reviewer.email, reviewer.password);

  const first = await owner.createPost({
    brandId: brand.id,
    title: 'Thé glacé maison',
    baseText: 'Notre recette de thé glacé pour l’été.',
    accountIds: [accountId],
  });
  const second = await owner.createPost({
    brandId: brand.id,
    title: 'Nouvelle boutique',
    baseText: 'Notre boutique de Lyon ouvre samedi.',
    accountIds: [accountId],
  });
  await owner.submitPost(first.id, 'Pour validation.');
  await owner.submitPost(second.id);
  // Notifications come from the service's events: wait until both reached the reviewer.
  await expect
    .poll(
      async () =>
        (await reviewerApi.call<{ unreadNotificationCount: number }>('{ unreadNotificationCount }'))
          .unreadNotificationCount,
    )
    .toBe(2);

  await signIn(page, reviewer.email, reviewer.password);
  const bell = page.getByRole('button', { name: 'Notifications, 2 non lues' });
  await expect(bell).toBeVisible();
  await page.screenshot({ path: screenshotPath('notifications-bell-count') });

  await bell.click();
  const dropdown = page.getByRole('dialog', { name: 'Notifications' });
  const firstItem = dropdown.getByRole('button', { name: /Thé glacé maison/ });
  await expect(firstItem).toContainText(`${ownerLogin.name} attend votre validation`);
  await expect(dropdown.getByRole('button', { name: /Nouvelle boutique/ })).toBeVisible();
  await page.screenshot({ path: screenshotPath('notifications-dropdown') });

  // Opening one goes to its post and marks it read.
  await firstItem.click();
  await expect(page).toHaveURL(new RegExp(`/posts/${first.id}$`));
  await expect(page.getByRole('button', { name: 'Notifications, 1 non lue' })).toBeVisible();

  await page.getByRole('button', { name: 'Notifications, 1 non lue' }).click();
  await page
    .getByRole('dialog', { name: 'Notifications' })
    .getByRole('button', { name: 'Tout marquer comme lu' })
    .click();
  await expectNotice(page, '1 notification marquée comme lue.');
  await expect(page.getByRole('button', { name: 'Notifications', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Notifications', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Notifications' })
    .getByRole('link', { name: 'Voir toutes les notifications' })
    .click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole('heading', { name: 'Notifications' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Notifications' }).getByRole('listitem')).toHaveCount(2);
  const show = page.getByRole('radiogroup', { name: 'Afficher' });
  await show.getByText('Non lues').click();
  await expect(page.getByText('Vous avez tout lu.')).toBeVisible();
  await show.getByText('Toutes').click();
  await expect(page.getByText('2 notifications')).toBeVisible();
  await page.screenshot({ path: screenshotPath('notifications-page'), fullPage: true });
});
