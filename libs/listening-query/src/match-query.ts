import type { PreparedItem } from './prepare-item';
import type { ListeningQuery, NearNode, QueryFilter, QueryNode, WordPattern, WordsNode } from './query-types';

/** A run of words in the item: first and last positions. */
interface Span {
  start: number;
  end: number;
}

/** Whether a prepared item matches a query. Back-search (`toSqlCondition`) answers the same. */
export function matches(query: ListeningQuery, item: PreparedItem): boolean {
  return evaluate(query.root, item);
}

function evaluate(node: QueryNode, item: PreparedItem): boolean {
  switch (node.type) {
    case 'words':
      return spans(node, item).length > 0;
    case 'tag':
      return item.tags.has(node.tag);
    case 'filter':
      return filterMatches(node.filter, item);
    case 'near':
      return nearMatches(node, item);
    case 'not':
      return !evaluate(node.child, item);
    case 'and':
      return node.children.every((child) => evaluate(child, item));
    case 'or':
      return node.children.some((child) => evaluate(child, item));
  }
}

function filterMatches(filter: QueryFilter, item: PreparedItem): boolean {
  switch (filter.field) {
    case 'lang':
      return (
        item.language !== null &&
        (item.language === filter.value || item.language.startsWith(`${filter.value}-`))
      );
    case 'network':
      return item.network === filter.value;
    case 'kind':
      return item.kind === filter.value;
    case 'has':
      return item.hasLink;
    case 'author':
      return item.authorHandle === filter.value || item.authorHandle.split('@')[0] === filter.value;
  }
}

function nearMatches(node: NearNode, item: PreparedItem): boolean {
  const left = node.left.flatMap((operand) => spans(operand, item));
  if (left.length === 0) return false;
  const right = node.right.flatMap((operand) => spans(operand, item));
  return left.some((a) =>
    right.some((b) => {
      const gap = b.start > a.end ? b.start - a.end : a.start - b.end;
      return gap >= 1 && gap <= node.distance;
    }),
  );
}

/** Where the words of a term or phrase stand next to each other, in order. */
function spans(node: WordsNode, item: PreparedItem): Span[] {
  const [first, ...rest] = node.words;
  if (!first) return [];
  const following = rest.map((pattern) => new Set(positionsOf(pattern, item)));
  return positionsOf(first, item)
    .filter((start) => following.every((positions, index) => positions.has(start + index + 1)))
    .map((start) => ({ start, end: start + rest.length }));
}

function positionsOf(pattern: WordPattern, item: PreparedItem): readonly number[] {
  if (pattern.kind === 'exact') return item.positions.get(pattern.text) ?? [];
  const found: number[] = [];
  for (const [word, positions] of item.positions) {
    if (wordMatches(pattern, word)) found.push(...positions);
  }
  return found;
}

const wildcardCache = new WeakMap<WordPattern, RegExp>();

export function wordMatches(pattern: WordPattern, word: string): boolean {
  switch (pattern.kind) {
    case 'exact':
      return word === pattern.text;
    case 'prefix':
      return word.startsWith(pattern.text);
    case 'wildcard': {
      let regex = wildcardCache.get(pattern);
      if (!regex) {
        regex = new RegExp(`^${pattern.parts.map(escapeRegex).join('.*')}$`, 'u');
        wildcardCache.set(pattern, regex);
      }
      return regex.test(word);
    }
  }
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
