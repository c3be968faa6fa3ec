import { matches } from './match-query';
import { parseQuery } from './parse-query';
import { prepareItem } from './prepare-item';
import { QUERY_ERROR_CODES } from './query-errors';
import { toSqlCondition, LISTENING_COLUMNS } from './sql-condition';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const PIECES = [
  'AND',
  'OR',
  'NOT',
  'NEAR/',
  'NEAR/3',
  '(',
  ')',
  '"',
  '-',
  '*',
  '#',
  '@',
  ':',
  'lang:',
  'fr',
  'cafe',
  'é',
  ' ',
  ' ',
  '\n',
  '\u0000',
  '\ud800',
  '\udfff',
  '😀',
  "'",
  "l'",
  'x',
  '12',
  'has:link',
  'author:',
];

describe('parseQuery on any input', () => {
  it('answers ok or a coded error for 5,000 random strings, and never throws', () => {
    const next = random(42);
    const codes = new Set<string>(QUERY_ERROR_CODES);
    const item = prepareItem({
      text: 'cafe fr x 12 #x',
      language: 'fr',
      network: 'x',
      kind: 'post',
      authorHandle: 'x',
    });
    let parsedOk = 0;
    for (let round = 0; round < 5000; round += 1) {
      const length = Math.floor(next() * 14);
      let source = '';
      for (let i = 0; i < length; i += 1) {
        source +=
          next() < 0.7
            ? (PIECES[Math.floor(next() * PIECES.length)] ?? '')
            : String.fromCharCode(Math.floor(next() * 0x10000));
      }
      const result = parseQuery(source);
      if (result.ok) {
        parsedOk += 1;
        expect(typeof matches(result.query, item)).toBe('boolean');
        expect(toSqlCondition(result.query, LISTENING_COLUMNS).sql).not.toContain(source.trim() || '\u0000');
      } else {
        expect(codes.has(result.error.code)).toBe(true);
        expect(result.error.offset).toBeGreaterThanOrEqual(0);
        expect(result.error.offset).toBeLessThanOrEqual(source.length);
      }
    }
    expect(parsedOk).toBeGreaterThan(100);
  });

  it('refuses deep nesting and long NOT chains without overflowing the stack', () => {
    expect(parseQuery('('.repeat(1000) + 'a').ok).toBe(false);
    expect(parseQuery('NOT '.repeat(499) + 'a').ok).toBe(false);
    expect(parseQuery('-'.repeat(1999) + 'a').ok).toBe(false);
  });
});
