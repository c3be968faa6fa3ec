import { parseQuery } from './parse-query';
import { listeningColumns, LISTENING_COLUMNS, toSqlCondition } from './sql-condition';
import type { ListeningQuery } from './query-types';

function query(source: string): ListeningQuery {
  const parsed = parseQuery(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.query;
}

describe('toSqlCondition', () => {
  it('passes every user value as a parameter, numbered from firstParam', () => {
    const condition = toSqlCondition(
      query("l'Appli OR #Relais author:@Bob_o lang:fr"),
      listeningColumns('i'),
      3,
    );
    expect(condition.sql).toBe(
      '("i"."search_words" @@ $3::tsquery OR ("i"."search_tags" @> ARRAY[$4::text] AND ' +
        '(ltrim(lower("i"."author_handle"), \'@\') = $5 OR split_part(ltrim(lower("i"."author_handle"), \'@\'), \'@\', 1) = $5) AND ' +
        'coalesce(replace(lower("i"."language"), \'_\', \'-\') = $6 OR replace(lower("i"."language"), \'_\', \'-\') LIKE $7, false)))',
    );
    expect(condition.params).toEqual(["'appli'", '#relais', 'bob_o', 'fr', 'fr-%']);
  });

  it('writes phrases, prefixes and NEAR as tsquery, and inner wildcards also as a regular expression', () => {
    expect(toSqlCondition(query('"service cli*"'), LISTENING_COLUMNS).params).toEqual([
      "('service' <-> 'cli':*)",
    ]);
    expect(toSqlCondition(query('a NEAR/2 b'), LISTENING_COLUMNS).params).toEqual([
      "('a') <1> ('b') | ('b') <1> ('a') | ('a') <2> ('b') | ('b') <2> ('a')",
    ]);
    const inner = toSqlCondition(query('colo*r'), LISTENING_COLUMNS);
    expect(inner.sql).toBe('("search_words" @@ $1::tsquery AND "search_text" ~ $2)');
    expect(inner.params).toEqual(["'colo':*", '(^| )colo[^ ]*r( |$)']);
  });

  it('refuses a column that is not an identifier', () => {
    expect(() =>
      toSqlCondition(query('a'), { ...LISTENING_COLUMNS, searchWords: 'x; DROP TABLE y' }),
    ).toThrow('Not a column name');
  });
});
