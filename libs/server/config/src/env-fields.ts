import { z } from 'zod';

const REQUIRED = 'is required';

/** A non-empty string that must be set. */
export function requiredString() {
  return z.string({ error: REQUIRED }).min(1, { error: REQUIRED });
}

/** An integer read from the environment, within bounds. */
export function integer(min: number, max: number) {
  const message = `must be a whole number between ${min} and ${max}`;
  return z.coerce.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, {
    error: message,
  });
}

/** A TCP port (1 to 65535). */
export function port() {
  const message = 'must be a number between 1 and 65535';
  return z.coerce.number({ error: message }).int({ error: message }).min(1, { error: message }).max(65535, {
    error: message,
  });
}

/** `true`/`false` (also `1`/`0`, `yes`/`no`). */
export function boolean() {
  return z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
    .transform((value) => value === 'true' || value === '1' || value === 'yes');
}

function hasProtocol(value: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** A URL with one of the given protocols (e.g. `['http:', 'https:']`). */
export function url(protocols: readonly string[]) {
  const names = protocols.map((p) => `${p}//`).join(' or ');
  return requiredString().refine((value) => hasProtocol(value, protocols), {
    error: `must be a ${names} URL`,
  });
}

/** One or more comma-separated `nats://` server URLs. */
export function natsServers() {
  return requiredString().refine(
    (value) => value.split(',').every((server) => hasProtocol(server.trim(), ['nats:', 'tls:'])),
    { error: 'must be one or more nats:// URLs separated by commas' },
  );
}

/** A comma-separated list of non-empty strings. */
export function list() {
  return requiredString().transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );
}
