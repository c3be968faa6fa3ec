import { DomainException } from '@relais/server-errors';
import { readQuerySource } from './query-source';

function refusal(source: string): DomainException {
  try {
    readQuerySource(source);
  } catch (error) {
    if (error instanceof DomainException) return error;
    throw error;
  }
  throw new Error(`Expected "${source}" to be refused`);
}

describe('readQuerySource', () => {
  it('reads a valid query', () => {
    expect(readQuerySource('(colis OR paquet) abime*').source).toBe('(colis OR paquet) abime*');
  });

  it('refuses a bad query on its field, with the code and where the problem is', () => {
    const error = refusal('livraison AND (retard');
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual([
      expect.objectContaining({
        field: 'source',
        constraint: 'QUERY_EXPECTED_CLOSING_PARENTHESIS',
        params: expect.objectContaining({ line: 1 }),
      }),
    ]);
  });

  it('points at the second line of a query written on two', () => {
    const error = refusal('cafe\nOR "the');
    expect(error.fields?.[0]).toMatchObject({
      constraint: 'QUERY_UNCLOSED_QUOTE',
      params: { line: 2, column: 4, offset: 8 },
    });
  });
});
