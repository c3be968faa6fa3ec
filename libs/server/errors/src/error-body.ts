import { ErrorBody, ErrorCode, isErrorBody } from '@relais/contracts';
import { DomainException } from './domain.exception';
import { RemoteError } from './remote.error';

export const INTERNAL_MESSAGE = 'Internal server error';

/**
 * What a caller may see of an error. Domain errors keep their code, message and fields; anything else
 * is INTERNAL_SERVER_ERROR, with its real message only when `exposeInternals` (development, tests).
 */
export function toErrorBody(error: unknown, options: { exposeInternals: boolean }): ErrorBody {
  if (error instanceof DomainException) {
    const body: ErrorBody = { code: error.code, message: error.message };
    if (error.fields) body.fields = error.fields;
    if (error.retryAfter !== undefined) body.retryAfter = error.retryAfter;
    return body;
  }
  if (error instanceof RemoteError) return error.body;
  if (isErrorBody(error)) return error;
  const message =
    options.exposeInternals && error instanceof Error && error.message ? error.message : INTERNAL_MESSAGE;
  return { code: ErrorCode.Internal, message };
}

/** True for errors the caller caused or is meant to see (not bugs or outages worth a stack trace). */
export function isExpectedError(error: unknown): boolean {
  if (error instanceof DomainException) return true;
  if (error instanceof RemoteError) return error.body.code !== ErrorCode.Internal;
  return false;
}
