import type { Page } from '@playwright/test';
import { GatewayApi } from './support/api';
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

interface Setup {
  brand: { id: string; name: string };
  handles: Record<'X' | 'LINKEDIN', string>;
}

/** A brand with an account on X and one on LinkedIn, connected through the emulated networks' consent pages. */
async function setUp(api: GatewayApi): Promise<Setup> {
  const suffix = uniqueSuffix();
  const brand = await api.createBrand(`Fil ${suffix}`);
  const handles = {
    X: await api.connectEmulatedAccount(brand.id, 'X', `x_${suffix}`),
    LINKEDIN: await api.connectEmulatedAccount(brand.id, 'LINKEDIN', `person-${suffix}`),
  };
  return { brand, handles };
}

async function startPost(page: Page, setup: Setup): Promise<void> {
  await page.goto('/posts/new');
  await page.getByRole('combobox', { name: 'Marque' }).click();
  await page.getByRole('option', { name: setup.brand.name }).click();
  await page.getByRole('checkbox', { name: new RegExp(setup.handles.X) }).check();
}

test.describe('composing a thread', () => {
  test('a three-part X thread: a part over the limit is refused as you type, then saved and read back', async ({
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
    await startPost(page, setup);

    await page.getByRole('textbox', { name: 'Titre', exact: true }).fill('Fil des semis');
    await page
      .getByRole('textbox', { name: 'Texte', exact: true })
      .fill('Trois conseils pour vos semis (1/3)');
    await page.getByRole('button', { name: 'Ajouter une partie' }).click();
    await page.getByRole('textbox', { name: 'Partie 2' }).fill('Semez au printemps (2/3)');
    await page.getByRole('button', { name: 'Ajouter une partie' }).click();
    const third = page.getByRole('textbox', { name: 'Partie 3' });
    await third.fill(`${'Arrosez '.repeat(35)}(3/3)`);

    // Each part has its own counter; the third is over X's limit, which X names, and saving is refused.
    await expect(page.getByTestId('thread-counters-0').getByTestId('counter-X')).toHaveText('X 24 / 280');
    const over = page.getByTestId('thread-counters-1').getByTestId('counter-X');
    await expect(over).toHaveText('X 285 / 280');
    await expect(over).toHaveAttribute('data-over', 'true');
    await expect(
      page.getByText('La partie 3 du fil est trop longue pour X : 285 sur 280 caractères.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Enregistrer le brouillon' })).toBeDisabled();
    await expect(page.getByTestId('thread-preview-X-1').locator('[data-overflow]')).not.toHaveCount(0);
    await page.screenshot({ path: screenshotPath('thread-over-limit'), fullPage: true });

    // LinkedIn would take only a second part, as the first comment: choosing it says so.
    await page.getByRole('checkbox', { name: new RegExp(setup.handles.LINKEDIN) }).check();
    await expect(page.getByTestId('thread-notices')).toContainText(
      'LinkedIn ne peut pas publier un fil de 3 parties',
    );
    await page.getByRole('checkbox', { name: new RegExp(setup.handles.LINKEDIN) }).uncheck();
    await expect(page.getByTestId('thread-notices')).toHaveCount(0);

    // Fixed: nothing is refused any more, and the preview shows the parts as replies.
    await third.fill('Arrosez souvent, sans noyer (3/3)');
    await expect(over).not.toHaveAttribute('data-over');
    await expect(page.getByText(/trop longue pour/)).toHaveCount(0);
    await expect(page.getByTestId('thread-preview-X-0')).toContainText('Semez au printemps (2/3)');
    await expect(page.getByTestId('thread-preview-X-1')).toContainText('Arrosez souvent, sans noyer (3/3)');

    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expectNotice(page, 'Brouillon enregistré');
    await expect(page).toHaveURL(/\/posts\/[0-9a-f-]{36}$/);
    const postId = page.url().split('/').pop() ?? '';
    const saved = await api.call<{ post: { threadParts: string[] } }>(
      'query ($id: ID!) { post(id: $id) { threadParts } }',
      { id: postId },
    );
    expect(saved.post.threadParts).toEqual(['Semez au printemps (2/3)', 'Arrosez souvent, sans noyer (3/3)']);

    // Read back after a reload, in order.
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Partie 2' })).toHaveValue('Semez au printemps (2/3)');
    await expect(page.getByRole('textbox', { name: 'Partie 3' })).toHaveValue(
      'Arrosez souvent, sans noyer (3/3)',
    );
    await expect(page.getByTestId('thread-preview-X-1')).toContainText('Arrosez souvent');
    await page.screenshot({ path: screenshotPath('thread-saved'), fullPage: true });
  });
});
