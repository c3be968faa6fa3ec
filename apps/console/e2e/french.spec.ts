import type { Page } from '@playwright/test';
import { ContentApi } from './support/content-api';
import { demoLogin, expect, openSignedIn, OWNER_EMAIL, test, visit, watchNetwork } from './support/fixtures';
import { pageTexts, untranslated } from './support/ui-texts';

/**
 * The owner sees every screen, the analyst the agency's read-only side, the brand viewer the client's.
 * Connected accounts and the calendar have browser tests of their own.
 */
const LOGINS = [OWNER_EMAIL, 'analyst@lumiere.test', 'viewer@maison-verdure.test'] as const;

const SCREENS = [
  '/brands',
  '/posts',
  '/posts/new',
  '/campaigns',
  '/media',
  '/ideas',
  '/notifications',
  '/team',
  '/audit',
  '/profile',
] as const;

const USER_CONTENT = `{ posts(first: 100) { edges { node { title baseText campaign { name } labels { name } } } }
  brands(first: 100) { edges { node { name } } } }`;

interface UserContent {
  posts: {
    edges: Array<{
      node: {
        title: string;
        baseText: string;
        campaign: { name: string } | null;
        labels: Array<{ name: string }>;
      };
    }>;
  };
  brands: { edges: Array<{ node: { name: string } }> };
}

/** What people wrote in the demo agency (in French or English): not the console's to translate. */
async function userContent(api: ContentApi): Promise<string[]> {
  const data = await api.call<UserContent>(USER_CONTENT);
  return [
    ...data.posts.edges.flatMap(({ node }) => [
      node.title,
      ...node.baseText.split('\n'),
      ...(node.campaign ? [node.campaign.name] : []),
      ...node.labels.map((label) => label.name),
    ]),
    ...data.brands.edges.map(({ node }) => node.name),
  ].filter((text) => text.trim() !== '');
}

/** Waits until the screen shows its content rather than a loader. */
async function settle(page: Page, network: { quiet(): Promise<void> }): Promise<void> {
  await expect(page.getByRole('main').getByRole('heading').first()).toBeVisible();
  await network.quiet();
}

for (const email of LOGINS) {
  test(`every screen speaks French to ${email}`, async ({ page, request, gatewayUrl, demoLogins }) => {
    test.setTimeout(300_000);
    const login = demoLogin(demoLogins, email);
    const api = new ContentApi(request, gatewayUrl);
    await api.signIn(OWNER_EMAIL, demoLogin(demoLogins, OWNER_EMAIL).password);
    const written = await userContent(api);
    const network = watchNetwork(page);
    // One page load; then the walk goes from screen to screen inside the console, as links do.
    await openSignedIn(page, login, SCREENS[0]);
    const found = new Map<string, string[]>();
    const read = async (where: string) => {
      for (const text of untranslated(await pageTexts(page), written)) {
        found.set(text, [...(found.get(text) ?? []), where]);
      }
    };

    for (const path of SCREENS) {
      await visit(page, path);
      await settle(page, network);
      await read(path);
    }

    // A brand and each of its tabs but the connected accounts.
    await visit(page, '/brands');
    await page.getByRole('table', { name: 'Marques' }).getByRole('link', { name: 'Maison Verdure' }).click();
    await settle(page, network);
    for (const tab of await page.getByRole('tab').all()) {
      const name = (await tab.textContent()) ?? '';
      if (name === 'Comptes') continue;
      await tab.click();
      await settle(page, network);
      await read(`brand ${name}`);
    }

    // A post with its review, history, comments and publications.
    await visit(page, '/posts');
    await page.getByRole('table').getByRole('link').first().click();
    await settle(page, network);
    await read('post');

    // The notifications popover.
    await page.getByRole('button', { name: /^Notifications/ }).click();
    await expect(page.getByRole('dialog', { name: 'Notifications' })).toBeVisible();
    await network.quiet();
    await read('notifications popover');

    expect(Object.fromEntries(found)).toEqual({});
  });
}
