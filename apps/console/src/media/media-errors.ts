import type { TFunction } from 'i18next';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';
import type { UiLanguage } from '../i18n/language';
import { formatBytes } from './media-format';
import { UploadError } from './put-file';

const KNOWN_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'video/mp4',
  'video/quicktime',
] as const;
type KnownType = (typeof KNOWN_TYPES)[number];

function isKnownType(value: unknown): value is KnownType {
  return typeof value === 'string' && (KNOWN_TYPES as readonly string[]).includes(value);
}

/** "PNG image" / "image PNG" for a content type. */
export function typeName(contentType: unknown, t: TFunction): string {
  return isKnownType(contentType) ? t(`media.types.${contentType}`) : t('media.types.unknown');
}

/**
 * What to tell the user about a failed upload, in their language: the file's own problem when the
 * service named the rule (real type, size limit, damaged file), else the transport's or the API's.
 */
export function uploadErrorMessage(error: unknown, t: TFunction, language: UiLanguage): string {
  if (error instanceof UploadError) return t(`media.upload.errors.${error.reason}`);
  const api = toApiError(error);
  for (const field of api.fields) {
    switch (field.constraint ?? '') {
      case 'typeMismatch':
        return t('media.upload.errors.typeMismatch', {
          detected: typeName(field.params?.['detected'], t),
          declared: typeName(field.params?.['declared'], t),
        });
      case 'unsupportedType':
      case 'isIn':
        return t('media.upload.errors.unsupportedType');
      case 'unreadable':
        return t('media.upload.errors.unreadable');
      case 'max': {
        const max = field.params?.['max'];
        if (typeof max === 'number') {
          return t('media.upload.errors.tooLargeMax', { max: formatBytes(max, language) });
        }
        break;
      }
      default:
        break;
    }
  }
  return errorMessage(api, t);
}
