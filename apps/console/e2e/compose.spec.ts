import type { Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { GatewayApi } from './support/api';
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

const PASSWORD = 'compose-browser-2026';

interface Setup {
  brand: { id: string; name: string };
  handles: Record<'X' | 'BLUESKY' | 'LINKEDIN', string>;
}

/** A brand in New York time with an account on X, Bluesky and LinkedIn, made through the API. */
async function setUp(api: GatewayApi): Promise<Setup> {
  const suffix = uniqueSuffix();
  const brand = await api.createBrand(`Compose ${suffix}`, 'America/New_York');
  const handles = {
    X: `@x_${suffix}`,
    BLUESKY: `bsky-${suffix}.bsky.social`,
    LINKEDIN: `linkedin-${suffix}`,
  };
  // Accounts of the emulated networks, connected through their consent pages (Bluesky: app password).
  for (const network of ['X', 'BLUESKY', 'LINKEDIN'] as const) {
    const login = network === 'LINKEDIN' ? `person-${suffix}` : handles[network].replace(/^@/, '');
    handles[network] = await api.connectEmulatedAccount(brand.id, network, login);
  }
  return { brand, handles };
}

async function startPost(page: Page, setup: Setup, brandLabel: string, accounts: string[]): Promise<void> {
  await page.goto('/posts/new');
  const brand = page.getByRole('combobox', { name: brandLabel });
  await brand.click();
  await page.getByRole('option', { name: setup.brand.name }).click();
  for (const handle of accounts) await page.getByRole('checkbox', { name: new RegExp(handle) }).check();
}

test.describe('composing a post', () => {
  test('counts per network while typing, refuses what a network refuses, then saves with a customised LinkedIn version', async ({
    page,
    demoLogins,
    gatewayUrl,
    request,
  }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    const api = new GatewayApi(request, gatewayUrl);
    await api.signIn(owner.email, owner.password);
    const setup = await setUp(api);
    await openSignedIn(page, owner);

    await page.getByRole('link', { name: 'Publications' }).click();
    await expect(page.getByRole('heading', { name: 'Publications', level: 2 })).toBeVisible();
    await page.getByRole('link', { name: 'Nouvelle publication' }).click();
    await expect(page.getByRole('heading', { name: 'Nouvelle publication', level: 2 })).toBeVisible();
    await startPost(page, setup, 'Marque', [setup.handles.X, setup.handles.BLUESKY, setup.handles.LINKEDIN]);

    const counters = page.getByTestId('counters');
    const text = page.getByRole('textbox', { name: 'Texte', exact: true });
    await page.getByRole('textbox', { name: 'Titre', exact: true }).fill('Lancement de printemps');
    await text.fill('Le printemps arrive chez nous 🌱');
    await expect(counters.getByTestId('counter-X')).toHaveText('X 32 / 280');
    await expect(counters.getByTestId('counter-BLUESKY')).toHaveText('Bluesky 31 / 300');
    await expect(counters.getByTestId('counter-LINKEDIN')).toHaveText('LinkedIn 32 / 3000');

    // Over X's limit only, then over Bluesky's too: each network says what is wrong, naming itself.
    await text.fill(`${'Printemps '.repeat(29)}!`);
    await expect(counters.getByTestId('counter-X')).toHaveText('X 291 / 280');
    await expect(counters.getByTestId('counter-X')).toHaveAttribute('data-over', 'true');
    await expect(counters.getByTestId('counter-BLUESKY')).not.toHaveAttribute('data-over');
    await expect(page.getByText('Trop long pour X : 291 sur 280 caractères.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Enregistrer le brouillon' })).toBeDisabled();
    await text.fill(`${'Printemps '.repeat(31)}!`);
    await page.getByRole('tab', { name: /Bluesky/ }).click();
    await expect(page.getByText('Trop long pour Bluesky : 311 sur 300 caractères.')).toBeVisible();
    await expect(page.getByTestId('preview-BLUESKY').locator('[data-overflow]')).toHaveText('Printemps !');
    await page.screenshot({ path: screenshotPath('compose-over-limit'), fullPage: true });

    // Fixed: nothing is refused any more.
    await text.fill('Le printemps arrive chez Maison Verdure : semis, boutures et conseils.');
    await expect(counters.getByTestId('counter-X')).not.toHaveAttribute('data-over');
    await expect(page.getByText(/Trop long pour/)).toHaveCount(0);

    // LinkedIn gets a longer text of its own and a first comment; X keeps following the text.
    await page.getByRole('tab', { name: /LinkedIn/ }).click();
    await page.getByRole('button', { name: 'Personnaliser pour LinkedIn' }).click();
    const linkedIn = page.getByRole('textbox', { name: 'Texte pour LinkedIn' });
    await linkedIn.fill(
      'Le printemps arrive : voici notre calendrier complet des semis, semaine par semaine.',
    );
    await page
      .getByRole('textbox', { name: 'Premier commentaire' })
      .fill('Le calendrier est sur notre site.');
    await expect(page.getByTestId('preview-LINKEDIN')).toContainText('calendrier complet des semis');
    await expect(page.getByText('Dans le fuseau horaire de la marque : ', { exact: false })).toContainText(
      'America/New_York',
    );
    await page.screenshot({ path: screenshotPath('compose-linkedin'), fullPage: true });

    // Planned on the 28th of the month shown, 09:30 in New York (the brand's zone), whatever the browser's.
    await page.getByRole('button', { name: 'Prévue le' }).click();
    await page.locator('table button:not([data-outside])').getByText('28', { exact: true }).click();
    await page.getByRole('spinbutton', { name: 'Heures' }).fill('09');
    await page.getByRole('spinbutton', { name: 'Minutes' }).fill('30');
    await page.getByRole('button', { name: 'Valider la date' }).click();
    const shown = DateTime.now().setZone('Europe/Paris').set({ day: 28 });
    await expect(page.getByRole('button', { name: 'Prévue le' })).toHaveText(
      `${shown.toFormat('dd/MM/yyyy')} 09:30`,
    );

    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expectNotice(page, 'Brouillon enregistré');
    await expect(page.getByRole('heading', { name: 'Lancement de printemps', level: 2 })).toBeVisible();
    await expect(page).toHaveURL(/\/posts\/[0-9a-f-]{36}$/);
    const postId = page.url().split('/').pop() ?? '';
    const saved = await api.call<{ post: { scheduledAt: string } }>(
      'query ($id: ID!) { post(id: $id) { scheduledAt } }',
      {
        id: postId,
      },
    );
    const expected = DateTime.fromObject(
      { year: shown.year, month: shown.month, day: 28, hour: 9, minute: 30 },
      { zone: 'America/New_York' },
    );
    expect(saved.post.scheduledAt).toBe(expected.toUTC().toISO());

    // Saved as typed: read back after a reload.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Prévue le' })).toHaveText(
      `${shown.toFormat('dd/MM/yyyy')} 09:30`,
    );
    await page.getByRole('tab', { name: /LinkedIn/ }).click();
    await expect(
      page.getByTestId('variant-LINKEDIN').getByText('Personnalisée', { exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Texte pour LinkedIn' })).toHaveValue(
      'Le printemps arrive : voici notre calendrier complet des semis, semaine par semaine.',
    );
    await page.getByRole('tab', { name: /^X/ }).click();
    await expect(page.getByTestId('variant-X').getByText('Reprend le texte', { exact: true })).toBeVisible();
    await page.screenshot({ path: screenshotPath('compose-saved'), fullPage: true });

    // It is listed, with its status.
    await page.getByRole('link', { name: 'Toutes les publications' }).click();
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Lancement de printemps' }) });
    await expect(row).toContainText('Brouillon');
    await page.screenshot({ path: screenshotPath('posts-list'), fullPage: true });
  });

  test('speaks English to a user who chose it', async ({
    browser,
    baseURL,
    demoLogins,
    gatewayUrl,
    request,
  }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    const api = new GatewayApi(request, gatewayUrl);
    await api.signIn(owner.email, owner.password);
    const setup = await setUp(api);
    const email = `cm-${uniqueSuffix()}@lumiere.test`;
    await api.addMember(email, 'Casey Writer', PASSWORD, 'COMMUNITY_MANAGER', [setup.brand.id]);

    const page = await freshPage(browser, baseURL, 'en-US');
    await openSignedIn(page, { email, password: PASSWORD });
    await page.getByRole('button', { name: 'Changer de langue' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect(page.getByRole('link', { name: 'Posts' })).toBeVisible();
    await startPost(page, setup, 'Brand', [setup.handles.X]);
    await page.getByRole('textbox', { name: 'Text', exact: true }).fill('a'.repeat(281));
    await expect(page.getByTestId('counter-X').first()).toHaveText('X 281 / 280');
    await expect(page.getByText('Too long for X: 281 of 280 characters.')).toBeVisible();
    await expect(page.getByText(/In the brand’s time zone: .*America\/New_York/)).toBeVisible();
    await page.screenshot({ path: screenshotPath('compose-en'), fullPage: true });
    await page.context().close();
  });

  test('campaigns and labels of a brand, then chosen for a post', async ({
    page,
    demoLogins,
    gatewayUrl,
    request,
  }) => {
    const owner = demoLogin(demoLogins, OWNER_EMAIL);
    const api = new GatewayApi(request, gatewayUrl);
    await api.signIn(owner.email, owner.password);
    const setup = await setUp(api);
    await openSignedIn(page, owner);

    await page.getByRole('link', { name: 'Campagnes' }).click();
    await expect(page.getByRole('heading', { name: 'Campagnes et étiquettes', level: 2 })).toBeVisible();
    const brand = page.getByRole('combobox', { name: 'Marque' });
    await brand.click();
    await page.getByRole('option', { name: setup.brand.name }).click();

    await page.getByRole('button', { name: 'Nouvelle campagne' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle campagne' });
    await dialog.getByRole('textbox', { name: 'Nom' }).fill('Semaine des semis');
    await dialog.getByRole('button', { name: 'Créer' }).click();
    await expectNotice(page, 'Campagne enregistrée');
    await expect(page.getByRole('table', { name: 'Campagnes' })).toContainText('Semaine des semis');

    await page.getByRole('button', { name: 'Nouvelle campagne' }).click();
    await dialog.getByRole('textbox', { name: 'Nom' }).fill('semaine des semis');
    await dialog.getByRole('button', { name: 'Créer' }).click();
    await expect(dialog.getByText('Cette marque en a déjà une de ce nom.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Annuler' }).click();

    await page.getByRole('button', { name: 'Nouvelle étiquette' }).click();
    const labelDialog = page.getByRole('dialog', { name: 'Nouvelle étiquette' });
    await labelDialog.getByRole('textbox', { name: 'Nom' }).fill('Printemps');
    await labelDialog.getByRole('button', { name: 'Créer' }).click();
    await expectNotice(page, 'Étiquette enregistrée');
    await expect(page.getByRole('button', { name: 'Printemps' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('campaigns'), fullPage: true });

    await startPost(page, setup, 'Marque', [setup.handles.X]);
    await page.getByRole('textbox', { name: 'Texte', exact: true }).fill('Les semis commencent.');
    await page.getByRole('combobox', { name: 'Campagne' }).click();
    await page.getByRole('option', { name: 'Semaine des semis' }).click();
    await page.getByRole('combobox', { name: 'Étiquettes' }).click();
    await page.getByRole('option', { name: 'Printemps' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expectNotice(page, 'Brouillon enregistré');

    await page.getByRole('link', { name: 'Toutes les publications' }).click();
    await page.getByRole('combobox', { name: 'Marque' }).click();
    await page.getByRole('option', { name: setup.brand.name }).click();
    await page.getByRole('combobox', { name: 'Campagne' }).click();
    await page.getByRole('option', { name: 'Semaine des semis' }).click();
    const table = page.getByRole('table', { name: 'Publications' });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table).toContainText('Les semis commencent.');
    await expect(table).toContainText('Printemps');
  });
});
