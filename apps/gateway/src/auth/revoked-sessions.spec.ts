import { RevokedSessions } from './revoked-sessions';

const SESSION = '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a98';
const OTHER = '7d6c5b4a-3e2f-4a1b-8c9d-0e1f2a3b4c5d';
const at = (iso: string) => Date.parse(iso) / 1000;

describe('RevokedSessions', () => {
  let now = Date.parse('2026-03-01T10:00:00Z');
  const revoked = new RevokedSessions(905, () => now);

  it('refuses the tokens of a revoked session issued up to its revocation, and only those', () => {
    revoked.add({ sessionId: SESSION, revokedAt: '2026-03-01T09:59:30.250000Z' });
    expect(revoked.isRevoked(SESSION, at('2026-03-01T09:50:00Z'))).toBe(true);
    expect(revoked.isRevoked(SESSION, at('2026-03-01T09:59:30Z'))).toBe(true);
    expect(revoked.isRevoked(SESSION, at('2026-03-01T09:59:31Z'))).toBe(false);
    expect(revoked.isRevoked(OTHER, at('2026-03-01T09:50:00Z'))).toBe(false);
  });

  it('keeps the latest revocation of a session', () => {
    revoked.add({ sessionId: SESSION, revokedAt: '2026-03-01T09:40:00Z' });
    expect(revoked.isRevoked(SESSION, at('2026-03-01T09:59:00Z'))).toBe(true);
  });

  it('forgets a revocation once every token it concerned has expired', () => {
    revoked.add({ sessionId: OTHER, revokedAt: '2026-03-01T09:45:00Z' });
    expect(revoked.size).toBe(2);
    now = Date.parse('2026-03-01T10:00:06Z');
    revoked.prune();
    expect(revoked.size).toBe(1);
    expect(revoked.isRevoked(OTHER, at('2026-03-01T09:44:00Z'))).toBe(false);
    revoked.add({ sessionId: OTHER, revokedAt: '2026-03-01T09:44:00Z' });
    expect(revoked.size).toBe(1);
    expect(revoked.since().toISOString()).toBe('2026-03-01T09:45:02.000Z');
  });
});
