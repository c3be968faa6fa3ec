import { FieldError } from '@relais/contracts';
import type { ValidationError } from 'class-validator';

/**
 * Flattens class-validator errors into one `FieldError` per field: nested objects become dotted paths
 * (`guidelines.bannedWords`), array items their index (`targetMarkets.1`).
 */
export function validationErrorsToFields(errors: ValidationError[], parent?: string): FieldError[] {
  const fields: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length > 0) {
      fields.push({ field, message: humanize(messages[messages.length - 1], error.property, field) });
    }
    if (error.children && error.children.length > 0) {
      fields.push(...validationErrorsToFields(error.children, field));
    }
  }
  return fields;
}

/** class-validator messages start with the bare property name; name the whole path instead. */
function humanize(message: string, property: string, field: string): string {
  if (message.startsWith(`property ${property} `))
    return `${field} ${message.slice(`property ${property} `.length)}`;
  if (field !== property && message.startsWith(`${property} `))
    return `${field}${message.slice(property.length)}`;
  return message;
}
