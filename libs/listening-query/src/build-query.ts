import { MAX_NEAR_DISTANCE, MAX_QUERY_TERMS, QueryFailure } from './query-errors';
import { queryFilter } from './query-filters';
import type { RawNearLink, RawNode } from './query-grammar';
import type { QueryNode, WordsNode } from './query-types';
import { phraseNode, termNode } from './term-patterns';

/** Turns what the grammar read into a checked `QueryNode`: words folded, filters and NEAR checked. */
export function buildQuery(raw: RawNode): QueryNode {
  const counter = { terms: 0 };
  const root = build(raw, counter);
  if (!positive(root)) {
    throw new QueryFailure(
      'QUERY_ONLY_NEGATIVE',
      'The query only says what to leave out, so it would match everything: add what to look for.',
      0,
      ['a term to look for'],
    );
  }
  return root;
}

function build(raw: RawNode, counter: { terms: number }): QueryNode {
  switch (raw.t) {
    case 'term':
    case 'phrase':
    case 'filter':
      count(counter, raw.at);
      if (raw.t === 'term') return termNode(raw.text, raw.at);
      if (raw.t === 'filter') return { type: 'filter', filter: queryFilter(raw.key, raw.value, raw.at) };
      return phrase(raw.text, raw.closed, raw.at);
    case 'group':
      return build(raw.item, counter);
    case 'not':
      return { type: 'not', child: build(raw.item, counter) };
    case 'and':
    case 'or': {
      const type = raw.t;
      const children = raw.items
        .map((item) => build(item, counter))
        .flatMap((child) => (child.type === type ? child.children : [child]));
      return { type, children };
    }
    case 'near':
      return near(raw.left, raw.links, counter);
  }
}

function count(counter: { terms: number }, at: number): void {
  counter.terms += 1;
  if (counter.terms > MAX_QUERY_TERMS) {
    throw new QueryFailure(
      'QUERY_TOO_COMPLEX',
      `A query may hold at most ${MAX_QUERY_TERMS} terms: split it into several queries.`,
      at,
    );
  }
}

function phrase(text: string, closed: boolean, at: number): WordsNode {
  if (!closed) {
    throw new QueryFailure(
      'QUERY_UNCLOSED_QUOTE',
      'This quote is never closed: add the closing ".',
      at,
      ['"'],
      null,
    );
  }
  return phraseNode(text, at);
}

function near(left: RawNode, links: RawNearLink[], counter: { terms: number }): QueryNode {
  const [link, second] = links;
  if (!link) return build(left, counter);
  if (second) {
    throw new QueryFailure(
      'QUERY_BAD_NEAR_OPERAND',
      'NEAR links two terms: write (a NEAR/3 b) AND (b NEAR/3 c) to chain them.',
      second.at,
      ['AND', 'OR'],
      'NEAR',
    );
  }
  const distance = /^[0-9]{1,3}$/.test(link.distance) ? Number(link.distance) : NaN;
  if (!(distance >= 1 && distance <= MAX_NEAR_DISTANCE)) {
    throw new QueryFailure(
      'QUERY_BAD_NEAR_DISTANCE',
      `NEAR needs a distance in words from 1 to ${MAX_NEAR_DISTANCE}, as in NEAR/5.`,
      link.at,
      [`NEAR/1 to NEAR/${MAX_NEAR_DISTANCE}`],
      `NEAR${link.slash ? `/${link.distance}` : ''}`,
    );
  }
  return {
    type: 'near',
    distance,
    left: nearOperand(left, link.at, counter),
    right: nearOperand(link.right, link.at, counter),
  };
}

/** A NEAR side: a term, a phrase, or a parenthesised OR of them. */
function nearOperand(raw: RawNode, nearAt: number, counter: { terms: number }): WordsNode[] {
  const refuse = (): QueryFailure =>
    new QueryFailure(
      'QUERY_BAD_NEAR_OPERAND',
      'Each side of NEAR must be a word, a "phrase" or (words OR "phrases"), without filters, hashtags or NOT.',
      'at' in raw ? raw.at : nearAt,
      ['a term', 'a quoted phrase'],
      null,
    );
  if (raw.t === 'group') return nearOperand(raw.item, nearAt, counter);
  if (raw.t === 'or') return raw.items.flatMap((item) => nearOperand(item, nearAt, counter));
  if (raw.t !== 'term' && raw.t !== 'phrase') throw refuse();
  const node = build(raw, counter);
  if (node.type !== 'words') throw refuse();
  return [node];
}

/** Whether every match needs something present (a query of only NOTs would match everything). */
function positive(node: QueryNode): boolean {
  switch (node.type) {
    case 'not':
      return false;
    case 'and':
      return node.children.some(positive);
    case 'or':
      return node.children.every(positive);
    case 'words':
    case 'tag':
    case 'filter':
    case 'near':
      return true;
  }
}
