import { classifyFetchError } from './http-call';

function fetchFailed(cause: object): Error {
  return Object.assign(new TypeError('fetch failed'), { cause });
}

describe('classifyFetchError', () => {
  it('knows nothing was sent when the connection was refused, the name did not resolve or TLS failed', () => {
    expect(classifyFetchError(fetchFailed({ code: 'ECONNREFUSED' }), false)).toEqual({
      kind: 'not_sent',
      reason: 'the connection was refused',
    });
    expect(classifyFetchError(fetchFailed({ code: 'ENOTFOUND' }), false).kind).toBe('not_sent');
    expect(classifyFetchError(fetchFailed(new Error('bad port')), false).kind).toBe('not_sent');
    expect(classifyFetchError(fetchFailed({ code: 'CERT_HAS_EXPIRED' }), false).kind).toBe('not_sent');
    expect(classifyFetchError(fetchFailed({ code: 'ERR_TLS_HANDSHAKE_TIMEOUT' }), false).kind).toBe(
      'not_sent',
    );
  });

  it('cannot tell after a timeout or a connection closed under way', () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(classifyFetchError(timeout, true)).toEqual({ kind: 'unknown', reason: 'no answer came in time' });
    expect(classifyFetchError(fetchFailed({ code: 'UND_ERR_SOCKET' }), false)).toEqual({
      kind: 'unknown',
      reason: 'the connection closed before the answer',
    });
    expect(classifyFetchError(fetchFailed({ code: 'ECONNRESET' }), false).kind).toBe('unknown');
    expect(classifyFetchError(new Error('anything else'), false).kind).toBe('unknown');
  });
});
