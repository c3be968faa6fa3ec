import { payloadOf } from '../graphql/payload';

/**
 * `payloadOf`, except that an explicit null on one of `clearable` is kept: for those fields null means
 * "clear it" (no link, no campaign, no planned date), while leaving the field out leaves it unchanged.
 */
export function withNulls<T extends object>(
  input: T,
  clearable: readonly (keyof T)[],
): Record<string, unknown> {
  const payload: Record<string, unknown> = payloadOf(input);
  for (const key of clearable) if (input[key] === null) payload[key as string] = null;
  return payload;
}
