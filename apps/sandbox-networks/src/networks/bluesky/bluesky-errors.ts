import { NetworkResponse } from '../../core/http-router';
import { RateState } from '../../core/rate-windows';

/** XRPC errors: `{"error": "Name", "message": "..."}`. */
export function xrpcError(status: number, error: string, message: string): NetworkResponse {
  return { status, body: { error, message } };
}

export const blueskyErrors = {
  authMissing: () => xrpcError(401, 'AuthMissing', 'Authentication Required'),
  invalidToken: () => xrpcError(400, 'InvalidToken', 'Token could not be verified'),
  expiredToken: () => xrpcError(400, 'ExpiredToken', 'Token has expired'),
  wrongCredentials: () => xrpcError(401, 'AuthenticationRequired', 'Invalid identifier or password'),
  invalidRequest: (message: string) => xrpcError(400, 'InvalidRequest', message),
  /**
   * A create on a record key already taken: the repository throws ("There is already a value at key:
   * <collection>/<rkey>") and the PDS answers it like any unexpected error, a 500 without its words.
   */
  keyTaken: () => xrpcError(500, 'InternalServerError', 'Internal Server Error'),
  unresolvableHandle: () => xrpcError(400, 'InvalidRequest', 'Unable to resolve handle'),
  recordNotFound: (uri: string) => xrpcError(400, 'RecordNotFound', `Could not locate record: ${uri}`),
  rateLimited: () => xrpcError(429, 'RateLimitExceeded', 'Rate Limit Exceeded'),
  notImplemented: () => xrpcError(501, 'MethodNotImplemented', 'Method Not Implemented'),
  /** A `fail` fault. */
  failure: (status: number) =>
    status === 502 || status === 503 || status === 504
      ? xrpcError(status, 'UpstreamFailure', 'Upstream service unreachable')
      : xrpcError(status, 'InternalServerError', 'Internal Server Error'),
};

/** `RateLimit-*` on every answer: reset in Unix seconds, policy `<limit>;w=<window seconds>`. */
export function blueskyRateHeaders(rate: RateState): Record<string, string> {
  return {
    'RateLimit-Limit': String(rate.limit),
    'RateLimit-Remaining': String(rate.remaining),
    'RateLimit-Reset': String(Math.ceil(rate.resetAt / 1000)),
    'RateLimit-Policy': `${rate.limit};w=${rate.windowSeconds}`,
  };
}
