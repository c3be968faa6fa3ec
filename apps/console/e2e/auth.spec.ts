import {
  demoLogin,
  expect,
  freshPage,
  openSignedIn,
  OWNER_EMAIL,
  screenshotPath,
  signIn,
  test,
} from './support/fixtures';

test.describe('signing in', () => {
  test('in French, the console opens on the brands and keeps the session across a reload', async ({
    page,
    demoLogins,
  }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('sign-in-fr') });

    await page.getByRole('textbox', { name: 'E-mail' }).fill(owner.email);
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(owner.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();

    await expect(page.getByRole('heading', { name: 'Marques', level: 2 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Maison Verdure' })).toBeVisible();
    await expect(page.getByRole('button', { name: `Menu du compte de ${owner.name}` })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    await page.reload();
    await expect(page.getByRole('link', { name: 'Maison Verdure' })).toBeVisible();
    const stored = await page.evaluate(() => Object.entries(window.localStorage));
    expect(stored.map(([key]) => key)).toContain('relais.refreshToken');
    // The access token (a JWT) lives in memory only.
    expect(JSON.stringify(stored)).not.toContain('eyJ');
  });

  test('in English, then in the language the user picks, which their profile keeps', async ({
    browser,
    baseURL,
    demoLogins,
  }) => {
    const manager = demoLogin(demoLogins, 'am@lumiere.test');
    const page = await freshPage(browser, baseURL, 'en-US');
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByText('Welcome back to Relais.')).toBeVisible();
    await page.screenshot({ path: screenshotPath('sign-in-en') });

    await page.getByRole('textbox', { name: 'E-mail' }).fill(manager.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(manager.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The profile says French: the console follows it.
    await expect(page.getByRole('heading', { name: 'Marques', level: 2 })).toBeVisible();

    await page.getByRole('button', { name: 'Changer de langue' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Brands', level: 2 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Accounts' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Brands', level: 2 })).toBeVisible();
    await page.screenshot({ path: screenshotPath('brands-en') });

    await page.getByRole('button', { name: `Account menu of ${manager.name}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await page.context().close();
  });

  test('a wrong password is refused with a clear message', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('textbox', { name: 'E-mail' }).fill(OWNER_EMAIL);
    await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'E-mail ou mot de passe incorrect.' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.screenshot({ path: screenshotPath('sign-in-wrong-password') });
  });

  test('signing out ends the session for good', async ({ page, demoLogins }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    await openSignedIn(page, owner);
    await page.getByRole('button', { name: `Menu du compte de ${owner.name}` }).click();
    await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
    await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
    expect(await page.evaluate(() => window.localStorage.getItem('relais.refreshToken'))).toBeNull();
    await page.goto('/brands');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('renews the access token before it expires, without interrupting the user', async ({
    page,
    demoLogins,
  }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    await page.clock.install();
    await signIn(page, owner.email, owner.password);
    const refreshes: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('refreshSession')) {
        refreshes.push(request.url());
      }
    });
    const rotated = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        response.request().postData()?.includes('refreshSession') === true,
    );

    // Access tokens last 15 minutes; the console renews them a minute early.
    await page.clock.fastForward('13:00');
    expect(refreshes).toHaveLength(0);
    await page.clock.fastForward('01:30');
    expect((await (await rotated).json()) as unknown).toMatchObject({
      data: { refreshSession: { user: { email: owner.email } } },
    });
    expect(refreshes).toHaveLength(1);

    await page.getByRole('link', { name: 'Comptes', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Comptes connectés' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Connexion' })).toHaveCount(0);
  });
});
