import { BlueskySessions, jwtExpiry } from './bluesky-sessions';

function jwt(exp: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'ES256K' })}.${part({ sub: 'did:plc:x', exp })}.signature`;
}

describe('BlueskySessions', () => {
  it('reads the expiry of an access JWT', () => {
    expect(jwtExpiry(jwt(1_800_000_000))).toEqual(new Date(1_800_000_000_000));
    expect(jwtExpiry('not-a-jwt')).toBeNull();
  });

  it('swaps stale tokens for the renewed session, and lets a reconnection win', () => {
    const sessions = new BlueskySessions();
    expect(sessions.accessJwt('a', 'old')).toBe('old');
    sessions.remember('a', 'old', { accessJwt: 'new', refreshJwt: 'refresh-2', expiresAt: null });
    expect(sessions.accessJwt('a', 'old')).toBe('new');
    expect(sessions.refreshJwt('a', 'old', 'refresh-1')).toBe('refresh-2');
    sessions.remember('a', 'new', { accessJwt: 'newer', refreshJwt: 'refresh-3', expiresAt: null });
    expect(sessions.accessJwt('a', 'old')).toBe('newer');
    expect(sessions.accessJwt('b', 'old')).toBe('old');
    expect(sessions.accessJwt('a', 'reconnected')).toBe('reconnected');
    expect(sessions.accessJwt('a', 'old')).toBe('old');
  });
});
