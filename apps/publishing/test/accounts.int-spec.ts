import { ClientsSubjects, Network, PublicationStatus, PublishFailureCode } from '@relais/contracts';
import {
  connectAccount,
  createAgency,
  createBrand,
  publicationsOf,
  schedulePost,
  settled,
} from './support/fixtures';
import { PublishingHarness, startPublishing } from './support/publishing-harness';
import { as, waitFor } from '@relais/server-testing';

/** What clients says about accounts and brands changes what waits to be published, visibly. */
describe('accounts and brands changing under scheduled posts', () => {
  let h: PublishingHarness;

  beforeAll(async () => {
    h = await startPublishing();
  }, 120_000);

  afterAll(() => h?.close());

  it('fails what waits for a disconnected account, and only that', async () => {
    const agency = await createAgency(h);
    const gone = await connectAccount(h, agency.owner, agency.brand.id, Network.Mastodon);
    const kept = await connectAccount(h, agency.owner, agency.brand.id, Network.Mastodon);
    const { postId } = await schedulePost(h, agency, [gone, kept], {
      dueAt: new Date(Date.now() + 3600_000),
    });
    await waitFor(async () => (await publicationsOf(h, agency, postId)).length === 2);
    await h.call(ClientsSubjects.account.disconnect, as(agency.owner), { id: gone.account.id });
    const list = await waitFor(async () => {
      const all = await publicationsOf(h, agency, postId);
      return all.some((p) => p.status === PublicationStatus.Failed) ? all : null;
    });
    const byAccount = new Map(list.map((p) => [p.accountId, p]));
    expect(byAccount.get(gone.account.id)?.failure?.code).toBe(PublishFailureCode.AccountDisconnected);
    expect(byAccount.get(kept.account.id)?.status).toBe(PublicationStatus.Pending);
  });

  it('fails what waits for an archived brand, not another brand’s posts', async () => {
    const agency = await createAgency(h);
    const otherBrand = await createBrand(h, agency.owner, 'Marque gardée', 'Europe/Paris');
    const archivedAccount = await connectAccount(h, agency.owner, agency.brand.id, Network.Mastodon);
    const keptAccount = await connectAccount(h, agency.owner, otherBrand.id, Network.Mastodon);
    const archived = await schedulePost(h, agency, [archivedAccount], {
      dueAt: new Date(Date.now() + 3600_000),
    });
    const kept = await schedulePost(h, { owner: agency.owner, brand: otherBrand }, [keptAccount], {
      dueAt: new Date(Date.now() + 3600_000),
    });
    await waitFor(async () => (await publicationsOf(h, agency, kept.postId)).length === 1);
    await h.call(ClientsSubjects.brand.archive, as(agency.owner), { id: agency.brand.id });
    const [failed] = await settled(h, agency, archived.postId, 1);
    expect(failed.failure?.code).toBe(PublishFailureCode.BrandArchived);
    const [waiting] = await publicationsOf(h, agency, kept.postId);
    expect(waiting.status).toBe(PublicationStatus.Pending);
  });
});
