import { test as base, expect, type Browser, type Page } from '@playwright/test';

/** A demo login, as the seed defines it (`tools/seed.ts`). */
export interface DemoLogin {
  email: string;
  password: string;
  name: string;
  role: string;
  /** `maisonVerdure` or `brooklynRoasters` for brand users and community managers. */
  brand: string | null;
}

export interface ConsoleOptions {
  /** The gateway the console talks to, for setting up data through the API. */
  gatewayUrl: string;
  /** The control API of the network emulators the platform publishes to. */
  sandboxUrl: string;
  /** The seeded demo logins. */
  demoLogins: DemoLogin[];
}

export const test = base.extend<ConsoleOptions>({
  gatewayUrl: ['', { option: true }],
  sandboxUrl: ['', { option: true }],
  demoLogins: [[], { option: true }],
});

export { expect };

export function demoLogin(logins: readonly DemoLogin[], email: string): DemoLogin {
  const login = logins.find((entry) => entry.email === email);
  if (!login) throw new Error(`The seed has no login ${email}`);
  return login;
}

export const OWNER_EMAIL = 'owner@lumiere.test';

/** Where the console keeps the refresh token between page loads (`apps/console/src/auth/browser-session.ts`). */
const REFRESH_TOKEN_KEY = 'relais.refreshToken';
/** Which refresh tokens this tab has already put in storage (so a later page load does not put them back). */
const SEEDED_KEY = 'relais.e2e.seededSessions';

/**
 * Opens `path` signed in as `login`, the quick way: the session is opened through the API (the same
 * `signIn` mutation the sign-in page sends, through the console's own /graphql proxy) and its refresh
 * token put where the console keeps it, so the first page load resumes the session as after a reload.
 * The sign-in page itself is tested in auth.spec.ts; every other test starts here.
 */
export async function openSignedIn(
  page: Page,
  login: { email: string; password: string },
  path = '/brands',
): Promise<void> {
  const response = await page.request.post('/graphql', {
    data: {
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { refreshToken } }',
      variables: { input: { email: login.email, password: login.password } },
    },
  });
  const body = (await response.json()) as { data?: { signIn: { refreshToken: string } }; errors?: unknown };
  if (!body.data) throw new Error(`Signing in ${login.email} failed: ${JSON.stringify(body.errors ?? body)}`);
  // Once per token and tab: the console rotates the token on each resume, and presenting a used one
  // again would end the session (reuse detection).
  await page.addInitScript(
    ({ tokenKey, seededKey, token }) => {
      const seeded = (window.sessionStorage.getItem(seededKey) ?? '').split(' ');
      if (seeded.includes(token)) return;
      window.sessionStorage.setItem(seededKey, [...seeded, token].join(' '));
      window.localStorage.setItem(tokenKey, token);
    },
    { tokenKey: REFRESH_TOKEN_KEY, seededKey: SEEDED_KEY, token: body.data.signIn.refreshToken },
  );
  await page.goto(path);
  await expect(page.getByRole('navigation', { name: /Navigation principale|Main navigation/ })).toBeVisible();
}

/**
 * Goes to `path` inside the console already open on `page`, as a link would: the router changes screen
 * without loading the page again (a page load fetches and compiles the whole bundle). For walks over many
 * screens; where a test means a typed or bookmarked address, it uses `page.goto`.
 */
export async function visit(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
  await expect(page).toHaveURL(new URL(path, page.url()).href);
}

/**
 * Watches the page's requests from now on; `quiet()` resolves once none has been in flight for `quietMs`.
 * Playwright's `networkidle` is reached once per page load, so it says nothing after an in-app navigation.
 */
export function watchNetwork(page: Page, quietMs = 500): { quiet(): Promise<void> } {
  const inFlight = new Set<unknown>();
  let lastChange = Date.now();
  const done = (request: unknown) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  page.on('request', (request) => {
    inFlight.add(request);
    lastChange = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    quiet: async () => {
      await expect
        .poll(() => inFlight.size === 0 && Date.now() - lastChange >= quietMs, { intervals: [100] })
        .toBe(true);
    },
  };
}

/** Signs in through the sign-in page, in whichever language it shows. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  await page.getByRole('textbox', { name: /^(Mot de passe|Password)$/ }).fill(password);
  await page.getByRole('button', { name: /^(Se connecter|Sign in)$/ }).click();
  await expect(page.getByRole('navigation', { name: /Navigation principale|Main navigation/ })).toBeVisible();
}

/** A page in a fresh browser context (nothing stored), in the given browser language. */
export async function freshPage(
  browser: Browser,
  baseURL: string | undefined,
  locale = 'fr-FR',
): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale, timezoneId: 'Europe/Paris' });
  return context.newPage();
}

/** Where screenshots worth looking at go (apps/console/test-results/screens). */
export function screenshotPath(name: string): string {
  return `${__dirname}/../../test-results/screens/${name}.png`;
}

/** Unique enough for e-mails and names within one run. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296)
    .toString(36)
    .padStart(2, '0')}`;
}

/**
 * Checks that a notification says `text`, then closes it as a user would, so that it cannot cover what the test
 * clicks next (notifications sit in the bottom-right corner, where row menus open).
 */
export async function expectNotice(page: Page, text: string): Promise<void> {
  const notice = page.getByRole('alert').filter({ hasText: text });
  await expect(notice).toBeVisible();
  await notice.getByRole('button').first().click();
  await expect(notice).toHaveCount(0);
}
