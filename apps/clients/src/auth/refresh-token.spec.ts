import { randomUUID } from 'node:crypto';
import {
  hashSecret,
  issueRefreshToken,
  judgeRefresh,
  parseRefreshToken,
  RefreshVerdict,
  secretMatches,
  SessionState,
} from './refresh-token';

describe('refresh tokens', () => {
  const sessionId = randomUUID();

  it('are `<session id>.<43 base64url characters>` and parse back', () => {
    const { token, secretHash } = issueRefreshToken(sessionId);
    expect(token).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    const parsed = parseRefreshToken(token);
    expect(parsed?.sessionId).toBe(sessionId);
    expect(secretHash.equals(hashSecret(parsed!.secret))).toBe(true);
    expect(secretHash).toHaveLength(32);
  });

  it('never store the secret itself', () => {
    const { token, secretHash } = issueRefreshToken(sessionId);
    const secret = token.split('.')[1];
    expect(secretHash.toString('base64url')).not.toBe(secret);
    expect(secretHash.toString('hex')).not.toContain(Buffer.from(secret).toString('hex'));
  });

  it('are different every time', () => {
    expect(issueRefreshToken(sessionId).token).not.toBe(issueRefreshToken(sessionId).token);
  });

  it.each([
    ['no dot', 'abc'],
    ['not a uuid', `not-a-uuid.${'a'.repeat(43)}`],
    ['short secret', `${randomUUID()}.abc`],
    ['bad characters', `${randomUUID()}.${'+'.repeat(43)}`],
    ['two parts of secret', `${randomUUID()}.${'a'.repeat(20)}.${'b'.repeat(22)}`],
  ])('reject a malformed token (%s)', (_case, token) => {
    expect(parseRefreshToken(token)).toBeNull();
  });

  it('compare secrets against the stored hash', () => {
    const { token, secretHash } = issueRefreshToken(sessionId);
    const { secret } = parseRefreshToken(token)!;
    expect(secretMatches(secret, secretHash)).toBe(true);
    const altered = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    expect(secretMatches(altered, secretHash)).toBe(false);
    expect(secretMatches(secret, Buffer.alloc(16))).toBe(false);
  });
});

describe('judgeRefresh', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const { token, secretHash } = issueRefreshToken(randomUUID());
  const { secret } = parseRefreshToken(token)!;
  const live: SessionState = {
    secretHash,
    expiresAt: new Date('2026-03-31T12:00:00Z'),
    rotatedAt: null,
    revokedAt: null,
  };

  it.each<[string, Partial<SessionState>, string, RefreshVerdict]>([
    ['a current token rotates', {}, secret, RefreshVerdict.Rotate],
    ['a wrong secret is invalid', {}, 'x'.repeat(43), RefreshVerdict.Invalid],
    [
      'a rotated token is reuse',
      { rotatedAt: new Date('2026-03-01T11:00:00Z') },
      secret,
      RefreshVerdict.Reused,
    ],
    [
      'a revoked family stays revoked',
      { revokedAt: new Date('2026-03-01T11:00:00Z') },
      secret,
      RefreshVerdict.Revoked,
    ],
    [
      'revocation wins over rotation',
      { rotatedAt: new Date('2026-03-01T10:00:00Z'), revokedAt: new Date('2026-03-01T11:00:00Z') },
      secret,
      RefreshVerdict.Revoked,
    ],
    ['an expired token expires', { expiresAt: now }, secret, RefreshVerdict.Expired],
    [
      'a wrong secret on a rotated token is only invalid',
      { rotatedAt: now },
      'y'.repeat(43),
      RefreshVerdict.Invalid,
    ],
  ])('%s', (_case, change, presented, verdict) => {
    expect(judgeRefresh({ ...live, ...change }, presented, now)).toBe(verdict);
  });
});
