import { registerDecorator, ValidationOptions } from 'class-validator';

let zones: Set<string> | undefined;

/** IANA zone names known to this runtime's ICU data (plus UTC). */
export function ianaTimezones(): Set<string> {
  if (!zones) {
    zones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);
  }
  return zones;
}

export function isIanaTimezone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  if (ianaTimezones().has(value)) return true;
  try {
    // Accepts aliases ICU knows (e.g. "Europe/Kiev") while rejecting made-up names.
    return (
      new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone.length > 0 &&
      value.includes('/')
    );
  } catch {
    return false;
  }
}

export function IsIanaTimezone(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isIanaTimezone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be an IANA time zone such as Europe/Paris', ...options },
      validator: { validate: (value: unknown) => isIanaTimezone(value) },
    });
  };
}

/** A URL-safe slug: lowercase letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A hashtag without its #: letters (any script), digits and underscores. */
export const HASHTAG_PATTERN = /^[\p{L}\p{N}_]{1,100}$/u;
/** ISO 3166-1 alpha-2 market codes. */
export const MARKET_PATTERN = /^[A-Z]{2}$/;
