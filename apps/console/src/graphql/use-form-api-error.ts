import { useCallback, useState } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toApiError } from './api-error';
import { errorMessage } from './error-message';
import { splitFieldErrors } from './field-errors';

export interface FormApiError {
  /** A message for the whole form, when the error is not about a field the form shows. */
  formError: string | null;
  clearFormError(): void;
  /** Puts a failed call's field errors under their fields and the rest in `formError`. */
  handleError(error: unknown): void;
}

/**
 * `fields` lists the form's field names as the API names them; keep it a constant. `messages` replaces
 * the API's (English) message for fields whose server-side failure the form knows, in the user's language.
 */
export function useFormApiError<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  messages?: Partial<Record<Path<T>, string>>,
): FormApiError {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);

  const handleError = useCallback(
    (error: unknown) => {
      const apiError = toApiError(error);
      const { byField, unmatched } = splitFieldErrors(apiError.fields, fields);
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
      setFormError([errorMessage(apiError, t), ...unmatched.map((entry) => entry.message)].join(' '));
    },
    [fields, messages, setError, t],
  );

  const clearFormError = useCallback(() => setFormError(null), []);
  return { formError, clearFormError, handleError };
}
