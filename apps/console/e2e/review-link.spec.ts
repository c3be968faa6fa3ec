import type { Page } from '@playwright/test';
import { ContentApi } from './support/content-api';
import {
  demoLogin,
  expect,
  expectNotice,
  freshPage,
  OWNER_EMAIL,
  screenshotPath,
  test,
  uniqueSuffix,
} from './support/fixtures';

const AM_EMAIL = 'am@lumiere.test';

interface ClientStepSetup {
  owner: ContentApi;
  brandId: string;
  postIds: string[];
}

/**
 * A fresh brand reviewed by an account manager then the client, with `titles.length` posts waiting for
 * the client: the owner writes and submits them, the account manager approves the agency step.
 */
async function postsAwaitingClient(
  owner: ContentApi,
  manager: ContentApi,
  titles: readonly string[],
): Promise<ClientStepSetup> {
  const suffix = uniqueSuffix();
  const brand = await owner.createBrand(`Relecture ${suffix}`);
  const accountId = await owner.connectAccount(brand.id, `@relecture${suffix}`);
  await owner.setApprovalPolicy(brand.id, 'INTERNAL_THEN_CLIENT', ['ACCOUNT_MANAGER', 'BRAND_APPROVER']);
  const postIds: string[] = [];
  for (const title of titles) {
    const post = await owner.createPost({
      brandId: brand.id,
      title,
      baseText: `${title} : la nouvelle collection arrive en boutique samedi.`,
      accountIds: [accountId],
    });
    await owner.submitPost(post.id);
    const review = await manager.approvePost(post.id);
    expect(review.currentStep?.audience).toBe('CLIENT');
    postIds.push(post.id);
  }
  return { owner, brandId: brand.id, postIds };
}

function postCard(page: Page, title: string) {
  return page.getByRole('article', { name: title, exact: true });
}

test.describe('client review links', () => {
  test('a client without an account approves one post and requests changes on another; the link is then used', async ({
    browser,
    baseURL,
    request,
    gatewayUrl,
    demoLogins,
  }) => {
    const ownerLogin = demoLogin(demoLogins, OWNER_EMAIL);
    const managerLogin = demoLogin(demoLogins, AM_EMAIL);
    const owner = new ContentApi(request, gatewayUrl);
    await owner.signIn(ownerLogin.email, ownerLogin.password);
    const manager = new ContentApi(request, gatewayUrl);
    await manager.signIn(managerLogin.email, managerLogin.password);
    const { brandId, postIds } = await postsAwaitingClient(owner, manager, [
      'Soldes d’hiver',
      'Atelier bouturage',
    ]);
    const link = await owner.createReviewLink({ brandId, postIds, recipientName: 'Hélène Garnier' });

    const page = await freshPage(browser, baseURL, 'en-US');
    await page.goto(`/review/${link.token}`);
    // The link's language (the brand's, French) wins over the browser's.
    await expect(page.getByRole('heading', { name: 'Publications à relire' })).toBeVisible();
    await expect(page.getByText('Bonjour Hélène Garnier,')).toBeVisible();
    await expect(page.getByText('0 sur 2 décidées')).toBeVisible();
    await page.screenshot({ path: screenshotPath('review-link-open'), fullPage: true });

    // The reader can switch languages.
    await page.getByText('English', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Posts to review' })).toBeVisible();
    await page.getByText('Français', { exact: true }).click();

    const sales = postCard(page, 'Soldes d’hiver');
    await expect(sales).toContainText('la nouvelle collection arrive en boutique samedi');
    await expect(sales).toContainText('En attente de votre réponse');
    await sales.getByRole('button', { name: 'Approuver' }).click();
    await expectNotice(page, '« Soldes d’hiver » approuvée. Merci.');
    await expect(sales).toContainText('Vous l’avez approuvée');
    await expect(sales.getByRole('button', { name: 'Approuver' })).toHaveCount(0);

    // A comment on a decided post still reaches the agency while the link is in use.
    await sales
      .getByRole('textbox', { name: 'Votre commentaire sur « Soldes d’hiver »' })
      .fill('Hâte de voir la vitrine !');
    await sales.getByRole('button', { name: 'Commenter' }).click();
    await expectNotice(page, 'Commentaire envoyé.');
    await expect(sales.getByRole('article', { name: 'Commentaire de Hélène Garnier' })).toContainText(
      'Hâte de voir la vitrine !',
    );

    const workshop = postCard(page, 'Atelier bouturage');
    await workshop.getByRole('button', { name: 'Demander des modifications' }).click();
    await expect(workshop.getByText('Indiquez ce qui doit changer.')).toBeVisible();
    await workshop
      .getByRole('textbox', { name: 'Votre commentaire sur « Atelier bouturage »' })
      .fill('Merci d’ajouter l’horaire de l’atelier.');
    await workshop.getByRole('button', { name: 'Demander des modifications' }).click();
    await expectNotice(page, 'Votre demande de modifications sur « Atelier bouturage » a été transmise.');
    await expect(workshop).toContainText('Vous avez demandé des modifications');
    await expect(workshop.getByRole('button', { name: 'Demander des modifications' })).toHaveCount(0);
    await expect(page.getByText('Merci : chaque publication a reçu votre réponse.')).toBeVisible();
    await page.screenshot({ path: screenshotPath('review-link-decided'), fullPage: true });

    // The agency sees both decisions.
    expect((await owner.postReview(postIds[0] ?? '')).status).toBe('APPROVED');
    expect((await owner.postReview(postIds[1] ?? '')).status).toBe('CHANGES_REQUESTED');
    expect(await owner.latestDecisionComments(postIds[1] ?? '')).toContain(
      'Merci d’ajouter l’horaire de l’atelier.',
    );

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Ce lien a déjà servi' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('review-link-used'), fullPage: true });
    await page.context().close();
  });

  test('unknown and revoked links get a page that says so', async ({
    browser,
    baseURL,
    request,
    gatewayUrl,
    demoLogins,
  }) => {
    const ownerLogin = demoLogin(demoLogins, OWNER_EMAIL);
    const managerLogin = demoLogin(demoLogins, AM_EMAIL);
    const owner = new ContentApi(request, gatewayUrl);
    await owner.signIn(ownerLogin.email, ownerLogin.password);
    const manager = new ContentApi(request, gatewayUrl);
    await manager.signIn(managerLogin.email, managerLogin.password);
    const { brandId, postIds } = await postsAwaitingClient(owner, manager, ['Recette du dimanche']);
    const link = await owner.createReviewLink({ brandId, postIds, recipientName: 'Paul Lefèvre' });
    await owner.revokeReviewLink(link.id);

    const page = await freshPage(browser, baseURL);
    await page.goto(`/review/${link.token}`);
    await expect(page.getByRole('heading', { name: 'Ce lien a été retiré' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('review-link-revoked'), fullPage: true });

    // A forged token: one character changed.
    const forged = `${link.token.slice(0, -1)}${link.token.endsWith('A') ? 'B' : 'A'}`;
    await page.goto(`/review/${forged}`);
    await expect(page.getByRole('heading', { name: 'Ce lien ne fonctionne pas' })).toBeVisible();
    await page.goto('/review/not-a-real-link');
    await expect(page.getByRole('heading', { name: 'Ce lien ne fonctionne pas' })).toBeVisible();
    await page.getByText('English', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'This link does not work' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('review-link-invalid'), fullPage: true });
    await page.context().close();
  });
});
