import {
  AccountCredentialsView,
  AccountStatus,
  ClientsSubjects,
  Network,
  PublicationStatus,
  PublishFailureCode,
  SocialAccountView,
} from '@relais/contracts';
import { as, system, waitFor } from '@relais/server-testing';
import {
  Agency,
  connectAccount,
  createAgency,
  publicationsOf,
  schedulePost,
  sentTo,
  settled,
} from './support/fixtures';
import { PublishingHarness, startPublishing } from './support/publishing-harness';

describe('token refreshes', () => {
  let h: PublishingHarness;
  let agency: Agency;

  beforeAll(async () => {
    h = await startPublishing();
    agency = await createAgency(h);
  }, 120_000);

  afterAll(() => h?.close());

  /** Makes the account's scheduled refresh due now (instead of ten minutes before its token expires). */
  async function refreshNow(accountId: string) {
    await waitFor(async () => {
      const rows = await h.sql(
        `UPDATE publishing.token_refreshes SET due_at = now() WHERE account_id = $1 AND status = 'scheduled' RETURNING 1`,
        [accountId],
      );
      return rows.length > 0;
    });
    await h.sql(`SELECT pg_notify('publishing_due', '')`);
  }

  it('stores renewed tokens through clients and publishes with them', async () => {
    const x = await connectAccount(h, agency.owner, agency.brand.id, Network.X, { tokenTtlSeconds: 7200 });
    await refreshNow(x.account.id);
    await waitFor(async () => {
      const [row] = await h.sql<{ status: string }>(
        `SELECT status FROM publishing.token_refreshes WHERE account_id = $1`,
        [x.account.id],
      );
      // The stored tokens come back as a reconnection: the next refresh is scheduled from the new expiry.
      return (
        row?.status === 'scheduled' && (await credentials(x.account.id)).accessToken !== x.sandbox.accessToken
      );
    });
    const { postId } = await schedulePost(h, agency, [x], {
      dueAt: new Date(Date.now() + 1000),
      text: 'Avec un jeton neuf',
    });
    const [publication] = await settled(h, agency, postId, 1);
    expect(publication.status).toBe(PublicationStatus.Published);
    expect(await sentTo(h, x)).toHaveLength(1);
  });

  it('flags the account through clients and fails its waiting publications visibly when the renewal is refused', async () => {
    const x = await connectAccount(h, agency.owner, agency.brand.id, Network.X, { tokenTtlSeconds: 7200 });
    const { postId } = await schedulePost(h, agency, [x], {
      dueAt: new Date(Date.now() + 3600_000),
      text: 'Jamais sans jeton',
    });
    await waitFor(async () => (await publicationsOf(h, agency, postId)).length === 1);
    await h.sandbox.client.addFault({
      network: 'x',
      accountId: x.sandbox.externalId,
      kind: 'refuse_refresh',
      count: 5,
    });
    await refreshNow(x.account.id);

    const [publication] = await settled(h, agency, postId, 1);
    expect(publication.status).toBe(PublicationStatus.Failed);
    expect(publication.failure?.code).toBe(PublishFailureCode.NeedsReconnection);
    expect(publication.canRetry).toBe(true);
    const account = await waitFor(async () => {
      const view = await h.call<SocialAccountView>(ClientsSubjects.account.get, as(agency.owner), {
        id: x.account.id,
      });
      return view.status === AccountStatus.NeedsReconnection ? view : null;
    });
    expect(account.statusReason).toBeTruthy();
    const [refresh] = await h.sql<{ status: string; last_error: string }>(
      `SELECT status, last_error FROM publishing.token_refreshes WHERE account_id = $1`,
      [x.account.id],
    );
    expect(refresh.status).toBe('failed');
    expect(await sentTo(h, x)).toHaveLength(0);
  });

  it('sends nothing on an account already flagged for reconnection: its post fails with that reason', async () => {
    const mastodon = await connectAccount(h, agency.owner, agency.brand.id, Network.Mastodon);
    await h.call(ClientsSubjects.account.markNeedsReconnection, system(agency.owner.claims.agencyId), {
      id: mastodon.account.id,
      reason: 'The network refused the access token; reconnect the account.',
    });
    const { postId } = await schedulePost(h, agency, [mastodon], {
      dueAt: new Date(Date.now() + 1000),
      text: 'Pas sur un compte à reconnecter',
    });
    const [publication] = await settled(h, agency, postId, 1);
    expect(publication.status).toBe(PublicationStatus.Failed);
    expect(publication.failure?.code).toBe(PublishFailureCode.NeedsReconnection);
    expect(publication.failure?.message).toContain('reconnect the account');
    expect(await sentTo(h, mastodon)).toHaveLength(0);
  });

  function credentials(accountId: string) {
    return h.call<AccountCredentialsView>(
      ClientsSubjects.account.credentials,
      system(agency.owner.claims.agencyId),
      { id: accountId },
    );
  }
});
