import { Network } from '@relais/contracts';
import { TokenSigner } from './token-signer';

describe('TokenSigner', () => {
  const signer = new TokenSigner('a-sandbox-secret-of-enough-length-for-tests');
  const now = Date.UTC(2026, 10, 24, 12);
  const base = { network: Network.X, accountId: '1234', use: 'access' as const, issuedAt: now };

  it('reads back what it signed, as a JWT', () => {
    const token = signer.sign({ ...base, expiresAt: now + 60_000 });
    expect(token.split('.')).toHaveLength(3);
    const check = signer.verify(token, Network.X, 'access', now + 1000);
    expect(check).toEqual({
      ok: true,
      claims: expect.objectContaining({ network: Network.X, accountId: '1234', expiresAt: now + 60_000 }),
    });
  });

  it('refuses a token once expired, and says so', () => {
    const token = signer.sign({ ...base, expiresAt: now + 60_000 });
    expect(signer.verify(token, Network.X, 'access', now + 60_000)).toMatchObject({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses a token signed with another secret or altered', () => {
    const other = new TokenSigner('another-secret-of-enough-length-for-the-test').sign({
      ...base,
      expiresAt: now + 60_000,
    });
    expect(signer.verify(other, Network.X, 'access', now)).toEqual({ ok: false, reason: 'bad_signature' });
    const token = signer.sign({ ...base, expiresAt: now + 60_000 });
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: '9999', net: 'x', use: 'access', exp: 9e9 })).toString(
      'base64url',
    );
    expect(signer.verify(`${header}.${forged}.${signature}`, Network.X, 'access', now)).toMatchObject({
      ok: false,
    });
    expect(signer.verify('not-a-token', Network.X, 'access', now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('keeps networks and uses apart', () => {
    const token = signer.sign({ ...base, expiresAt: now + 60_000 });
    expect(signer.verify(token, Network.Mastodon, 'access', now)).toMatchObject({ reason: 'wrong_network' });
    expect(signer.verify(token, Network.X, 'refresh', now)).toMatchObject({ reason: 'wrong_use' });
  });

  it('gives two tokens signed at the same instant different ids', () => {
    const a = signer.sign({ ...base, expiresAt: now + 1 });
    const b = signer.sign({ ...base, expiresAt: now + 1 });
    expect(a).not.toEqual(b);
  });
});
