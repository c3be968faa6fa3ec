import { ErrorCode } from '@relais/contracts';
import {
  badInput,
  conflict,
  DomainException,
  forbidden,
  notFound,
  rateLimited,
  unauthenticated,
} from './domain.exception';
import { isExpectedError, toErrorBody } from './error-body';
import { RemoteError } from './remote.error';

const hidden = { exposeInternals: false };
const shown = { exposeInternals: true };

describe('toErrorBody', () => {
  it('keeps a domain error as the caller should see it', () => {
    expect(toErrorBody(notFound('brand'), hidden)).toEqual({
      code: ErrorCode.NotFound,
      message: 'Brand not found',
    });
    expect(toErrorBody(badInput([{ field: 'name', message: 'name is required' }]), hidden)).toEqual({
      code: ErrorCode.BadUserInput,
      message: 'Invalid input',
      fields: [{ field: 'name', message: 'name is required' }],
    });
    expect(toErrorBody(rateLimited('Too many attempts', 30), hidden)).toEqual({
      code: ErrorCode.RateLimited,
      message: 'Too many attempts',
      retryAfter: 30,
    });
  });

  it('maps each helper to its code', () => {
    expect(forbidden('no').code).toBe(ErrorCode.Forbidden);
    expect(conflict('taken', [{ field: 'slug', message: 'slug is taken' }]).fields).toHaveLength(1);
    expect(conflict('taken').fields).toBeUndefined();
    expect(unauthenticated('sign in').code).toBe(ErrorCode.Unauthenticated);
  });

  it('hides unexpected errors unless internals are exposed', () => {
    const bug = new TypeError('cannot read properties of undefined');
    expect(toErrorBody(bug, hidden)).toEqual({ code: ErrorCode.Internal, message: 'Internal server error' });
    expect(toErrorBody(bug, shown)).toEqual({ code: ErrorCode.Internal, message: bug.message });
    expect(toErrorBody('a string', shown)).toEqual({
      code: ErrorCode.Internal,
      message: 'Internal server error',
    });
  });

  it('passes a remote error body through unchanged', () => {
    const body = { code: ErrorCode.ServiceUnavailable, message: 'The clients service is unavailable' };
    expect(toErrorBody(new RemoteError(body), hidden)).toBe(body);
    expect(toErrorBody({ ...body }, hidden)).toEqual(body);
  });

  it('keeps the cause and the subclass name', () => {
    class BrandException extends DomainException {}
    const cause = new Error('duplicate key');
    const error = new BrandException(ErrorCode.Conflict, 'Slug taken', { cause });
    expect(error.name).toBe('BrandException');
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(DomainException);
  });
});

describe('isExpectedError', () => {
  it('tells domain errors from bugs', () => {
    expect(isExpectedError(notFound('brand'))).toBe(true);
    expect(isExpectedError(new Error('boom'))).toBe(false);
    expect(isExpectedError(new RemoteError({ code: ErrorCode.Internal, message: 'x' }))).toBe(false);
  });
});
