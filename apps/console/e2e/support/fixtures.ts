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
