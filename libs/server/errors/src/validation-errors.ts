import { FieldError } from '@relais/contracts';
import { getMetadataStorage, type ValidationError } from 'class-validator';

/** Names of the arguments of the constraints whose arguments a client can show. */
const PARAM_NAMES: Readonly<Record<string, readonly string[]>> = {
  isLength: ['min', 'max'],
  minLength: ['min'],
  maxLength: ['max'],
  arrayMinSize: ['min'],
  arrayMaxSize: ['max'],
  min: ['min'],
  max: ['max'],
};

/**
 * Flattens class-validator errors into one `FieldError` per field: nested objects become dotted paths
 * (`guidelines.bannedWords`), array items their index (`targetMarkets.1`). Each carries the failed
 * constraint's name and, for length, size and range rules, its bounds as `params`.
 */
export function validationErrorsToFields(errors: ValidationError[], parent?: string): FieldError[] {
  const fields: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const entries = Object.entries(error.constraints ?? {});
    const last = entries[entries.length - 1];
    if (last) {
      const [constraint, message] = last;
      const params = paramsOf(error, constraint);
      fields.push({
        field,
        message: humanize(message, error.property, field),
        constraint,
        ...(params ? { params } : {}),
      });
    }
    if (error.children && error.children.length > 0) {
      fields.push(...validationErrorsToFields(error.children, field));
    }
  }
  return fields;
}

/** The bounds of a length, size or range constraint, read from the validation metadata of the target class. */
function paramsOf(error: ValidationError, constraint: string): Record<string, number> | undefined {
  const names = PARAM_NAMES[constraint];
  const target: unknown = error.target;
  if (!names || typeof target !== 'object' || target === null) return undefined;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((entry) => entry.propertyName === error.property && entry.name === constraint);
  const args: unknown[] = metadata?.constraints ?? [];
  const params: Record<string, number> = {};
  names.forEach((name, index) => {
    const value = args[index];
    if (typeof value === 'number' && Number.isFinite(value)) params[name] = value;
  });
  return Object.keys(params).length > 0 ? params : undefined;
}

/** class-validator messages start with the bare property name; name the whole path instead. */
function humanize(message: string, property: string, field: string): string {
  if (message.startsWith(`property ${property} `))
    return `${field} ${message.slice(`property ${property} `.length)}`;
  if (field !== property && message.startsWith(`${property} `))
    return `${field}${message.slice(property.length)}`;
  return message;
}
