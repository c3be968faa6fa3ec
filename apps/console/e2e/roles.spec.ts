import type { Page } from '@playwright/test';
import { demoLogin, expect, openSignedIn, screenshotPath, test, visit } from './support/fixtures';

/** Roles that read posts but do not write them, as the seed names their demo logins. */
const READERS = [
  { email: 'analyst@lumiere.test', role: 'Analyste', screen: 'analyst' },
  { email: 'viewer@maison-verdure.test', role: 'Lecteur client', screen: 'brand-viewer' },
  { email: 'approver@maison-verdure.test', role: 'Validateur client', screen: 'brand-approver' },
] as const;

async function chooseLanguage(page: Page, current: 'FR' | 'EN', language: 'Français' | 'English') {
  await page
    .getByRole('button', { name: current === 'FR' ? 'Changer de langue' : 'Change language' })
    .click();
  await page.getByRole('menuitem', { name: language }).click();
}

for (const reader of READERS) {
  test(`a ${reader.screen} finds no way to write a post, and the composer's address says why`, async ({
    page,
    demoLogins,
  }) => {
    test.setTimeout(180_000);
    const login = demoLogin(demoLogins, reader.email);
    await openSignedIn(page, login);

    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Publications' })
      .click();
    await expect(page.getByRole('heading', { name: 'Publications', level: 2 })).toBeVisible();
    await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Nouvelle publication' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Nouvelle publication' })).toHaveCount(0);

    for (const [path, heading, noButton] of [
      ['/campaigns', 'Campagnes et étiquettes', 'Nouvelle campagne'],
      ['/media', 'Médiathèque', 'Importer des fichiers'],
      ['/ideas', 'Idées', 'Suivre'],
    ] as const) {
      await visit(page, path);
      await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
      await expect(page.getByRole('button', { name: noButton })).toHaveCount(0);
    }

    // Typed or bookmarked, the composer's address explains instead of showing an empty form.
    await page.goto('/posts/new');
    const main = page.getByRole('main');
    await expect(main.getByText('Vous ne pouvez pas écrire de publications avec votre rôle')).toBeVisible();
    await expect(main.getByText(`Vous êtes connecté avec le rôle « ${reader.role} »`)).toBeVisible();
    await expect(main.getByRole('textbox')).toHaveCount(0);
    await page.screenshot({ path: screenshotPath(`roles-${reader.screen}-no-composer`) });
    await main.getByRole('link', { name: 'Voir les publications' }).click();
    await expect(page).toHaveURL(/\/posts$/);
  });
}

test('the composer page tells a reader in English too', async ({ page, demoLogins }) => {
  const analyst = demoLogin(demoLogins, 'analyst@lumiere.test');
  await openSignedIn(page, analyst);
  await chooseLanguage(page, 'FR', 'English');
  try {
    await page.goto('/posts/new');
    await expect(page.getByRole('main').getByText('You cannot write posts with your role')).toBeVisible();
    await expect(page.getByRole('main').getByText('You are signed in with the role “Analyst”')).toBeVisible();
    await page.screenshot({ path: screenshotPath('roles-analyst-no-composer-en') });
  } finally {
    await chooseLanguage(page, 'EN', 'Français');
    await expect(page.getByRole('button', { name: 'Changer de langue' })).toBeVisible();
  }
});

test('a brand viewer reads a post’s comments but is offered no box to write one', async ({
  page,
  demoLogins,
}) => {
  const viewer = demoLogin(demoLogins, 'viewer@maison-verdure.test');
  await openSignedIn(page, viewer, '/posts');
  await page.getByRole('table').getByRole('link').first().click();
  const comments = page.getByRole('region', { name: 'Commentaires' });
  await expect(comments).toBeVisible();
  await expect(comments.getByRole('textbox')).toHaveCount(0);
  await expect(comments.getByRole('button', { name: 'Commenter' })).toHaveCount(0);
  await expect(comments.getByRole('button', { name: 'Répondre' })).toHaveCount(0);

  // The approver of the same brand does write to the agency.
  const approver = demoLogin(demoLogins, 'approver@maison-verdure.test');
  await page.context().clearCookies();
  await page.evaluate(() => window.localStorage.clear());
  await openSignedIn(page, approver, '/posts');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(
    page.getByRole('region', { name: 'Commentaires' }).getByRole('button', { name: 'Commenter' }),
  ).toBeVisible();
});
