import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { toApiError } from './api-error';
import { errorMessage } from './error-message';

function graphQLError(code: string, extensions: Record<string, unknown> = {}) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: `failed with ${code}`, extensions: { code, ...extensions } }],
  });
}

describe('toApiError', () => {
  it('reads the code and the field errors of a GraphQL error', () => {
    const error = toApiError(
      graphQLError('BAD_USER_INPUT', {
        fields: [
          { field: 'name', message: 'name must be shorter than or equal to 120 characters' },
          { field: 'guidelines.bannedWords', message: 'each value in bannedWords must be shorter' },
          { nonsense: true },
        ],
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual([
      { field: 'name', message: 'name must be shorter than or equal to 120 characters' },
      { field: 'guidelines.bannedWords', message: 'each value in bannedWords must be shorter' },
    ]);
  });

  it('reads the constraint and its parameters, dropping parameters of the wrong shape', () => {
    const error = toApiError(
      graphQLError('BAD_USER_INPUT', {
        fields: [
          { field: 'name', message: 'too long', constraint: 'isLength', params: { min: 1, max: 120, x: {} } },
          { field: 'timezone', message: 'bad zone', constraint: 'isIanaTimezone', params: 'nope' },
          { field: 'slug', message: 'taken', constraint: 7 },
        ],
      }),
    );
    expect(error.fields).toEqual([
      { field: 'name', message: 'too long', constraint: 'isLength', params: { min: 1, max: 120 } },
      { field: 'timezone', message: 'bad zone', constraint: 'isIanaTimezone' },
      { field: 'slug', message: 'taken' },
    ]);
  });

  it('keeps how long to wait when rate limited', () => {
    expect(toApiError(graphQLError('RATE_LIMITED', { retryAfter: 42 }))).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfter: 42,
    });
  });

  it('treats codes it does not know as unknown', () => {
    expect(toApiError(graphQLError('GRAPHQL_VALIDATION_FAILED')).code).toBe('UNKNOWN');
  });

  it('reads GraphQL errors out of an HTTP error body', () => {
    const bodyText = JSON.stringify({
      errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }],
    });
    const error = new ServerError('status 429', {
      response: new Response(bodyText, { status: 429 }),
      bodyText,
    });
    expect(toApiError(error).code).toBe('RATE_LIMITED');
  });

  it('falls back on the HTTP status when the body is not GraphQL', () => {
    const response = new Response('<html>Bad gateway</html>', { status: 502 });
    expect(
      toApiError(new ServerError('status 502', { response, bodyText: '<html>Bad gateway</html>' })).code,
    ).toBe('SERVICE_UNAVAILABLE');
  });

  it('calls a failed fetch a network error', () => {
    expect(toApiError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });
});

describe('errorMessage', () => {
  it('speaks the user language', () => {
    const fr = createI18n('fr');
    const en = createI18n('en');
    expect(errorMessage(toApiError(graphQLError('FORBIDDEN')), fr.t)).toBe(
      'Votre rôle ne permet pas cette action.',
    );
    expect(errorMessage(toApiError(graphQLError('FORBIDDEN')), en.t)).toBe('Your role does not allow this.');
  });

  it('says how long to wait, rounded up', () => {
    const en = createI18n('en');
    const fr = createI18n('fr');
    const limited = toApiError(graphQLError('RATE_LIMITED', { retryAfter: 29.2 }));
    expect(errorMessage(limited, en.t)).toBe('Too many attempts. Try again in 30 seconds.');
    expect(errorMessage(limited, fr.t)).toBe('Trop de tentatives. Réessayez dans 30 secondes.');
    expect(errorMessage(toApiError(graphQLError('RATE_LIMITED', { retryAfter: 1 })), en.t)).toBe(
      'Too many attempts. Try again in 1 second.',
    );
  });

  it('never shows the raw server message', () => {
    const en = createI18n('en');
    const message = errorMessage(toApiError(graphQLError('INTERNAL_SERVER_ERROR')), en.t);
    expect(message).not.toContain('failed with');
  });
});
