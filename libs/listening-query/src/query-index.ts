import { matches } from './match-query';
import type { PreparedItem } from './prepare-item';
import type { ListeningQuery, QueryNode, WordPattern } from './query-types';

/** Anchors are keys an item must hold one of to possibly match: `w:word`, `p:orga` (a prefix's first letters), `t:#tag`. */
type Anchors = ReadonlySet<string>;

/** A prefix is filed under its first 2 to 4 letters; an item's word is looked up under each. */
const PREFIX_KEY_MIN = 2;
const PREFIX_KEY_MAX = 4;

/**
 * The stream matcher: many active queries, one item at a time. Each query is filed under the words,
 * prefixes or tags an item must contain for it to match (an inverted index), so an item is checked
 * only against the queries one of its words can satisfy, plus those without any such anchor (a
 * query made of filters only).
 */
export class QueryIndex {
  private readonly queries = new Map<string, { query: ListeningQuery; anchors: Anchors | null }>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly unanchored = new Set<string>();

  get size(): number {
    return this.queries.size;
  }

  set(id: string, query: ListeningQuery): void {
    this.delete(id);
    const anchors = anchorsOf(query.root);
    this.queries.set(id, { query, anchors });
    if (anchors === null) {
      this.unanchored.add(id);
      return;
    }
    for (const key of anchors) {
      let ids = this.byKey.get(key);
      if (!ids) this.byKey.set(key, (ids = new Set()));
      ids.add(id);
    }
  }

  delete(id: string): boolean {
    const entry = this.queries.get(id);
    if (!entry) return false;
    this.queries.delete(id);
    this.unanchored.delete(id);
    for (const key of entry.anchors ?? []) {
      const ids = this.byKey.get(key);
      ids?.delete(id);
      if (ids?.size === 0) this.byKey.delete(key);
    }
    return true;
  }

  /** The ids of the queries the item matches, sorted. */
  match(item: PreparedItem): string[] {
    const candidates = new Set(this.unanchored);
    const collect = (key: string): void => {
      for (const id of this.byKey.get(key) ?? []) candidates.add(id);
    };
    for (const word of item.positions.keys()) {
      collect(`w:${word}`);
      const letters = Array.from(word);
      for (let length = PREFIX_KEY_MIN; length <= Math.min(PREFIX_KEY_MAX, letters.length); length += 1) {
        collect(`p:${letters.slice(0, length).join('')}`);
      }
    }
    for (const tag of item.tags) collect(`t:${tag}`);
    const matched: string[] = [];
    for (const id of candidates) {
      const entry = this.queries.get(id);
      if (entry && matches(entry.query, item)) matched.push(id);
    }
    return matched.sort();
  }
}

function prefixKey(text: string): string {
  return Array.from(text).slice(0, PREFIX_KEY_MAX).join('');
}

function patternKey(pattern: WordPattern): string {
  switch (pattern.kind) {
    case 'exact':
      return `w:${pattern.text}`;
    case 'prefix':
      return `p:${prefixKey(pattern.text)}`;
    case 'wildcard':
      return `p:${prefixKey(pattern.parts[0] ?? '')}`;
  }
}

/** Keys of which any match holds at least one, or `null` when no such set exists. */
export function anchorsOf(node: QueryNode): Anchors | null {
  switch (node.type) {
    case 'words':
      return new Set([bestWordKey(node.words)]);
    case 'tag':
      return new Set([`t:${node.tag}`]);
    case 'near': {
      const sides = [node.left, node.right].map(
        (operands) => new Set(operands.map((operand) => bestWordKey(operand.words))),
      );
      return smallest(sides);
    }
    case 'and':
      return smallest(node.children.map(anchorsOf).filter((anchors): anchors is Anchors => anchors !== null));
    case 'or': {
      const union = new Set<string>();
      for (const child of node.children) {
        const anchors = anchorsOf(child);
        if (anchors === null) return null;
        for (const key of anchors) union.add(key);
      }
      return union;
    }
    case 'filter':
    case 'not':
      return null;
  }
}

/** The most selective word of a phrase: an exact word (the longest) before a prefix. */
function bestWordKey(words: WordPattern[]): string {
  return patternKey(words.reduce((best, pattern) => (weight(pattern) > weight(best) ? pattern : best)));
}

function weight(pattern: WordPattern): number {
  return pattern.kind === 'exact' ? 1000 + pattern.text.length : 0;
}

function smallest(candidates: Anchors[]): Anchors | null {
  let best: Anchors | null = null;
  for (const anchors of candidates) {
    if (best === null || anchors.size < best.size) best = anchors;
  }
  return best;
}
