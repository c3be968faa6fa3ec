import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import type { ApiFieldError } from './api-error';
import { fieldErrorMessage } from './field-error-message';

const fr = createI18n('fr').t;
const en = createI18n('en').t;

const error = (constraint: string | undefined, params?: ApiFieldError['params']): ApiFieldError => ({
  field: 'name',
  message: 'name must be shorter than or equal to 120 characters',
  ...(constraint ? { constraint } : {}),
  ...(params ? { params } : {}),
});

describe('fieldErrorMessage', () => {
  it('translates length rules with their bounds', () => {
    expect(fieldErrorMessage(error('isLength', { min: 1, max: 120 }), fr)).toBe(
      'Saisissez entre 1 et 120 caractères.',
    );
    expect(fieldErrorMessage(error('isLength', { min: 1, max: 120 }), en)).toBe(
      'Use between 1 and 120 characters.',
    );
    expect(fieldErrorMessage(error('isLength', { min: 0, max: 1 }), en)).toBe('Use at most 1 character.');
    expect(fieldErrorMessage(error('maxLength', { max: 40 }), fr)).toBe('40 caractères au maximum.');
    expect(fieldErrorMessage(error('arrayMaxSize', { max: 50 }), en)).toBe('At most 50 entries.');
    expect(fieldErrorMessage(error('arrayMinSize', { min: 1 }), fr)).toBe('Au moins 1 entrée.');
  });

  it('translates the refusals of text that cannot be stored and of a weekly series with no day', () => {
    expect(fieldErrorMessage(error('noNulCharacter'), en)).toBe(
      'This text contains an invisible control character (NUL). Remove it and try again.',
    );
    expect(fieldErrorMessage(error('noNulCharacter'), fr)).toBe(
      'Ce texte contient un caractère de contrôle invisible (NUL). Supprimez-le et réessayez.',
    );
    expect(fieldErrorMessage(error('wellFormedUnicode'), en)).toBe(
      'This text contains a broken character. Retype it and try again.',
    );
    expect(fieldErrorMessage(error('wellFormedUnicode'), fr)).toBe(
      'Ce texte contient un caractère abîmé. Ressaisissez-le et réessayez.',
    );
    expect(fieldErrorMessage(error('atLeastOneDay'), en)).toBe('Choose at least one day.');
    expect(fieldErrorMessage(error('atLeastOneDay'), fr)).toBe('Choisissez au moins un jour.');
  });

  it('translates format, choice and domain codes', () => {
    expect(fieldErrorMessage(error('isEmail'), fr)).toBe('Saisissez une adresse e-mail valide.');
    expect(fieldErrorMessage(error('isEmail'), en)).toBe('Enter a valid e-mail address.');
    expect(fieldErrorMessage(error('isIanaTimezone'), fr)).toBe(
      'Choisissez un fuseau horaire dans la liste.',
    );
    expect(fieldErrorMessage(error('isEnum'), en)).toBe('This value is not accepted.');
    expect(fieldErrorMessage(error('invalidValue'), fr)).toBe('Cette valeur n’est pas acceptée.');
    expect(fieldErrorMessage(error('required'), fr)).toBe('Ce champ est obligatoire.');
    expect(fieldErrorMessage(error('taken'), en)).toBe('This is already in use.');
    expect(fieldErrorMessage(error('archived'), fr)).toBe('Cet élément est archivé.');
  });

  it('names the field when given its label', () => {
    expect(fieldErrorMessage(error('isIanaTimezone'), fr, 'Fuseau horaire')).toBe(
      'Fuseau horaire : Choisissez un fuseau horaire dans la liste.',
    );
    expect(fieldErrorMessage(error('isEmail'), en, 'E-mail')).toBe('E-mail: Enter a valid e-mail address.');
  });

  it('falls back on the API message for unknown codes and bounds it cannot read', () => {
    const apiMessage = 'name must be shorter than or equal to 120 characters';
    expect(fieldErrorMessage(error('isShinyNewRule'), fr)).toBe(apiMessage);
    expect(fieldErrorMessage(error(undefined), en)).toBe(apiMessage);
    expect(fieldErrorMessage(error('maxLength'), fr)).toBe(apiMessage);
  });
});
