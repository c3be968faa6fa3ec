import { PublishFailureCode } from '@relais/contracts';
import { noAnswerOutcome } from './publish-outcomes';
import { oauthRefusalIsPermanent, readTokenAnswer } from './oauth-refresh';
import { NOW, answer } from '../../test/networks/answer';

describe('shared outcomes', () => {
  it('no answer: retried when nothing was sent, unknown otherwise', () => {
    expect(noAnswerOutcome('X', { kind: 'not_sent', reason: 'the connection was refused' })).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.NetworkUnavailable,
      retryable: true,
    });
    expect(noAnswerOutcome('X', { kind: 'unknown', reason: 'no answer came in time' })).toEqual({
      kind: 'unknown',
      message:
        'X did not answer (no answer came in time); the post may or may not have gone out, it is being checked.',
    });
  });

  it('token endpoints: 400/401 are permanent refusals; a success gives the new tokens and expiry', () => {
    expect(oauthRefusalIsPermanent(400)).toBe(true);
    expect(oauthRefusalIsPermanent(401)).toBe(true);
    expect(oauthRefusalIsPermanent(503)).toBe(false);
    expect(
      readTokenAnswer(answer(200, { access_token: 'a', refresh_token: 'r', expires_in: 7200 }), NOW),
    ).toEqual({
      accessToken: 'a',
      refreshToken: 'r',
      expiresAt: new Date(NOW.getTime() + 7_200_000),
    });
    expect(readTokenAnswer(answer(200, { access_token: 'a' }), NOW)).toEqual({
      accessToken: 'a',
      refreshToken: null,
      expiresAt: null,
    });
  });
});
