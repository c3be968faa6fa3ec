function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (!isRecord(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null && item !== undefined) result[key] = strip(item);
  }
  return result;
}

/**
 * GraphQL arguments as a NATS payload: a plain object without null or absent optional fields. In this
 * API an explicit null on an optional input means the same as leaving it out ("no change", "none").
 */
export function payloadOf<T extends object>(input: T): { [K in keyof T]: Exclude<T[K], null> } {
  return strip(input) as { [K in keyof T]: Exclude<T[K], null> };
}
