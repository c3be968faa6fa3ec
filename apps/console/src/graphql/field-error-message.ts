import type { TFunction } from 'i18next';
import type { ApiFieldError } from './api-error';

function numberParam(error: ApiFieldError, name: string): number | undefined {
  const value = error.params?.[name];
  return typeof value === 'number' ? value : undefined;
}

function lengthMessage(error: ApiFieldError, t: TFunction): string | undefined {
  const min = numberParam(error, 'min');
  const max = numberParam(error, 'max');
  if (min !== undefined && max !== undefined) {
    return min > 0
      ? t('errors.fields.lengthBetween', { min, max })
      : t('validation.maxLength', { count: max });
  }
  if (min !== undefined) return t('validation.minLength', { count: min });
  if (max !== undefined) return t('validation.maxLength', { count: max });
  return undefined;
}

/** The translated sentence for a known constraint code; undefined when the console does not know it. */
function constraintMessage(error: ApiFieldError, t: TFunction): string | undefined {
  switch (error.constraint) {
    case 'required':
    case 'isNotEmpty':
    case 'isDefined':
      return t('validation.required');
    case 'isEmail':
      return t('validation.email');
    case 'isLength':
      return lengthMessage(error, t) ?? t('errors.fields.invalidValue');
    case 'minLength': {
      const min = numberParam(error, 'min');
      return min === undefined ? undefined : t('validation.minLength', { count: min });
    }
    case 'maxLength': {
      const max = numberParam(error, 'max');
      return max === undefined ? undefined : t('validation.maxLength', { count: max });
    }
    case 'arrayMaxSize': {
      const max = numberParam(error, 'max');
      return max === undefined ? undefined : t('validation.maxItems', { count: max });
    }
    case 'arrayMinSize': {
      const min = numberParam(error, 'min');
      return min === undefined ? undefined : t('errors.fields.minItems', { count: min });
    }
    case 'min': {
      const min = numberParam(error, 'min');
      return min === undefined ? undefined : t('errors.fields.min', { min });
    }
    case 'max': {
      const max = numberParam(error, 'max');
      return max === undefined ? undefined : t('errors.fields.max', { max });
    }
    case 'isIanaTimezone':
      return t('errors.fields.timezone');
    case 'matches':
      return t('errors.fields.format');
    case 'isUrl':
      return t('errors.fields.url');
    case 'isUuid':
      return t('errors.fields.identifier');
    case 'isEnum':
    case 'isIn':
    case 'invalidValue':
    case 'isString':
    case 'isInt':
    case 'isNumber':
    case 'isBoolean':
    case 'isArray':
    case 'isDateString':
    case 'isISO8601':
      return t('errors.fields.invalidValue');
    case 'whitelistValidation':
      return t('errors.fields.unexpected');
    case 'taken':
      return t('errors.fields.taken');
    case 'archived':
      return t('errors.fields.archived');
    case 'weakPassword':
      return t('errors.fields.weakPassword');
    case 'noNulCharacter':
      return t('errors.fields.nulCharacter');
    case 'wellFormedUnicode':
      return t('errors.fields.brokenCharacter');
    case 'atLeastOneDay':
      return t('errors.fields.atLeastOneDay');
    case undefined:
    default:
      return undefined;
  }
}

/**
 * What to show for one API field error in the user's language: the text of its `constraint` (with its
 * `params`), prefixed with the field's `label` when one is given (for errors shown away from their field).
 * Falls back on the API's own message when the constraint is missing or unknown.
 */
export function fieldErrorMessage(error: ApiFieldError, t: TFunction, label?: string): string {
  const message = constraintMessage(error, t) ?? error.message;
  return label ? t('errors.fields.withLabel', { label, message }) : message;
}
