import { ErrorCode, FieldError } from '@relais/contracts';

export interface DomainExceptionOptions {
  fields?: FieldError[];
  /** Seconds the caller should wait before retrying (RATE_LIMITED). */
  retryAfter?: number;
  cause?: unknown;
}

/**
 * An error the caller is meant to see: it carries an `ErrorCode`, a human readable message and, for
 * input errors, one entry per offending field. Crosses NATS as an `ErrorBody`.
 */
export class DomainException extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldError[];
  readonly retryAfter?: number;

  constructor(code: ErrorCode, message: string, options: DomainExceptionOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    if (options.fields && options.fields.length > 0) this.fields = options.fields;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `notFound('brand')` → NOT_FOUND "Brand not found". */
export function notFound(entity: string): DomainException {
  return new DomainException(ErrorCode.NotFound, `${capitalize(entity)} not found`);
}

export function forbidden(message: string): DomainException {
  return new DomainException(ErrorCode.Forbidden, message);
}

export function conflict(message: string, fields?: FieldError[]): DomainException {
  return new DomainException(ErrorCode.Conflict, message, { fields });
}

export function badInput(fields: FieldError[], message = 'Invalid input'): DomainException {
  return new DomainException(ErrorCode.BadUserInput, message, { fields });
}

export function unauthenticated(message: string): DomainException {
  return new DomainException(ErrorCode.Unauthenticated, message);
}

export function rateLimited(message: string, retryAfter: number): DomainException {
  return new DomainException(ErrorCode.RateLimited, message, { retryAfter });
}
