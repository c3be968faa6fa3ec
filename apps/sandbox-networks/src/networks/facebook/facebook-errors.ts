import { NetworkResponse } from '../../core/http-router';
import { RateState } from '../../core/rate-windows';

export interface GraphErrorFields {
  message: string;
  type?: string;
  code: number;
  error_subcode?: number;
  error_user_title?: string;
  error_user_msg?: string;
  is_transient?: boolean;
}

/** Graph API errors: `{"error": {message, type, code, error_subcode?, fbtrace_id}}`. */
export function graphError(status: number, fields: GraphErrorFields, traceId: string): NetworkResponse {
  return { status, body: { error: { type: 'OAuthException', ...fields, fbtrace_id: traceId } } };
}

/** Graph's way of writing an instant: `2026-11-24T13:05:00+0000`. */
export function graphTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
}

export const facebookErrors = {
  missingToken: (trace: string) =>
    graphError(
      400,
      {
        message: 'An active access token must be used to query information about the current user.',
        code: 2500,
      },
      trace,
    ),
  invalidToken: (trace: string) =>
    graphError(400, { message: 'Invalid OAuth access token - Cannot parse access token', code: 190 }, trace),
  expiredToken: (trace: string, now: number) =>
    graphError(
      400,
      {
        message: `Error validating access token: Session has expired. The current time is ${graphTime(now)}.`,
        code: 190,
        error_subcode: 463,
      },
      trace,
    ),
  notAllowed: (trace: string) =>
    graphError(
      403,
      { message: "(#200) The user hasn't authorized the application to perform this action", code: 200 },
      trace,
    ),
  missingContent: (trace: string) =>
    graphError(400, { message: '(#100) Missing message or attachment', code: 100 }, trace),
  tooLong: (trace: string, limit: number) =>
    graphError(400, { message: `(#100) The message must be at most ${limit} characters`, code: 100 }, trace),
  duplicate: (trace: string) =>
    graphError(
      400,
      {
        message: 'Duplicate status message',
        code: 506,
        error_subcode: 1455006,
        error_user_title: 'Duplicate Post',
        error_user_msg:
          'This status update is identical to the last one you posted. Try posting something different, or delete your previous update.',
      },
      trace,
    ),
  unknownObject: (trace: string, id: string) =>
    graphError(
      400,
      {
        message: `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
        type: 'GraphMethodException',
        code: 100,
        error_subcode: 33,
      },
      trace,
    ),
  unknownPath: (trace: string) => graphError(400, { message: 'Unknown path components', code: 2500 }, trace),
  /** Page-level throttling (code 32) answered with HTTP 400 unless the fault names a status. */
  throttled: (trace: string, status = 400) =>
    graphError(status, { message: '(#32) Page request limit reached', code: 32, is_transient: true }, trace),
  /** A `fail` fault. */
  failure: (trace: string, status: number) =>
    status >= 500
      ? graphError(
          status,
          {
            message: 'An unexpected error has occurred. Please retry your request later.',
            code: 2,
            is_transient: true,
          },
          trace,
        )
      : graphError(status, { message: 'An unknown error has occurred.', code: 1 }, trace),
};

/**
 * `X-App-Usage` and `X-Page-Usage`: JSON percentages of the budget spent (the app's share is reported
 * as the page's: the sandbox serves one app).
 */
export function facebookUsageHeaders(rate: RateState, now: number): Record<string, string> {
  const percent = Math.min(100, Math.floor(((rate.limit - rate.remaining) / rate.limit) * 100));
  const usage = {
    call_count: percent,
    total_cputime: Math.floor(percent / 2),
    total_time: Math.floor(percent / 2),
  };
  const regain = rate.remaining === 0 ? Math.max(1, Math.ceil((rate.resetAt - now) / 60_000)) : 0;
  return {
    'X-App-Usage': JSON.stringify(usage),
    'X-Page-Usage': JSON.stringify({ ...usage, estimated_time_to_regain_access: regain }),
  };
}
