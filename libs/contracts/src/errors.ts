/** Error codes that cross NATS and reach GraphQL as `extensions.code`. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Forbidden = 'FORBIDDEN',
  Unauthenticated = 'UNAUTHENTICATED',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_SERVER_ERROR',
  /** A client review link that is forged or unknown (both answer the same). */
  ReviewLinkInvalid = 'REVIEW_LINK_INVALID',
  ReviewLinkExpired = 'REVIEW_LINK_EXPIRED',
  ReviewLinkRevoked = 'REVIEW_LINK_REVOKED',
  /** Every post of the link was decided: it cannot be used again. */
  ReviewLinkUsed = 'REVIEW_LINK_USED',
}

export interface FieldError {
  /** The input field, as the caller named it (dotted for nested fields: `guidelines.bannedWords`). */
  field: string;
  /** Human-readable, in English; clients show their own text when they know `constraint`. */
  message: string;
  /**
   * Stable code of the failed rule: the class-validator constraint name (`isLength`, `isEmail`, `isEnum`,
   * `matches`, `arrayMaxSize`, ...), a domain code (`taken`, `archived`, `weakPassword`) or `invalidValue`
   * when GraphQL refused the value itself (wrong type, unknown enum value, missing required input).
   */
  constraint?: string;
  /** The rule's arguments, when known (`{ min: 1, max: 120 }` for `isLength`). */
  params?: Record<string, string | number>;
}

/** What a failed request answers with over NATS. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  /** Seconds to wait, for RATE_LIMITED. */
  retryAfter?: number;
}

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['code'] === 'string' &&
    typeof v['message'] === 'string' &&
    (Object.values(ErrorCode) as string[]).includes(v['code'])
  );
}
