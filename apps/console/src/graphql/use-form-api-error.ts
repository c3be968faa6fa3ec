import { useCallback, useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toApiError } from './api-error';
import { errorMessage } from './error-message';
import { fieldErrorMessage } from './field-error-message';
import { splitFieldErrors } from './field-errors';

export interface FormApiError {
  /** A message for the whole form, when the error is not about a field the form shows. */
  formError: string | null;
  clearFormError(): void;
  /** Puts a failed call's field errors under their fields and the rest in `formError`. */
  handleError(error: unknown): void;
}

/**
 * `fields` lists the form's field names as the API names them; keep it a constant. Field errors show in
 * the user's language from their constraint code, the API's (English) message only when the code is
 * unknown. `messages` replaces that text for fields whose server-side failure the form knows; `labels`
 * (translated, keyed by API field name) names the field of an error shown at the top of the form.
 */
export function useFormApiError<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  messages?: Partial<Record<Path<T>, string>>,
  labels?: Readonly<Record<string, string>>,
): FormApiError {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);

  const handleError = useCallback(
    (error: unknown) => {
      const apiError = toApiError(error);
      const translated = apiError.fields.map((entry) => ({ ...entry, message: fieldErrorMessage(entry, t) }));
      const { byField, unmatched } = splitFieldErrors(translated, fields);
      let shown = 0;
      for (const name of fields) {
        const message = byField[name];
        if (message === undefined) continue;
        setError(
          name,
          { type: 'server', message: messages?.[name] ?? message },
          { shouldFocus: shown === 0 },
        );
        shown += 1;
      }
      if (shown > 0 && unmatched.length === 0) {
        setFormError(null);
        return;
      }
      setFormError(
        [
          errorMessage(apiError, t),
          ...unmatched.map((entry) => fieldErrorMessage(entry, t, labels?.[entry.field])),
        ].join(' '),
      );
    },
    [fields, labels, messages, setError, t],
  );

  const clearFormError = useCallback(() => setFormError(null), []);
  return { formError, clearFormError, handleError };
}
