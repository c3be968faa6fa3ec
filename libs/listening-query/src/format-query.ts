import type { ListeningQuery, QueryFilter, QueryNode, WordPattern, WordsNode } from './query-types';

/**
 * The canonical text of a query: folded words, explicit AND, parentheses only where needed.
 * `parseQuery(formatQuery(q))` gives back the same tree.
 */
export function formatQuery(query: ListeningQuery): string {
  return format(query.root, 'or');
}

type Level = 'or' | 'and' | 'unary';

function format(node: QueryNode, level: Level): string {
  switch (node.type) {
    case 'words':
      return formatWords(node);
    case 'tag':
      return node.tag;
    case 'filter':
      return formatFilter(node.filter);
    case 'near': {
      const side = (operands: WordsNode[]): string => {
        const [only, ...others] = operands;
        return only && others.length === 0
          ? formatWords(only)
          : `(${operands.map(formatWords).join(' OR ')})`;
      };
      const text = `${side(node.left)} NEAR/${node.distance} ${side(node.right)}`;
      return level === 'unary' ? `(${text})` : text;
    }
    case 'not':
      return `NOT ${format(node.child, 'unary')}`;
    case 'and': {
      const text = node.children.map((child) => format(child, 'and')).join(' AND ');
      return level === 'or' ? text : `(${text})`;
    }
    case 'or': {
      const text = node.children.map((child) => format(child, 'or')).join(' OR ');
      return level === 'or' && node.children.length > 0 ? text : `(${text})`;
    }
  }
}

function formatWords(node: WordsNode): string {
  const words = node.words.map(formatPattern).join(' ');
  return node.words.length === 1 ? words : `"${words}"`;
}

function formatPattern(pattern: WordPattern): string {
  switch (pattern.kind) {
    case 'exact':
      return pattern.text;
    case 'prefix':
      return `${pattern.text}*`;
    case 'wildcard':
      return pattern.parts.join('*');
  }
}

function formatFilter(filter: QueryFilter): string {
  return `${filter.field}:${filter.value}`;
}

/** The query in plain English, for tooltips and logs: `"cafe" and not "the", in French`. */
export function describeQuery(query: ListeningQuery): string {
  return describe(query.root);
}

function describe(node: QueryNode): string {
  switch (node.type) {
    case 'words':
      return node.words.length === 1 ? `the word ${formatWords(node)}` : `the phrase ${formatWords(node)}`;
    case 'tag':
      return node.tag.startsWith('#') ? `the hashtag ${node.tag}` : `the handle ${node.tag}`;
    case 'filter':
      return describeFilter(node.filter);
    case 'near':
      return `${node.left.map(formatWords).join(' or ')} within ${node.distance} words of ${node.right.map(formatWords).join(' or ')}`;
    case 'not':
      return `not ${describe(node.child)}`;
    case 'and':
      return `(${node.children.map(describe).join(' and ')})`;
    case 'or':
      return `(${node.children.map(describe).join(' or ')})`;
  }
}

function describeFilter(filter: QueryFilter): string {
  switch (filter.field) {
    case 'lang':
      return `in language ${filter.value}`;
    case 'network':
      return `on ${filter.value}`;
    case 'author':
      return `by @${filter.value}`;
    case 'has':
      return 'with a link';
    case 'kind':
      return `a ${filter.value}`;
  }
}
