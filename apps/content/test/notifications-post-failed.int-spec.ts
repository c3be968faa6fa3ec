import {
  AuthResult,
  BrandView,
  ContentSubjects,
  Network,
  NotificationKind,
  NotificationView,
  OccurrenceTally,
  Page,
  PostStatus,
  PostView,
  PublishFailureCode,
  Role,
  SocialAccountView,
} from '@relais/contracts';
import { as, SmtpInbox } from '@relais/server-testing';
import { DigestService } from '../src/notifications/digest.service';
import {
  FAILURE_NOTIFICATIONS_CONSUMER,
  PostFailedNotifier,
} from '../src/notifications/post-failed.consumer';
import {
  PUBLISHING_RESULTS_CONSUMER,
  PublishingResultsConsumer,
} from '../src/publishing-results/publishing-results.consumer';
import { ContentHarness, startContent } from './support/content-harness';
import { settlePublication } from './support/settled-publications';
import { connectAccounts, createBrand, createPost, join, signUp } from './support/fixtures';

const FUTURE = '2031-06-02T07:00:00.000Z';
const REFUSED = 'Mastodon refused the post: Text can’t be blank';

describe('a post that fails to publish', () => {
  let inbox: SmtpInbox;
  let h: ContentHarness;
  let owner: AuthResult;
  let author: AuthResult;
  let manager: AuthResult;
  let brand: BrandView;
  let accounts: SocialAccountView[];

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    h = await startContent({
      env: {
        SMTP_URL: inbox.url,
        CONSOLE_URL: 'http://console.relais.test',
        DIGEST_INTERVAL_SECONDS: '3600',
        DIGEST_GRACE_SECONDS: '0',
      },
    });
    owner = await signUp(h, 'Failing Studio', 'Olivia Owner');
    brand = await createBrand(h, owner, 'Maison Verdure');
    accounts = Object.values(await connectAccounts(h, owner, brand.id, [Network.Mastodon, Network.X]));
    author = await join(h, owner, { role: Role.CommunityManager, brandIds: [brand.id], name: 'Léa Author' });
    manager = await join(h, owner, { role: Role.AccountManager, name: 'Sophie Manager' });
    await Promise.all([h.app.get(PublishingResultsConsumer).ready(), h.app.get(PostFailedNotifier).ready()]);
  }, 180_000);
  afterAll(async () => {
    await h?.close();
    await inbox?.stop();
  });

  const tally = (published: number, failed: number): OccurrenceTally => ({
    total: published + failed,
    published,
    failed,
    pending: 0,
  });
  const failedOf = async (user: AuthResult, postId: string) =>
    (
      await h.call<Page<NotificationView>>(ContentSubjects.notification.list, as(user), { first: 50 })
    ).items.filter((n) => n.kind === NotificationKind.PostFailed && n.postId === postId);

  /** A post written by the author and scheduled by `scheduler`. */
  async function scheduledPost(title: string, scheduler: AuthResult): Promise<PostView> {
    const post = await createPost(h, author, {
      brandId: brand.id,
      title,
      accountIds: accounts.map((account) => account.id),
    });
    await h.call(ContentSubjects.approval.schedule, as(scheduler), { postId: post.id, scheduledAt: FUTURE });
    return h.call<PostView>(ContentSubjects.post.get, as(author), { id: post.id });
  }

  /** Publishes the last outcome of the post's accounts as the publishing service does; waits until both consumers took it. */
  const settle = (post: PostView, occurrence: OccurrenceTally, failed: boolean) =>
    settlePublication(
      h,
      post,
      {
        agencyId: owner.claims.agencyId,
        accountId: accounts[0].id,
        network: Network.Mastodon,
        dueAt: post.scheduledAt ?? FUTURE,
        externalUrl: failed ? null : 'https://mastodon.example/@verdure/1234',
        failure: failed
          ? { code: PublishFailureCode.Rejected, message: REFUSED, networkMessage: 'Validation failed' }
          : null,
        occurrence,
      },
      { consumers: [PUBLISHING_RESULTS_CONSUMER, FAILURE_NOTIFICATIONS_CONSUMER], timeoutMs: 20_000 },
    );

  it('tells its author and whoever scheduled it, with the reason, in-app and in the digest', async () => {
    const post = await scheduledPost('Atelier rempotage', manager);
    await settle(post, tally(1, 1), true);
    expect((await h.call<PostView>(ContentSubjects.post.get, as(author), { id: post.id })).status).toBe(
      PostStatus.Failed,
    );

    const [toAuthor, ...moreToAuthor] = await failedOf(author, post.id);
    expect(moreToAuthor).toHaveLength(0);
    expect(toAuthor).toMatchObject({
      kind: NotificationKind.PostFailed,
      brandId: brand.id,
      brandName: 'Maison Verdure',
      postTitle: 'Atelier rempotage',
      actorName: null,
      excerpt: `Failed on 1 of 2 accounts: ${REFUSED}`,
      summary: {
        total: 2,
        failed: 1,
        network: Network.Mastodon,
        failureCode: PublishFailureCode.Rejected,
        networkMessage: 'Validation failed',
      },
      readAt: null,
    });
    expect(await failedOf(manager, post.id)).toHaveLength(1);
    expect(await failedOf(owner, post.id)).toHaveLength(0);

    await h.app.get(DigestService).runOnce();
    const [emailRow] = await h.sql<{ email: string }>('SELECT email FROM clients.users WHERE id = $1', [
      author.claims.userId,
    ]);
    const [mail] = inbox.messagesTo(emailRow.email.toLowerCase());
    expect(mail.text).toContain(
      'Maison Verdure · Atelier rempotage\n  La publication n’a pas pu être mise en ligne\n' +
        '  Échec sur 1 des 2 comptes. Mastodon : le réseau a refusé le contenu. Réponse de Mastodon : « Validation failed »\n' +
        `  http://console.relais.test/posts/${post.id}`,
    );
  });

  it('tells the author once when they scheduled it themselves', async () => {
    const post = await scheduledPost('Graines de saison', author);
    await settle(post, tally(0, 2), true);
    expect(await failedOf(author, post.id)).toHaveLength(1);
    expect(await failedOf(manager, post.id)).toHaveLength(0);
  });

  it('tells no one when the post is published, or when a failure no longer changes it', async () => {
    const published = await scheduledPost('Semis de printemps', manager);
    await settle(published, tally(2, 0), false);
    expect((await h.call<PostView>(ContentSubjects.post.get, as(author), { id: published.id })).status).toBe(
      PostStatus.Published,
    );
    // A late failure of a post already published changes nothing, and tells no one.
    await settle(published, tally(1, 1), true);
    for (const user of [author, manager]) expect(await failedOf(user, published.id)).toHaveLength(0);
  });
});
