import type { ApiFieldError } from './api-error';

/**
 * The form field an API field error belongs to: the field itself, or its closest named parent
 * (`guidelines.bannedWords.3` belongs to `guidelines.bannedWords`). Undefined when the form has no such field.
 */
export function matchFormField<TName extends string>(
  apiField: string,
  formFields: readonly TName[],
): TName | undefined {
  const parts = apiField.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const candidate = parts.slice(0, length).join('.');
    const match = formFields.find((name) => name === candidate);
    if (match) return match;
  }
  return undefined;
}

export interface SplitFieldErrors<TName extends string> {
  /** The first message for each form field. */
  byField: Partial<Record<TName, string>>;
  /** Errors about fields the form does not show. */
  unmatched: ApiFieldError[];
}

/** Sorts API field errors into those a form can show under a field and the rest. */
export function splitFieldErrors<TName extends string>(
  errors: readonly ApiFieldError[],
  formFields: readonly TName[],
): SplitFieldErrors<TName> {
  const byField: Partial<Record<TName, string>> = {};
  const unmatched: ApiFieldError[] = [];
  for (const error of errors) {
    const field = matchFormField(error.field, formFields);
    if (field === undefined) unmatched.push(error);
    else byField[field] ??= error.message;
  }
  return { byField, unmatched };
}
