import { GraphQLError } from 'graphql';
import { parseDateTime } from './date-time.scalar';

function refusal(value: unknown): GraphQLError {
  try {
    parseDateTime(value);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error(`${String(value)} was accepted`);
}

describe('the DateTime scalar', () => {
  it('normalises a real date-time to UTC', () => {
    expect(parseDateTime('2028-02-29T10:00:00+01:00')).toBe('2028-02-29T09:00:00.000Z');
  });

  it('refuses a day the month does not have, instead of rolling over into the next month', () => {
    const error = refusal('2027-02-30T09:00:00Z');
    expect(error.extensions['code']).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      'DateTime "2027-02-30T09:00:00Z" does not exist: February 2027 has 28 days, so no day 30',
    );
  });

  it.each(['2027-02-29T09:00:00Z', '2027-04-31T09:00:00Z', '2027-03-01T24:00:00Z', '2027-13-01T09:00:00Z'])(
    'refuses %s as a date-time that does not exist',
    (value) => expect(refusal(value).message).toContain('does not exist'),
  );

  it('still refuses what is not an ISO 8601 date-time', () => {
    expect(refusal('tomorrow').message).toContain('must be an ISO 8601 date-time');
  });
});
