import { Network } from '@relais/contracts';
import { AuthorizationCodeRepository, AuthorizationGrant } from './authorization-code.repository';

describe('AuthorizationCodeRepository', () => {
  const grant: AuthorizationGrant = {
    network: Network.X,
    clientId: 'relais-local',
    redirectUri: 'http://127.0.0.1:5173/connect/callback',
    codeChallenge: null,
    scopes: ['tweet.write'],
    accountId: '42',
  };

  it('redeems a code once, then says it was used', () => {
    const codes = new AuthorizationCodeRepository(600_000);
    const code = codes.issue(grant, 1000);
    expect(codes.issue(grant, 1000)).not.toBe(code);
    expect(codes.redeem(Network.X, code, 2000)).toEqual({ ok: true, grant });
    expect(codes.redeem(Network.X, code, 2000)).toEqual({ ok: false, reason: 'used', grant });
  });

  it('refuses a code once its time has passed, on another network, or never issued', () => {
    const codes = new AuthorizationCodeRepository(10_000);
    const code = codes.issue(grant, 1000);
    expect(codes.redeem(Network.Mastodon, code, 2000)).toEqual({ ok: false, reason: 'unknown' });
    expect(codes.redeem(Network.X, code, 11_000)).toEqual({ ok: false, reason: 'expired', grant });
    expect(codes.redeem(Network.X, 'made-up', 2000)).toEqual({ ok: false, reason: 'unknown' });
  });
});
