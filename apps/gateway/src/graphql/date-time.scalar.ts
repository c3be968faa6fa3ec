import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { nonexistentDateTime } from '@relais/contracts';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function invalid(value: unknown): GraphQLError {
  return new GraphQLError(
    `DateTime must be an ISO 8601 date-time with a time zone, such as 2025-03-01T09:30:00Z; got ${JSON.stringify(value)}`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

function nonexistent(value: string, reason: string): GraphQLError {
  return new GraphQLError(`DateTime ${JSON.stringify(value)} does not exist: ${reason}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/**
 * Parses an input date-time into its normalised UTC ISO string (what the services expect). A date or
 * time that does not exist (30 February, 24:00) is refused rather than rolled over into the next month.
 */
export function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) throw invalid(value);
  const reason = nonexistentDateTime(value);
  if (reason) throw nonexistent(value, reason);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw invalid(value);
  return date.toISOString();
}

/** Services answer with ISO strings; a Date is accepted too. */
export function serializeDateTime(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  if (typeof value === 'string') {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(value)}`);
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'A date-time in ISO 8601 format, answered in UTC: 2025-03-01T09:30:00.000Z.',
  serialize: serializeDateTime,
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalid(ast.kind);
    return parseDateTime(ast.value);
  },
});
