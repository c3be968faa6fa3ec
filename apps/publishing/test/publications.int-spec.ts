import {
  ErrorCode,
  Network,
  PublicationStatus,
  PublicationView,
  PublishFailureCode,
  PublishingSubjects,
  Role,
} from '@relais/contracts';
import { as, failure } from '@relais/server-testing';
import {
  Agency,
  connectAccount,
  ConnectedAccount,
  createAgency,
  createBrand,
  join,
  publicationsOf,
  schedulePost,
  sentTo,
  settled,
} from './support/fixtures';
import { PublishingHarness, startPublishing } from './support/publishing-harness';

describe('publications as people see them', () => {
  let h: PublishingHarness;
  let agency: Agency;
  let account: ConnectedAccount;

  beforeAll(async () => {
    h = await startPublishing({ env: { MAX_ATTEMPTS: '2' } });
    agency = await createAgency(h);
    account = await connectAccount(h, agency.owner, agency.brand.id, Network.Mastodon);
  }, 120_000);

  afterAll(() => h?.close());

  const retry = (actor: Parameters<typeof as>[0], id: string) =>
    h.call<PublicationView>(PublishingSubjects.publication.retry, as(actor), { id });

  it('shows a post’s publications to its brand’s people only', async () => {
    const { postId } = await schedulePost(h, agency, [account], {
      dueAt: new Date(Date.now() + 500),
      text: 'Visible',
    });
    await settled(h, agency, postId, 1);
    const otherBrand = await createBrand(h, agency.owner, 'Autre marque', 'Europe/Paris');
    const viewer = await join(h, agency.owner, { role: Role.BrandViewer, brandIds: [agency.brand.id] });
    const outsider = await join(h, agency.owner, { role: Role.CommunityManager, brandIds: [otherBrand.id] });
    const otherAgency = await createAgency(h);

    expect(await h.call(PublishingSubjects.publication.listForPost, as(viewer), { postId })).toHaveLength(1);
    expect(await h.call(PublishingSubjects.publication.listForPost, as(outsider), { postId })).toEqual([]);
    expect(
      await h.call(PublishingSubjects.publication.listForPost, as(otherAgency.owner), { postId }),
    ).toEqual([]);
    expect(
      await h.call(PublishingSubjects.publication.listForPosts, as(otherAgency.owner), { postIds: [postId] }),
    ).toEqual([]);
    const [publication] = await publicationsOf(h, agency, postId);
    expect((await failure(retry(otherAgency.owner, publication.id))).code).toBe(ErrorCode.NotFound);
    expect((await failure(retry(outsider, publication.id))).code).toBe(ErrorCode.NotFound);
    expect((await failure(retry(viewer, publication.id))).code).toBe(ErrorCode.Forbidden);
    const published = await failure(retry(agency.owner, publication.id));
    expect(published.code).toBe(ErrorCode.Conflict);
    expect(published.message).toContain('published');
  });

  it('lists several posts at once', async () => {
    const dueAt = new Date(Date.now() + 500);
    const a = await schedulePost(h, agency, [account], { dueAt, text: 'Lot A' });
    const b = await schedulePost(h, agency, [account], { dueAt, text: 'Lot B' });
    await settled(h, agency, a.postId, 1);
    await settled(h, agency, b.postId, 1);
    const list = await h.call<PublicationView[]>(
      PublishingSubjects.publication.listForPosts,
      as(agency.owner),
      {
        postIds: [a.postId, b.postId],
      },
    );
    expect(list.map((p) => p.postId).sort()).toEqual([a.postId, b.postId].sort());
  });

  it('sends a failed publication again when a writer asks and a retry cannot post twice', async () => {
    const flaky = await connectAccount(h, agency.owner, agency.brand.id, Network.Mastodon);
    await h.sandbox.client.addFault({
      network: 'mastodon',
      accountId: flaky.sandbox.externalId,
      kind: 'fail',
      status: 503,
      count: 2,
    });
    const { postId } = await schedulePost(h, agency, [flaky], {
      dueAt: new Date(Date.now() + 500),
      text: 'Réessayé',
    });
    const [failed] = await settled(h, agency, postId, 1);
    expect(failed).toMatchObject({ status: PublicationStatus.Failed, attempts: 2, canRetry: true });
    expect(failed.failure?.code).toBe(PublishFailureCode.NetworkUnavailable);

    const manager = await join(h, agency.owner, { role: Role.CommunityManager, brandIds: [agency.brand.id] });
    const pending = await retry(manager, failed.id);
    expect(pending.status).toBe(PublicationStatus.Pending);
    expect(pending.failure).toBeNull();
    const [published] = await settled(h, agency, postId, 1);
    expect(published).toMatchObject({ status: PublicationStatus.Published, attempts: 3 });
    expect(await sentTo(h, flaky)).toHaveLength(1);
  });

  it('refuses to retry what the network refused, saying why', async () => {
    const strict = await connectAccount(h, agency.owner, agency.brand.id, Network.Mastodon);
    await h.sandbox.client.addFault({
      network: 'mastodon',
      accountId: strict.sandbox.externalId,
      kind: 'fail',
      status: 422,
      count: 1,
    });
    const { postId } = await schedulePost(h, agency, [strict], {
      dueAt: new Date(Date.now() + 500),
      text: 'Refusé',
    });
    const [failed] = await settled(h, agency, postId, 1);
    expect(failed.status).toBe(PublicationStatus.Failed);
    expect(failed.canRetry).toBe(false);
    const refused = await failure(retry(agency.owner, failed.id));
    expect(refused.code).toBe(ErrorCode.Conflict);
    expect(refused.message).toContain('failed because');
  });
});
