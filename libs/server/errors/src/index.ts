/**
 * @relais/server-errors: errors a caller is meant to see, and how any error becomes an `ErrorBody`.
 *
 * Per-domain pattern used by every service: each domain declares its own exception with a reason enum
 * and maps each reason to an `ErrorCode` with an exhaustive switch, so adding a reason without
 * deciding what the caller sees does not compile:
 *
 * ```ts
 * export enum BrandErrorReason { NotFound = 'not_found', SlugTaken = 'slug_taken', Archived = 'archived' }
 *
 * function codeOf(reason: BrandErrorReason): ErrorCode {
 *   switch (reason) {
 *     case BrandErrorReason.NotFound: return ErrorCode.NotFound;
 *     case BrandErrorReason.SlugTaken: return ErrorCode.Conflict;
 *     case BrandErrorReason.Archived: return ErrorCode.Forbidden;
 *   }
 * }
 *
 * export class BrandException extends DomainException {
 *   constructor(readonly reason: BrandErrorReason, message: string, options?: DomainExceptionOptions) {
 *     super(codeOf(reason), message, options);
 *   }
 * }
 * ```
 */
export * from './domain.exception';
export * from './remote.error';
export * from './validation-errors';
export * from './error-body';
