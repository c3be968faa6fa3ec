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

const AM_EMAIL = 'am@lumiere.test';
const FIRST_TEXT = 'Nos bouquets de printemps arrivent vendredi en boutique.';
const SECOND_TEXT = 'Nos bouquets de printemps arrivent samedi en boutique et en ligne.';

test('a brand approver requests changes in the console, then approves the next round and sees what changed', async ({
  page,
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

  // A brand of its own, reviewed by an account manager then the client, with its own client approver.
  const suffix = uniqueSuffix();
  const brand = await owner.createBrand(`Fleurs ${suffix}`);
  const accountId = await owner.connectAccount(brand.id, `@fleurs${suffix}`);
  await owner.setApprovalPolicy(brand.id, 'INTERNAL_THEN_CLIENT', ['ACCOUNT_MANAGER', 'BRAND_APPROVER']);
  const approver = { email: `validation.${suffix}@fleurs.test`, password: 'Bouquet-de-printemps-2026' };
  await owner.addMember(approver.email, 'Margaux Lenoir', approver.password, 'BRAND_APPROVER', [brand.id]);
  const post = await owner.createPost({
    brandId: brand.id,
    title: 'Bouquets de printemps',
    baseText: FIRST_TEXT,
    accountIds: [accountId],
  });
  await owner.submitPost(post.id, 'Première version pour validation.');
  await manager.approvePost(post.id);

  await openSignedIn(page, approver, `/posts/${post.id}`);
  const review = page.getByRole('complementary', { name: 'Relecture' });
  await expect(review.getByText('En attente du client : Validateur client (étape 2)')).toBeVisible();
  await expect(review.getByText('Votre décision est attendue.')).toBeVisible();
  await expect(review.getByRole('button', { name: 'Envoyer au client' })).toHaveCount(0);
  await expect(review.getByRole('radio', { name: 'Interne' })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('approval-client-step'), fullPage: true });

  // Requesting changes needs a comment.
  await review.getByRole('button', { name: 'Demander des modifications' }).click();
  const dialog = page.getByRole('dialog', { name: 'Demander des modifications' });
  await dialog.getByRole('button', { name: 'Demander des modifications' }).click();
  await expect(dialog.getByText('Écrivez un commentaire.')).toBeVisible();
  await dialog
    .getByRole('textbox', { name: 'Ce qui doit changer' })
    .fill('Le samedi plutôt, et mentionnez la boutique en ligne.');
  await page.screenshot({ path: screenshotPath('approval-request-changes') });
  await dialog.getByRole('button', { name: 'Demander des modifications' }).click();
  await expectNotice(page, 'Modifications demandées.');
  await expect(review.getByText('Modifications demandées', { exact: true }).first()).toBeVisible();
  await expect(review.getByRole('region', { name: 'Tour 1' })).toContainText('Le samedi plutôt');

  // The agency edits the post and sends it again; the account manager approves the agency step.
  await owner.updatePostText(post.id, SECOND_TEXT);
  await owner.submitPost(post.id);
  expect((await manager.approvePost(post.id)).round).toBe(2);

  await page.reload();
  await expect(review.getByText('Tour 2', { exact: true })).toBeVisible();
  const round = review.getByRole('region', { name: 'Tour 2' });
  await expect(round.getByRole('heading', { name: 'Ce qui a changé depuis le tour 1' })).toBeVisible();
  await expect(round.locator('del').filter({ hasText: 'vendredi' }).first()).toBeVisible();
  await expect(round.locator('ins').filter({ hasText: 'samedi' }).first()).toBeVisible();
  await expect(round.locator('ins').filter({ hasText: 'en ligne' }).first()).toBeVisible();
  await round.screenshot({ path: screenshotPath('approval-round-diff') });

  await review.getByRole('button', { name: 'Approuver' }).click();
  const approve = page.getByRole('dialog', { name: 'Approuver cette publication' });
  await approve.getByRole('textbox', { name: 'Commentaire (facultatif)' }).fill('Parfait, merci !');
  await approve.getByRole('button', { name: 'Approuver' }).click();
  await expectNotice(page, 'Publication approuvée.');
  await expect(review.getByText('Approuvée', { exact: true }).first()).toBeVisible();
  await expect(review.getByText('Votre décision est attendue.')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('approval-approved'), fullPage: true });
  expect((await owner.postReview(post.id)).status).toBe('APPROVED');
});

test('an account manager sets a brand’s approval policy and sees and revokes its review links', async ({
  page,
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
  const suffix = uniqueSuffix();
  const brand = await owner.createBrand(`Jardins ${suffix}`);

  await openSignedIn(page, managerLogin, `/brands/${brand.id}/approval`);
  const policy = page.getByRole('region', { name: 'Circuit d’approbation' });
  await expect(policy.getByRole('radio', { name: 'Sans relecture' })).toBeChecked();
  await policy.getByRole('radio', { name: 'Relecture interne, puis le client' }).check();
  await expect(policy.getByRole('combobox', { name: 'Rôle de l’étape 1' })).toHaveValue('Chargé de compte');
  await policy.getByRole('button', { name: 'Ajouter une étape' }).click();
  await policy.getByRole('combobox', { name: 'Rôle de l’étape 2' }).click();
  await page.getByRole('option', { name: 'Administrateur' }).click();
  await policy.getByRole('button', { name: 'Monter l’étape 2' }).click();
  await expect(policy.getByRole('combobox', { name: 'Rôle de l’étape 1' })).toHaveValue('Administrateur');
  await expect(policy).toContainText('Validateur client');
  await page.screenshot({ path: screenshotPath('approval-policy'), fullPage: true });
  await policy.getByRole('button', { name: 'Enregistrer le circuit' }).click();
  await expectNotice(page, 'Circuit d’approbation enregistré.');

  await page.reload();
  await expect(policy.getByRole('radio', { name: 'Relecture interne, puis le client' })).toBeChecked();
  await expect(policy.getByRole('combobox', { name: 'Rôle de l’étape 1' })).toHaveValue('Administrateur');
  await expect(policy.getByRole('combobox', { name: 'Rôle de l’étape 2' })).toHaveValue('Chargé de compte');

  // A post that reached the client step, sent through a link: the tab lists it and can revoke it.
  const accountId = await owner.connectAccount(brand.id, `@jardins${suffix}`);
  const post = await owner.createPost({
    brandId: brand.id,
    title: 'Taille des rosiers',
    baseText: 'Le bon moment pour tailler vos rosiers, c’est maintenant.',
    accountIds: [accountId],
  });
  await owner.submitPost(post.id);
  await owner.approvePost(post.id);
  await manager.approvePost(post.id);
  await owner.createReviewLink({ brandId: brand.id, postIds: [post.id], recipientName: 'Claire Fontaine' });
  await page.reload();
  const links = page.getByRole('table', { name: 'Liens de relecture' });
  const row = links.getByRole('row', { name: 'Claire Fontaine' });
  await expect(row).toContainText('1 publication');
  await expect(row).toContainText('Actif');
  await row.getByRole('button', { name: 'Révoquer' }).click();
  await page
    .getByRole('dialog', { name: 'Révoquer ce lien ?' })
    .getByRole('button', { name: 'Révoquer' })
    .click();
  await expectNotice(page, 'Lien révoqué.');
  await expect(row).toContainText('Révoqué');
  await expect(row.getByRole('button', { name: 'Révoquer' })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('approval-links'), fullPage: true });
});
