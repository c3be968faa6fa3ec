import { formatQuery } from './format-query';
import { parseQuery } from './parse-query';
import type { QueryErrorCode } from './query-errors';

function shape(source: string): string {
  const result = parseQuery(source);
  if (!result.ok) throw new Error(`${source}: ${result.error.message}`);
  return formatQuery(result.query);
}

describe('parseQuery: constructs', () => {
  it.each([
    ['cafe', 'cafe'],
    ['Café', 'cafe'],
    ['"Service Client"', '"service client"'],
    ['cafe croissant', 'cafe AND croissant'],
    ['cafe AND croissant', 'cafe AND croissant'],
    ['cafe OR the', 'cafe OR the'],
    ['cafe NOT decaf', 'cafe AND NOT decaf'],
    ['cafe -decaf', 'cafe AND NOT decaf'],
    ['e-commerce', '"e commerce"'],
    ["l'appli", 'appli'],
    ['organi*', 'organi*'],
    ['colo*r', 'colo*r'],
    ['#Relais @Lumiere', '#relais AND @lumiere'],
    ['livraison NEAR/3 retard', 'livraison NEAR/3 retard'],
    ['"a b" NEAR/3 c', '"a b" NEAR/3 c'],
    ['(colis OR paquet) NEAR/2 abime*', '(colis OR paquet) NEAR/2 abime*'],
    [
      'lang:FR network:Bluesky author:@Lumiere has:link kind:comment',
      'lang:fr AND network:bluesky AND author:lumiere AND has:link AND kind:comment',
    ],
    ['author:lumiere@mastodon.social', 'author:lumiere@mastodon.social'],
    ['lang:pt_BR', 'lang:pt-br'],
    ['AND_ORNOT', '"and ornot"'],
    ['NOTHING', 'nothing'],
  ])('%s reads as %s', (source, canonical) => {
    expect(shape(source)).toBe(canonical);
  });

  it('binds NOT tighter than NEAR, NEAR tighter than AND, AND tighter than OR', () => {
    expect(shape('a OR b c')).toBe('a OR b AND c');
    expect(shape('(a OR b) c')).toBe('(a OR b) AND c');
    expect(shape('a b NEAR/2 c OR d')).toBe('a AND b NEAR/2 c OR d');
    expect(shape('NOT (a OR b) c')).toBe('NOT (a OR b) AND c');
    expect(shape('x NOT (a NEAR/2 b)')).toBe('x AND NOT (a NEAR/2 b)');
    const notFirst = parseQuery('x NOT a NEAR/2 b');
    expect(notFirst.ok || notFirst.error.code).toBe('QUERY_BAD_NEAR_OPERAND');
  });

  it.each([
    'cafe OR (the "service client") -decaf',
    '(colis OR "gros paquet") NEAR/4 (retard OR abime*) lang:fr',
    'NOT (a NEAR/2 b) c OR #relais network:x',
    'colo*r NOT (x OR y OR author:lumiere)',
  ])('formats %s canonically, and the canonical text parses to the same tree', (source) => {
    const first = parseQuery(source);
    if (!first.ok) throw new Error(first.error.message);
    const again = parseQuery(formatQuery(first.query));
    if (!again.ok) throw new Error(again.error.message);
    expect(again.query.root).toEqual(first.query.root);
  });
});

describe('parseQuery: errors', () => {
  it.each<[string, QueryErrorCode, number, string | null]>([
    ['', 'QUERY_EMPTY', 0, null],
    ['"service client', 'QUERY_UNCLOSED_QUOTE', 0, null],
    ['cafe "service', 'QUERY_UNCLOSED_QUOTE', 5, null],
    ['cafe AND', 'QUERY_EXPECTED_TERM', 8, null],
    ['cafe OR )', 'QUERY_EXPECTED_TERM', 8, ')'],
    ['AND cafe', 'QUERY_EXPECTED_TERM', 0, 'AND'],
    ['()', 'QUERY_EXPECTED_TERM', 1, ')'],
    ['cafe (the OR x', 'QUERY_EXPECTED_CLOSING_PARENTHESIS', 5, '('],
    ['cafe)', 'QUERY_UNEXPECTED_CLOSING_PARENTHESIS', 4, ')'],
    ['!!!', 'QUERY_EMPTY_TERM', 0, '!!!'],
    ['o*', 'QUERY_BAD_WILDCARD', 0, 'o*'],
    ['*tion', 'QUERY_BAD_WILDCARD', 0, '*tion'],
    ['#relais*', 'QUERY_BAD_WILDCARD', 0, '#relais*'],
    ['#', 'QUERY_BAD_TAG', 0, '#'],
    ['cafe foo:bar', 'QUERY_UNKNOWN_FILTER', 5, 'foo:'],
    ['network:myspace', 'QUERY_BAD_FILTER_VALUE', 8, 'myspace'],
    ['lang:', 'QUERY_BAD_FILTER_VALUE', 5, null],
    ['kind:story', 'QUERY_BAD_FILTER_VALUE', 5, 'story'],
    ['has:image', 'QUERY_BAD_FILTER_VALUE', 4, 'image'],
    ['a NEAR b', 'QUERY_BAD_NEAR_DISTANCE', 2, 'NEAR'],
    ['a NEAR/0 b', 'QUERY_BAD_NEAR_DISTANCE', 2, 'NEAR/0'],
    ['a NEAR/51 b', 'QUERY_BAD_NEAR_DISTANCE', 2, 'NEAR/51'],
    ['a NEAR/x b', 'QUERY_BAD_NEAR_DISTANCE', 2, 'NEAR/x'],
    ['a NEAR/2 lang:fr', 'QUERY_BAD_NEAR_OPERAND', 9, null],
    ['a NEAR/2 b NEAR/2 c', 'QUERY_BAD_NEAR_OPERAND', 11, 'NEAR'],
    ['NOT cafe', 'QUERY_ONLY_NEGATIVE', 0, null],
    ['-cafe -the', 'QUERY_ONLY_NEGATIVE', 0, null],
    ['cafe OR -the', 'QUERY_ONLY_NEGATIVE', 0, null],
    ['x'.repeat(2001), 'QUERY_TOO_LONG', 2000, null],
    ['('.repeat(21) + 'a' + ')'.repeat(21), 'QUERY_TOO_COMPLEX', 20, '('],
    [Array.from({ length: 201 }, (_, i) => `w${i}`).join(' '), 'QUERY_TOO_COMPLEX', 890, null],
  ])('%j → %s at %d', (source, code, offset, found) => {
    const result = parseQuery(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code, offset, found });
    expect(result.error.message).toMatch(/\w/);
  });

  it('gives line and column, and what was expected', () => {
    const result = parseQuery('cafe\nAND (the OR');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'QUERY_EXPECTED_TERM',
        message: 'Expected a term but found the end of the query.',
        offset: 16,
        line: 2,
        column: 12,
        expected: ['a term'],
        found: null,
      },
    });
  });

  it('names the filters it knows when one is unknown', () => {
    const result = parseQuery('langue:fr cafe');
    expect(result.ok || result.error.expected).toEqual(['lang:', 'network:', 'author:', 'has:', 'kind:']);
  });
});
