/** The parsed form of a listening query: what `parseQuery` returns and every consumer reads. */

export const NETWORKS = ['mastodon', 'bluesky', 'facebook', 'linkedin', 'x'] as const;
export type QueryNetwork = (typeof NETWORKS)[number];
export const ITEM_KINDS = ['mention', 'comment', 'reply', 'message', 'post'] as const;
export type QueryItemKind = (typeof ITEM_KINDS)[number];
export const FILTER_FIELDS = ['lang', 'network', 'author', 'has', 'kind'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** One word of a term or phrase, folded (lower case, no accents). */
export type WordPattern =
  | { kind: 'exact'; text: string }
  /** `organi*`: the word starts with `text`. */
  | { kind: 'prefix'; text: string }
  /** `colo*r`: the parts in order, anything (letters, digits) between; the last part may be empty. */
  | { kind: 'wildcard'; parts: string[] };

/** A term (`cafe`, `e-commerce`) or a quoted phrase: these words next to each other, in order. */
export interface WordsNode {
  type: 'words';
  words: WordPattern[];
}

/** `#relais` or `@lumiere`, folded: matches the hashtag or handle as written, not the plain word. */
export interface TagNode {
  type: 'tag';
  tag: string;
}

export type QueryFilter =
  | { field: 'lang'; value: string }
  | { field: 'network'; value: QueryNetwork }
  | { field: 'author'; value: string }
  | { field: 'has'; value: 'link' }
  | { field: 'kind'; value: QueryItemKind };

export interface FilterNode {
  type: 'filter';
  filter: QueryFilter;
}

/** `a NEAR/n b`: one of `left` and one of `right` at most `distance` words apart, either order. */
export interface NearNode {
  type: 'near';
  distance: number;
  left: WordsNode[];
  right: WordsNode[];
}

export interface NotNode {
  type: 'not';
  child: QueryNode;
}

export interface AndNode {
  type: 'and';
  children: QueryNode[];
}

export interface OrNode {
  type: 'or';
  children: QueryNode[];
}

export type QueryNode = WordsNode | TagNode | FilterNode | NearNode | NotNode | AndNode | OrNode;

export interface ListeningQuery {
  /** The text the query was parsed from. */
  source: string;
  root: QueryNode;
}
