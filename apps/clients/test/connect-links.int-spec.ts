import {
  AuthResult,
  BrandView,
  ClientsSubjects,
  ConnectLinkPublicView,
  ConnectLinkView,
  ConnectionStatus,
  ErrorCode,
  Network,
  Role,
} from '@relais/contracts';
import { anonymous, as, failure, SandboxNetworks } from '@relais/server-testing';
import { ClientsHarness } from './support/clients-harness';
import {
  completeConnection,
  consent,
  getConnection,
  provision,
  startClientsWithNetworks,
  startConnection,
} from './support/connections';
import { createBrand, join, signUp } from './support/fixtures';

describe('connect links', () => {
  let h: ClientsHarness;
  let sandbox: SandboxNetworks;
  let close: () => Promise<void>;
  let owner: AuthResult;
  let verdure: BrandView;
  let brooklyn: BrandView;

  const createLink = (actor: AuthResult, data: Record<string, unknown>) =>
    h.call<ConnectLinkView>(ClientsSubjects.connection.createLink, as(actor), data);
  const tokenOf = (link: ConnectLinkView) => (link.url as string).split('/').pop() as string;

  beforeAll(async () => {
    ({ h, sandbox, close } = await startClientsWithNetworks());
    owner = await signUp(h, { agencyName: 'Agence Verdure' });
    verdure = await createBrand(h, owner, 'Maison Verdure');
    brooklyn = await createBrand(h, owner, 'Brooklyn Bakery');
  });
  afterAll(() => close());

  it('hands out a link stored only hashed, audited, that opens on the brand', async () => {
    const link = await createLink(owner, {
      brandId: verdure.id,
      networks: [Network.X, Network.LinkedIn],
      recipientEmail: 'camille@verdure.example',
    });
    expect(link).toMatchObject({
      brandId: verdure.id,
      networks: [Network.X, Network.LinkedIn],
      recipientEmail: 'camille@verdure.example',
      createdBy: owner.user.id,
      revokedAt: null,
    });
    expect(link.url).toMatch(/^http:\/\/console\.relais\.test\/connect\/[A-Za-z0-9_-]{43}$/);
    const stored = await h.sql<{ token_hash: Buffer }>(
      `SELECT token_hash FROM clients.connect_links WHERE id = $1`,
      [link.id],
    );
    expect(stored[0].token_hash.toString('base64url')).not.toBe(tokenOf(link));
    const audit = await h.sql<{ action: string }>(
      `SELECT action FROM clients.audit_log WHERE target_id = $1`,
      [link.id],
    );
    expect(audit).toEqual([{ action: 'connect_link.created' }]);

    const opened = await h.call<ConnectLinkPublicView>(ClientsSubjects.connection.openLink, anonymous(), {
      linkToken: tokenOf(link),
    });
    expect(opened).toMatchObject({
      brandName: 'Maison Verdure',
      agencyName: 'Agence Verdure',
      networks: [Network.X, Network.LinkedIn],
    });
    const listed = await h.call<ConnectLinkView[]>(ClientsSubjects.connection.listLinks, as(owner), {
      brandId: verdure.id,
    });
    expect(listed.map((each) => each.id)).toContain(link.id);
    expect(listed.every((each) => each.url === undefined)).toBe(true);
  });

  it('connects the brand’s own accounts through the link, only its brand and networks', async () => {
    const link = await createLink(owner, { brandId: verdure.id, networks: [Network.X] });
    const holder = { linkToken: tokenOf(link) };
    const x = await provision(sandbox, { network: 'x' });

    const otherBrand = await failure(
      startConnection(h, holder, { brandId: brooklyn.id, network: Network.X }),
    );
    expect(otherBrand.code).toBe(ErrorCode.NotFound);
    const otherNetwork = await failure(startConnection(h, holder, { network: Network.LinkedIn }));
    expect(otherNetwork.code).toBe(ErrorCode.Forbidden);

    const started = await startConnection(h, holder, { network: Network.X });
    const done = await completeConnection(h, holder, { ...(await consent(started.authorizeUrl, x.handle)) });
    expect(done).toMatchObject({ status: ConnectionStatus.Connected, origin: 'link', brandId: verdure.id });
    const audit = await h.sql<{ action: string; actor_user_id: string | null }>(
      `SELECT action, actor_user_id FROM clients.audit_log WHERE target_id = $1`,
      [done.accountIds[0]],
    );
    expect(audit).toEqual([{ action: 'account.connected', actor_user_id: null }]);
    await expect(getConnection(h, holder, started.connectionId)).resolves.toMatchObject({
      id: started.connectionId,
    });
  });

  it('lets no one but its starter finish a connection: another link, or a member', async () => {
    const link = await createLink(owner, { brandId: verdure.id });
    const other = await createLink(owner, { brandId: verdure.id });
    const x = await provision(sandbox, { network: 'x' });
    const started = await startConnection(h, { linkToken: tokenOf(link) }, { network: Network.X });
    const answer = await consent(started.authorizeUrl, x.handle);
    const FORBIDDEN = {
      code: ErrorCode.Forbidden,
      message: 'Only the person who started this connection can finish it',
    };
    expect(await failure(completeConnection(h, { linkToken: tokenOf(other) }, { ...answer }))).toEqual(
      FORBIDDEN,
    );
    expect(await failure(completeConnection(h, owner, { ...answer }))).toEqual(FORBIDDEN);

    const byOwner = await startConnection(h, owner, { brandId: verdure.id, network: Network.X });
    const ownerAnswer = await consent(byOwner.authorizeUrl, x.handle);
    expect(await failure(completeConnection(h, { linkToken: tokenOf(link) }, { ...ownerAnswer }))).toEqual(
      FORBIDDEN,
    );
    expect(await failure(getConnection(h, { linkToken: tokenOf(link) }, byOwner.connectionId))).toEqual(
      FORBIDDEN,
    );
  });

  it('refuses a revoked or expired link, and a made-up one', async () => {
    const revoked = await createLink(owner, { brandId: verdure.id });
    const revokedView = await h.call<ConnectLinkView>(ClientsSubjects.connection.revokeLink, as(owner), {
      id: revoked.id,
    });
    expect(revokedView.revokedAt).not.toBeNull();
    const refusedRevoked = await failure(
      startConnection(h, { linkToken: tokenOf(revoked) }, { network: Network.X }),
    );
    expect(refusedRevoked).toEqual({
      code: ErrorCode.Forbidden,
      message: 'This connect link was revoked; ask the agency for a new one',
    });

    const expired = await createLink(owner, { brandId: verdure.id, expiresInHours: 1 });
    await h.sql(`UPDATE clients.connect_links SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      expired.id,
    ]);
    const refusedExpired = await failure(
      h.call(ClientsSubjects.connection.openLink, anonymous(), { linkToken: tokenOf(expired) }),
    );
    expect(refusedExpired.message).toBe('This connect link has expired; ask the agency for a new one');

    const madeUp = await failure(
      h.call(ClientsSubjects.connection.openLink, anonymous(), { linkToken: 'x'.repeat(43) }),
    );
    expect(madeUp).toEqual({ code: ErrorCode.Unauthenticated, message: 'This connect link is not valid' });
  });

  it('is created only by roles that connect accounts', async () => {
    const analyst = await join(h, owner, { role: Role.Analyst });
    expect((await failure(createLink(analyst, { brandId: verdure.id }))).code).toBe(ErrorCode.Forbidden);
    const approver = await join(h, owner, { role: Role.BrandApprover, brandIds: [verdure.id] });
    expect((await failure(createLink(approver, { brandId: verdure.id }))).code).toBe(ErrorCode.Forbidden);
  });
});
