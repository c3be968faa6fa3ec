import {
  AuthResult,
  ClientsEvents,
  ClientsSubjects,
  ErrorCode,
  RevokedSession,
  SessionEndReason,
} from '@relais/contracts';
import { anonymous, failure } from '@relais/server-testing';
import { ClientsHarness, startClients } from './support/clients-harness';
import { signUp } from './support/fixtures';

const ISO_MICROSECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;

describe('clients sessions: revocations announced to the gateways', () => {
  let h: ClientsHarness;
  const startedAt = new Date(Date.now() - 1000).toISOString();

  beforeAll(async () => {
    h = await startClients();
  });
  afterAll(() => h.close());

  const refresh = (refreshToken: string) =>
    h.call<AuthResult>(ClientsSubjects.auth.refresh, anonymous(), { refreshToken });
  const signOut = (refreshToken: string) =>
    h.call<boolean>(ClientsSubjects.auth.signOut, anonymous(), { refreshToken });
  const revokedSince = (data: Record<string, unknown>) =>
    h.call<RevokedSession[]>(ClientsSubjects.session.revokedSince, anonymous(), data);
  const announced = (sessionId: string) =>
    h.sql<{ subject: string; agency_id: string; data: { sessions: RevokedSession[]; reason: string } }>(
      `SELECT subject, agency_id, payload->'data' AS data FROM clients.outbox
        WHERE subject = $1 AND payload->'data'->'sessions' @> $2::jsonb ORDER BY created_at`,
      [ClientsEvents.sessionsRevoked, JSON.stringify([{ sessionId }])],
    );

  it('keeps one session id across rotations, the one access tokens carry', async () => {
    const auth = await signUp(h);
    const rotated = await refresh(auth.refreshToken);
    expect(rotated.sessionId).toBe(auth.sessionId);
    expect(auth.refreshToken.startsWith(auth.sessionId)).toBe(true);
    expect(rotated.refreshToken.startsWith(auth.sessionId)).toBe(false);
  });

  it('announces the session ended when a used refresh token comes back, once', async () => {
    const auth = await signUp(h);
    const rotated = await refresh(auth.refreshToken);
    expect((await failure(refresh(auth.refreshToken))).code).toBe(ErrorCode.Unauthenticated);
    expect((await failure(refresh(rotated.refreshToken))).code).toBe(ErrorCode.Unauthenticated);

    const events = await announced(auth.sessionId);
    expect(events).toEqual([
      {
        subject: ClientsEvents.sessionsRevoked,
        agency_id: auth.claims.agencyId,
        data: {
          sessions: [{ sessionId: auth.sessionId, revokedAt: expect.stringMatching(ISO_MICROSECONDS) }],
          reason: SessionEndReason.RefreshTokenReused,
        },
      },
    ]);
  });

  it('announces a sign-out, and nothing for a session already ended', async () => {
    const auth = await signUp(h);
    expect(await signOut(auth.refreshToken)).toBe(true);
    expect(await signOut(auth.refreshToken)).toBe(true);
    const events = await announced(auth.sessionId);
    expect(events.map((event) => event.data.reason)).toEqual([SessionEndReason.SignedOut]);
  });

  it('lists the sessions revoked since an instant, page by page', async () => {
    const first = await signUp(h);
    const second = await signUp(h);
    await signOut(first.refreshToken);
    await signOut(second.refreshToken);

    const all = await revokedSince({ since: startedAt });
    const ids = all.map((session) => session.sessionId);
    expect(ids).toEqual(expect.arrayContaining([first.sessionId, second.sessionId]));
    expect(ids.indexOf(first.sessionId)).toBeLessThan(ids.indexOf(second.sessionId));

    const pages: RevokedSession[] = [];
    let cursor: Record<string, unknown> = { since: startedAt };
    for (;;) {
      const page = await revokedSince({ ...cursor, limit: 1 });
      if (page.length === 0) break;
      pages.push(...page);
      cursor = { since: page[0].revokedAt, afterSessionId: page[0].sessionId };
    }
    expect(pages).toEqual(all);

    const last = all[all.length - 1];
    expect(await revokedSince({ since: last.revokedAt, afterSessionId: last.sessionId })).toEqual([]);
    expect((await failure(revokedSince({ since: 'yesterday' }))).code).toBe(ErrorCode.BadUserInput);
  });
});
