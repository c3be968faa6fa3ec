import {
  AuthResult,
  ClientsEvents,
  ClientsSubjects,
  ErrorCode,
  Locale,
  MeView,
  Role,
} from '@relais/contracts';
import { anonymous, envelopeOf, failure } from '@relais/server-testing';
import { ClientsHarness, startClients } from './support/clients-harness';
import { email, PASSWORD, signUp } from './support/fixtures';

describe('clients auth: sign-up, sign-in, sessions', () => {
  let h: ClientsHarness;

  beforeAll(async () => {
    h = await startClients({ SIGNIN_MAX_ATTEMPTS: '3', SIGNIN_MAX_ATTEMPTS_PER_IP: '6' });
  });
  afterAll(() => h.close());

  const signIn = (data: Record<string, unknown>) =>
    h.call<AuthResult>(ClientsSubjects.auth.signIn, anonymous(), data);
  const refresh = (data: Record<string, unknown>) =>
    h.call<AuthResult>(ClientsSubjects.auth.refresh, anonymous(), data);

  describe('sign-up', () => {
    it('creates the agency, its owner and a session, and can be read back with me', async () => {
      const address = email('Camille');
      const auth = await signUp(h, {
        agencyName: 'Agence Lumière',
        email: address.toUpperCase(),
        name: 'Camille',
      });

      expect(auth.user).toEqual({
        id: auth.claims.userId,
        email: address.toLowerCase(),
        name: 'Camille',
        locale: Locale.Fr,
      });
      expect(auth.claims).toEqual({
        agencyId: expect.any(String),
        userId: auth.user.id,
        role: Role.Owner,
        brandIds: null,
      });
      expect(auth.agencies).toEqual([{ id: auth.claims.agencyId, name: 'Agence Lumière', role: Role.Owner }]);
      expect(auth.refreshToken).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
      expect(new Date(auth.refreshExpiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);

      const me = await h.call<MeView>(ClientsSubjects.user.me, envelopeOf(auth.claims));
      expect(me.agency).toMatchObject({
        name: 'Agence Lumière',
        slug: 'agence-lumiere',
        defaultLocale: Locale.Fr,
      });
      expect(me.role).toBe(Role.Owner);
    });

    it('gives agencies with the same name distinct slugs', async () => {
      const first = await signUp(h, { agencyName: 'Studio Nord' });
      const second = await signUp(h, { agencyName: 'Studio  Nord!' });
      const slugs = await h.sql<{ slug: string }>(
        `SELECT slug FROM clients.agencies WHERE id = ANY($1) ORDER BY slug`,
        [[first.claims.agencyId, second.claims.agencyId]],
      );
      expect(slugs.map((row) => row.slug)).toEqual(['studio-nord', 'studio-nord-2']);
    });

    it('refuses an e-mail that is already registered, whatever its case, and leaves nothing behind', async () => {
      const address = email('taken');
      await signUp(h, { email: address });
      const error = await failure(
        signUp(h, { email: address.toUpperCase(), agencyName: 'Second Agency Attempt' }),
      );
      expect(error.code).toBe(ErrorCode.Conflict);
      expect(error.fields).toEqual([
        { field: 'email', message: 'is already registered', constraint: 'taken' },
      ]);
      const orphans = await h.sql(`SELECT id FROM clients.agencies WHERE name = 'Second Agency Attempt'`);
      expect(orphans).toHaveLength(0);
    });

    it('names every invalid field', async () => {
      const error = await failure(
        h.call(ClientsSubjects.auth.signUp, anonymous(), {
          agencyName: 'A',
          name: 'Someone',
          email: 'not-an-email',
          password: 'short',
          locale: 'de',
        }),
      );
      expect(error.code).toBe(ErrorCode.BadUserInput);
      expect(error.fields?.map((f) => f.field).sort()).toEqual(['agencyName', 'email', 'locale', 'password']);
    });

    it('writes the sign-up to the audit log and the agency-created event to the outbox', async () => {
      const auth = await signUp(h, { agencyName: 'Audit Works' });
      const audit = await h.sql<{ action: string; actor_name: string }>(
        `SELECT action, actor_name FROM clients.audit_log WHERE agency_id = $1`,
        [auth.claims.agencyId],
      );
      expect(audit).toEqual([{ action: 'auth.signed_up', actor_name: 'Olivia Owner' }]);
      const events = await h.sql<{ subject: string }>(
        `SELECT subject FROM clients.outbox WHERE agency_id = $1 ORDER BY subject`,
        [auth.claims.agencyId],
      );
      expect(events.map((e) => e.subject)).toEqual(
        [ClientsEvents.agencyCreated, ClientsEvents.memberJoined].sort(),
      );
    });
  });

  describe('sign-in', () => {
    it('signs in with the right password, in any letter case of the e-mail', async () => {
      const address = email('signin');
      const created = await signUp(h, { email: address });
      const auth = await signIn({ email: address.toUpperCase(), password: PASSWORD, ip: '203.0.113.7' });
      expect(auth.claims).toEqual(created.claims);
      expect(auth.refreshToken).not.toBe(created.refreshToken);
      const [entry] = await h.sql<{ action: string; ip: string }>(
        `SELECT action, host(ip) AS ip FROM clients.audit_log WHERE agency_id = $1 AND action = 'auth.signed_in'`,
        [created.claims.agencyId],
      );
      expect(entry).toEqual({ action: 'auth.signed_in', ip: '203.0.113.7' });
    });

    it('answers a wrong password and an unknown e-mail the same way', async () => {
      const address = email('same-answer');
      const created = await signUp(h, { email: address });
      const wrongPassword = await failure(signIn({ email: address, password: 'not the password' }));
      const unknownEmail = await failure(signIn({ email: email('nobody'), password: PASSWORD }));
      expect(wrongPassword).toEqual({
        code: ErrorCode.Unauthenticated,
        message: 'Incorrect e-mail or password',
      });
      expect(unknownEmail).toEqual(wrongPassword);
      const failures = await h.sql(
        `SELECT 1 FROM clients.audit_log WHERE agency_id = $1 AND action = 'auth.sign_in_failed'`,
        [created.claims.agencyId],
      );
      expect(failures).toHaveLength(1);
    });

    it('refuses to open an agency the user does not belong to', async () => {
      const address = email('agency-choice');
      const auth = await signUp(h, { email: address });
      const otherAgency = (await signUp(h)).claims.agencyId;
      const refused = await failure(signIn({ email: address, password: PASSWORD, agencyId: otherAgency }));
      const missing = await failure(
        signIn({ email: address, password: PASSWORD, agencyId: '0a6e0c1e-0000-4000-8000-000000000000' }),
      );
      expect(refused).toEqual({ code: ErrorCode.NotFound, message: 'Agency not found' });
      expect(missing).toEqual(refused);
      const again = await signIn({ email: address, password: PASSWORD });
      expect(again.claims.agencyId).toBe(auth.claims.agencyId);
    });
  });

  describe('rate limiting', () => {
    it('blocks an e-mail after too many failures, even with the right password, and says when to retry', async () => {
      const address = email('limited');
      await signUp(h, { email: address });
      for (let i = 0; i < 3; i++) {
        expect((await failure(signIn({ email: address, password: `wrong-${i}` }))).code).toBe(
          ErrorCode.Unauthenticated,
        );
      }
      const blocked = await failure(signIn({ email: address, password: PASSWORD }));
      expect(blocked.code).toBe(ErrorCode.RateLimited);
      expect(blocked.message).toMatch(/Too many sign-in attempts\. Try again in 15 minutes\./);
      expect(blocked.retryAfter).toBeGreaterThan(14 * 60);
      expect(blocked.retryAfter).toBeLessThanOrEqual(15 * 60);
      const counters = await h.sql<{ key: string }>(`SELECT key FROM clients.sign_in_limits`);
      expect(counters.some((row) => row.key.includes(address))).toBe(false);
    });

    it('clears the e-mail counter after a successful sign-in', async () => {
      const address = email('forgiven');
      await signUp(h, { email: address });
      await failure(signIn({ email: address, password: 'wrong-1' }));
      await failure(signIn({ email: address, password: 'wrong-2' }));
      await signIn({ email: address, password: PASSWORD });
      await failure(signIn({ email: address, password: 'wrong-3' }));
      await failure(signIn({ email: address, password: 'wrong-4' }));
      await expect(signIn({ email: address, password: PASSWORD })).resolves.toBeDefined();
    });

    it('blocks an IP that fails on many e-mails', async () => {
      const ip = '198.51.100.23';
      for (let i = 0; i < 6; i++) {
        await failure(signIn({ email: email(`spray-${i}`), password: 'guess', ip }));
      }
      const blocked = await failure(signIn({ email: email('spray-last'), password: 'guess', ip }));
      expect(blocked.code).toBe(ErrorCode.RateLimited);
      const otherIp = await failure(
        signIn({ email: email('spray-last'), password: 'guess', ip: '198.51.100.24' }),
      );
      expect(otherIp.code).toBe(ErrorCode.Unauthenticated);
    });
  });

  describe('refresh tokens', () => {
    it('rotate on every use; presenting a rotated token ends the whole family', async () => {
      const auth = await signUp(h);
      const second = await refresh({ refreshToken: auth.refreshToken });
      expect(second.refreshToken).not.toBe(auth.refreshToken);
      expect(second.claims).toEqual(auth.claims);
      const third = await refresh({ refreshToken: second.refreshToken });

      const reuse = await failure(refresh({ refreshToken: auth.refreshToken }));
      expect(reuse.code).toBe(ErrorCode.Unauthenticated);
      expect(reuse.message).toMatch(/used from somewhere else/);

      const afterReuse = await failure(refresh({ refreshToken: third.refreshToken }));
      expect(afterReuse).toEqual({
        code: ErrorCode.Unauthenticated,
        message: 'Your session has ended, sign in again',
      });

      const [family] = await h.sql<{ rows: number; revoked: number }>(
        `SELECT count(*)::int AS rows, count(revoked_at)::int AS revoked FROM clients.sessions WHERE user_id = $1`,
        [auth.user.id],
      );
      expect(family).toEqual({ rows: 3, revoked: 3 });
      const audit = await h.sql(
        `SELECT 1 FROM clients.audit_log WHERE agency_id = $1 AND action = 'auth.refresh_reuse_detected'`,
        [auth.claims.agencyId],
      );
      expect(audit).toHaveLength(1);
    });

    it('keep only a hash of the secret', async () => {
      const auth = await signUp(h);
      const [sessionId, secret] = auth.refreshToken.split('.');
      const [row] = await h.sql<{ secret_hash: Buffer }>(
        `SELECT secret_hash FROM clients.sessions WHERE id = $1`,
        [sessionId],
      );
      expect(row.secret_hash.toString('base64url')).not.toBe(secret);
      expect(row.secret_hash.includes(Buffer.from(secret))).toBe(false);
    });

    it('refuse malformed, forged and expired tokens', async () => {
      const auth = await signUp(h);
      const [sessionId] = auth.refreshToken.split('.');
      const forged = `${sessionId}.${'A'.repeat(43)}`;
      for (const refreshToken of ['x'.repeat(40), forged]) {
        expect((await failure(refresh({ refreshToken }))).code).toBe(ErrorCode.Unauthenticated);
      }
      // A forged secret changes nothing: the real token still works.
      const rotated = await refresh({ refreshToken: auth.refreshToken });
      await h.sql(`UPDATE clients.sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
        auth.user.id,
      ]);
      expect((await failure(refresh({ refreshToken: rotated.refreshToken }))).code).toBe(
        ErrorCode.Unauthenticated,
      );
    });

    it('end with sign-out, for the whole family', async () => {
      const auth = await signUp(h);
      const rotated = await refresh({ refreshToken: auth.refreshToken });
      await expect(
        h.call(ClientsSubjects.auth.signOut, anonymous(), { refreshToken: rotated.refreshToken }),
      ).resolves.toBe(true);
      expect((await failure(refresh({ refreshToken: rotated.refreshToken }))).code).toBe(
        ErrorCode.Unauthenticated,
      );
      await expect(
        h.call(ClientsSubjects.auth.signOut, anonymous(), { refreshToken: rotated.refreshToken }),
      ).resolves.toBe(true);
    });
  });

  describe('profile', () => {
    it('changes name, language and password', async () => {
      const address = email('profile');
      const auth = await signUp(h, { email: address });
      const envelope = envelopeOf(auth.claims);
      const user = await h.call(ClientsSubjects.user.updateProfile, envelope, {
        name: 'Renamed',
        locale: Locale.En,
      });
      expect(user).toMatchObject({ name: 'Renamed', locale: Locale.En });

      const wrong = await failure(
        h.call(ClientsSubjects.user.changePassword, envelope, {
          currentPassword: 'nope',
          newPassword: 'a brand new secret',
        }),
      );
      expect(wrong.fields).toEqual([{ field: 'currentPassword', message: 'is not your current password' }]);
      await h.call(ClientsSubjects.user.changePassword, envelope, {
        currentPassword: PASSWORD,
        newPassword: 'a brand new secret',
      });
      await expect(signIn({ email: address, password: 'a brand new secret' })).resolves.toBeDefined();
      expect((await failure(signIn({ email: address, password: PASSWORD }))).code).toBe(
        ErrorCode.Unauthenticated,
      );
    });
  });
});
