import {
  AuthResult,
  BrandView,
  CommentVisibility,
  CommentAddedEvent,
  ContentEvents,
  ContentSubjects,
  ErrorCode,
  Network,
  PostCommentView,
  PostView,
  Role,
} from '@relais/contracts';
import { as, failure } from '@relais/server-testing';
import { ContentHarness, startContent } from './support/content-harness';
import { connectAccounts, createBrand, createPost, join, signUp } from './support/fixtures';

describe('content comments', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let cm: AuthResult;
  let otherCm: AuthResult;
  let approver: AuthResult;
  let brand: BrandView;
  let post: PostView;

  beforeAll(async () => {
    h = await startContent();
    owner = await signUp(h, 'Comment Studio', 'Olivia Owner');
    brand = await createBrand(h, owner, 'Maison Verdure');
    const other = await createBrand(h, owner, 'Other Brand');
    const accounts = await connectAccounts(h, owner, brand.id, [Network.X]);
    cm = await join(h, owner, { role: Role.CommunityManager, brandIds: [brand.id], name: 'Chloé Community' });
    otherCm = await join(h, owner, { role: Role.CommunityManager, brandIds: [other.id], name: 'Other CM' });
    approver = await join(h, owner, { role: Role.BrandApprover, brandIds: [brand.id], name: 'Bruno Brand' });
    post = await createPost(h, cm, { brandId: brand.id, accountIds: [accounts[Network.X].id] });
  }, 180_000);
  afterAll(() => h?.close());

  const add = (actor: AuthResult, data: Record<string, unknown>) =>
    h.call<PostCommentView>(ContentSubjects.comment.add, as(actor), { postId: post.id, ...data });
  const addedEvents = () =>
    h.sql<{ data: CommentAddedEvent }>(
      `SELECT payload->'data' AS data FROM content.outbox WHERE subject = $1 ORDER BY created_at, id`,
      [ContentEvents.commentAdded],
    );

  it('writes the comment and its event, with the people it mentions, in one transaction', async () => {
    const comment = await add(cm, {
      body: '  @Bruno, here is the spring post for you to read before Friday.  ',
      visibility: 'shared',
      mentionUserIds: [approver.claims.userId, owner.claims.userId],
    });
    expect(comment).toMatchObject({
      body: '@Bruno, here is the spring post for you to read before Friday.',
      authorName: 'Chloé Community',
      authorRole: Role.CommunityManager,
      mentions: [approver.claims.userId, owner.claims.userId],
      viaLink: false,
      deleted: false,
    });
    expect((await addedEvents()).at(-1)?.data).toEqual({
      commentId: comment.id,
      postId: post.id,
      brandId: brand.id,
      authorId: cm.claims.userId,
      authorName: 'Chloé Community',
      visibility: 'shared',
      mentions: [approver.claims.userId, owner.claims.userId],
      excerpt: '@Bruno, here is the spring post for you to read before Friday.',
      parentId: null,
    });
  });

  it('refuses to mention someone who cannot read the comment, and saves nothing', async () => {
    const before = (await addedEvents()).length;
    const error = await failure(
      add(cm, {
        body: 'Internal only',
        visibility: 'internal',
        mentionUserIds: [owner.claims.userId, approver.claims.userId, otherCm.claims.userId],
      }),
    );
    expect(error).toMatchObject({
      code: ErrorCode.BadUserInput,
      fields: [
        expect.objectContaining({
          field: 'mentionUserIds.1',
          constraint: 'notMentionable',
          message: 'Bruno Brand cannot read this comment',
        }),
        expect.objectContaining({
          field: 'mentionUserIds.2',
          constraint: 'notMentionable',
          message: 'Other CM cannot read this comment',
        }),
      ],
    });
    expect(await addedEvents()).toHaveLength(before);
    expect(await h.sql(`SELECT 1 FROM content.post_comments WHERE body = 'Internal only'`)).toEqual([]);
  });

  it('never lets a brand user read or count internal comments', async () => {
    const internal = await add(owner, { body: 'Do not show the client', visibility: 'internal' });
    const asClient = await h.call<PostCommentView[]>(ContentSubjects.comment.list, as(approver), {
      postId: post.id,
    });
    expect(asClient.map((comment) => comment.id)).not.toContain(internal.id);
    expect(asClient.every((comment) => comment.visibility === CommentVisibility.Shared)).toBe(true);
    const edit = await failure(
      h.call(ContentSubjects.comment.edit, as(approver), { id: internal.id, body: 'x' }),
    );
    expect(edit).toMatchObject({ code: ErrorCode.NotFound, message: 'Comment not found' });
  });

  it('refuses a reply to a comment of another post', async () => {
    const other = await createPost(h, cm, {
      brandId: brand.id,
      accountIds: post.targets.map((t) => t.accountId),
    });
    const parent = await h.call<PostCommentView>(ContentSubjects.comment.add, as(cm), {
      postId: other.id,
      body: 'On the other post',
      visibility: 'shared',
    });
    const error = await failure(add(cm, { parentId: parent.id, body: 'Reply', visibility: 'shared' }));
    expect(error).toMatchObject({
      code: ErrorCode.BadUserInput,
      fields: [expect.objectContaining({ field: 'parentId', constraint: 'otherPost' })],
    });
  });

  it('lets an owner remove someone else’s comment, keeping its place in the thread', async () => {
    const comment = await add(approver, { body: 'Not nice', visibility: 'shared' });
    const reply = await add(cm, { parentId: comment.id, body: 'Let us talk', visibility: 'shared' });
    const refused = await failure(h.call(ContentSubjects.comment.delete, as(cm), { id: comment.id }));
    expect(refused).toMatchObject({
      code: ErrorCode.Forbidden,
      message: 'You can only delete your own comments',
    });
    const deleted = await h.call<PostCommentView>(ContentSubjects.comment.delete, as(owner), {
      id: comment.id,
    });
    expect(deleted).toMatchObject({ deleted: true, body: '' });
    const list = await h.call<PostCommentView[]>(ContentSubjects.comment.list, as(cm), { postId: post.id });
    expect(list.find((entry) => entry.id === reply.id)).toMatchObject({
      parentId: comment.id,
      body: 'Let us talk',
    });
    const stored = await h.sql<{ body: string }>('SELECT body FROM content.post_comments WHERE id = $1', [
      comment.id,
    ]);
    expect(stored[0].body).toBe('');
  });
});
