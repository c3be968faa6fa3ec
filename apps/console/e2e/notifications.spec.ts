import { ContentApi } from './support/content-api';
import {
  demoLogin,
  expect,
  expectNotice,
  openSignedIn,
  OWNER_EMAIL,
  screenshotPath,
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

  await openSignedIn(page, reviewer);
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

test('the notifications popover fits a phone screen with many long notifications', async ({
  page,
  request,
  gatewayUrl,
  demoLogins,
}) => {
  const ownerLogin = demoLogin(demoLogins, OWNER_EMAIL);
  const owner = new ContentApi(request, gatewayUrl);
  await owner.signIn(ownerLogin.email, ownerLogin.password);
  const suffix = uniqueSuffix();
  const brand = await owner.createBrand(`Épicerie fine ${suffix}`);
  const accountId = await owner.connectAccount(brand.id, `@epicerie${suffix}`);
  await owner.setApprovalPolicy(brand.id, 'INTERNAL', ['ACCOUNT_MANAGER']);
  const reviewer = { email: `longues.${suffix}@epicerie.test`, password: 'Confitures-de-saison-2026' };
  await owner.addMember(
    reviewer.email,
    'Maximilienne-Éléonore de La Tour-Sainte-Croix',
    reviewer.password,
    'ACCOUNT_MANAGER',
  );
  const reviewerApi = new ContentApi(request, gatewayUrl);
  await reviewerApi.signIn(reviewer.email, reviewer.password);

  // Long titles with words no line can break, and long notes: what testers pasted.
  const unbreakable = 'Collection-printemps-été-2027-édition-limitée-confitures-artisanales-du-verger';
  for (let index = 1; index <= 10; index += 1) {
    const post = await owner.createPost({
      brandId: brand.id,
      title: `${unbreakable}-${index}`,
      baseText: `Publication ${index} de la collection de printemps.`,
      accountIds: [accountId],
    });
    await owner.submitPost(
      post.id,
      `Merci de relire avant vendredi : https://epicerie.example/brouillons/${unbreakable}/${index}?version=finale`,
    );
  }
  await expect
    .poll(
      async () =>
        (await reviewerApi.call<{ unreadNotificationCount: number }>('{ unreadNotificationCount }'))
          .unreadNotificationCount,
    )
    .toBe(10);

  await openSignedIn(page, reviewer);
  for (const viewport of [
    { width: 360, height: 640, name: 'phone' },
    { width: 1366, height: 560, name: 'short-window' },
  ]) {
    await page.setViewportSize(viewport);
    await page.getByRole('button', { name: 'Notifications, 10 non lues' }).click();
    const dropdown = page.getByRole('dialog', { name: 'Notifications' });
    await expect(dropdown.getByRole('button', { name: new RegExp(`${unbreakable}-10`) })).toBeVisible();
    await expect(dropdown.getByRole('link', { name: 'Voir toutes les notifications' })).toBeInViewport({
      ratio: 1,
    });
    const box = await dropdown.boundingBox();
    expect(box).not.toBeNull();
    if (box) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    }
    // Nothing sticks out sideways: long lines wrap or end in an ellipsis inside the popover.
    const overflowing = await dropdown.evaluate((popover) => {
      const right = popover.getBoundingClientRect().right;
      const sticksOut = [...popover.querySelectorAll('p')].filter(
        (line) => line.getBoundingClientRect().right > right,
      );
      const widened = [...popover.querySelectorAll('button')].filter(
        (item) => item.scrollWidth > item.clientWidth + 1,
      );
      return sticksOut.length + widened.length;
    });
    expect(overflowing).toBe(0);
    await page.screenshot({ path: screenshotPath(`notifications-popover-${viewport.name}`) });
    await page.getByRole('button', { name: 'Notifications, 10 non lues' }).click();
    await expect(dropdown).toBeHidden();
  }
});
