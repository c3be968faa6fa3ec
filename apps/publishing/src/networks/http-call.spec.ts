import { classifyHttpError } from './http-call';

function failed(cause: object): Error {
  return Object.assign(new TypeError('fetch failed'), { cause });
}

describe('classifyHttpError', () => {
  it('knows nothing was sent when the connection was refused, the name did not resolve or TLS failed', () => {
    expect(classifyHttpError(failed({ code: 'ECONNREFUSED' }), false)).toEqual({
      kind: 'not_sent',
      reason: 'the connection was refused',
    });
    expect(classifyHttpError(failed({ code: 'ENOTFOUND' }), false).kind).toBe('not_sent');
    expect(classifyHttpError(failed(new Error('bad port')), false).kind).toBe('not_sent');
    expect(classifyHttpError(failed({ code: 'CERT_HAS_EXPIRED' }), false).kind).toBe('not_sent');
    expect(classifyHttpError(failed({ code: 'ERR_TLS_HANDSHAKE_TIMEOUT' }), false).kind).toBe('not_sent');
  });

  it('cannot tell after a timeout or a connection closed under way', () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(classifyHttpError(timeout, true)).toEqual({ kind: 'unknown', reason: 'no answer came in time' });
    expect(classifyHttpError(failed({ code: 'UND_ERR_SOCKET' }), false)).toEqual({
      kind: 'unknown',
      reason: 'the connection closed before the answer',
    });
    expect(classifyHttpError(failed({ code: 'ECONNRESET' }), false).kind).toBe('unknown');
    expect(classifyHttpError(new Error('anything else'), false).kind).toBe('unknown');
  });
});
