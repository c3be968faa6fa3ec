import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** The `extensions.code` values the gateway answers with, plus what the console adds for transport failures. */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
  'UNKNOWN',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** One invalid input field, named as the API names it (dotted for nested fields). */
export interface ApiFieldError {
  field: string;
  /** The API's own text, in English. */
  message: string;
  /** Stable code of the failed rule (`isLength`, `isEmail`, `taken`, `invalidValue`, ...). */
  constraint?: string;
  /** The rule's arguments (`{ min: 1, max: 120 }`). */
  params?: Record<string, string | number>;
}

/** What the console needs to know about a failed call. */
export interface ApiError {
  code: ApiErrorCode;
  message: string;
  fields: ApiFieldError[];
  /** Seconds to wait before trying again (RATE_LIMITED). */
  retryAfter?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function asCode(value: unknown): ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value)
    ? (value as ApiErrorCode)
    : 'UNKNOWN';
}

function fieldErrorsOf(extensions: unknown): ApiFieldError[] {
  if (!isRecord(extensions) || !Array.isArray(extensions['fields'])) return [];
  return extensions['fields'].flatMap((entry: unknown): ApiFieldError[] => {
    if (!isRecord(entry) || typeof entry['field'] !== 'string' || typeof entry['message'] !== 'string')
      return [];
    const fieldError: ApiFieldError = { field: entry['field'], message: entry['message'] };
    if (typeof entry['constraint'] === 'string') fieldError.constraint = entry['constraint'];
    const params = paramsOf(entry['params']);
    if (params) fieldError.params = params;
    return [fieldError];
  });
}

function paramsOf(value: unknown): Record<string, string | number> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string | number] =>
      typeof entry[1] === 'string' || typeof entry[1] === 'number',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function fromGraphQLErrors(errors: ReadonlyArray<GraphQLFormattedError>): ApiError {
  const first = errors[0];
  const retryAfter = first?.extensions?.['retryAfter'];
  return {
    code: asCode(first?.extensions?.['code']),
    message: first?.message ?? '',
    fields: errors.flatMap((error) => fieldErrorsOf(error.extensions)),
    ...(typeof retryAfter === 'number' ? { retryAfter } : {}),
  };
}

function fromServerError(error: ServerError): ApiError {
  try {
    const body: unknown = JSON.parse(error.bodyText);
    if (isRecord(body) && Array.isArray(body['errors']) && body['errors'].length > 0) {
      return fromGraphQLErrors(body['errors'] as GraphQLFormattedError[]);
    }
  } catch {
    // Not a GraphQL body (a proxy page, for instance): fall back on the status.
  }
  if (error.statusCode === 429) return { code: 'RATE_LIMITED', message: error.message, fields: [] };
  if (error.statusCode >= 500) return { code: 'SERVICE_UNAVAILABLE', message: error.message, fields: [] };
  return { code: 'UNKNOWN', message: error.message, fields: [] };
}

/** Reads any error thrown by Apollo Client or `fetch` into an `ApiError`. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error)) return fromServerError(error);
  if (error instanceof TypeError) return { code: 'NETWORK', message: error.message, fields: [] };
  if (error instanceof Error) return { code: 'UNKNOWN', message: error.message, fields: [] };
  return { code: 'UNKNOWN', message: String(error), fields: [] };
}

/** True when the API refused the call because the access token is missing, expired or revoked. */
export function isUnauthenticated(error: unknown): boolean {
  return toApiError(error).code === 'UNAUTHENTICATED';
}
