import type { TFunction } from 'i18next';
import type { ApiError } from './api-error';

/** The translated sentence to show for a failed call. */
export function errorMessage(error: ApiError, t: TFunction): string {
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return t('errors.codes.BAD_USER_INPUT');
    case 'NOT_FOUND':
      return t('errors.codes.NOT_FOUND');
    case 'FORBIDDEN':
      return t('errors.codes.FORBIDDEN');
    case 'UNAUTHENTICATED':
      return t('errors.codes.UNAUTHENTICATED');
    case 'CONFLICT':
      return t('errors.codes.CONFLICT');
    case 'RATE_LIMITED':
      return error.retryAfter !== undefined
        ? t('errors.codes.RATE_LIMITED_RETRY', { count: Math.ceil(error.retryAfter) })
        : t('errors.codes.RATE_LIMITED');
    case 'SERVICE_UNAVAILABLE':
      return t('errors.codes.SERVICE_UNAVAILABLE');
    case 'INTERNAL_SERVER_ERROR':
      return t('errors.codes.INTERNAL_SERVER_ERROR');
    case 'NETWORK':
      return t('errors.codes.NETWORK');
    case 'UNKNOWN':
      return t('errors.codes.UNKNOWN');
  }
}
