import { DEFAULT_ITEM, MATCH_CASES } from './match-cases.fixture';
import { matches } from './match-query';
import { parseQuery } from './parse-query';
import { prepareItem } from './prepare-item';
import type { ListeningQuery } from './query-types';

function query(source: string): ListeningQuery {
  const parsed = parseQuery(source);
  if (!parsed.ok) throw new Error(`${source}: ${parsed.error.message}`);
  return parsed.query;
}

describe('matches', () => {
  it('has a table of at least 60 cases, both ways', () => {
    expect(MATCH_CASES.length).toBeGreaterThanOrEqual(60);
    expect(MATCH_CASES.filter((c) => c.match).length).toBeGreaterThan(20);
    expect(MATCH_CASES.filter((c) => !c.match).length).toBeGreaterThan(20);
  });

  it.each(MATCH_CASES.map((c) => [c.query, c.text, c.match, c] as const))(
    '%s on %j → %s',
    (source, text, expected, { item }) => {
      expect(matches(query(source), prepareItem({ ...DEFAULT_ITEM, ...item, text }))).toBe(expected);
    },
  );

  it('finds a phrase that starts on a repeated word', () => {
    expect(matches(query('"bon service"'), prepareItem({ ...DEFAULT_ITEM, text: 'bon bon service' }))).toBe(
      true,
    );
  });
});
