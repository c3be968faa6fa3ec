import { generate, type Parser } from 'peggy';

/**
 * The grammar of listening queries (peggy), compiled once on first use. It only finds the shape
 * (operators, groups, words, phrases, filters) with offsets; `build-query.ts` checks and folds the
 * words. Precedence, loosest first: OR, AND (or nothing between two terms), NEAR/n, NOT and `-`.
 */
export const QUERY_GRAMMAR = String.raw`
Query = _ q:Or _ End { return q; }

End "the end of the query" = !.

Or = head:And tail:(_ OrOp _ @And)* {
  return tail.length === 0 ? head : { t: 'or', items: [head, ...tail] };
}

And = head:Near tail:(_ (AndOp _)? @Near)* {
  return tail.length === 0 ? head : { t: 'and', items: [head, ...tail] };
}

Near = left:Unary tail:(_ @NearOp _ @Unary)* {
  return tail.length === 0 ? left : { t: 'near', left, links: tail.map(([op, right]) => ({ ...op, right })) };
}

Unary = nots:NotOp* item:Primary {
  return nots.reduceRight((child, at) => ({ t: 'not', item: child, at }), item);
}

NotOp
  = "NOT" !TermChar _ { return location().start.offset; }
  / "-" &[^ \t\n\r\u000B\u000C\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF] { return location().start.offset; }

Primary = Group / Word

Group = "(" _ item:Or _ CloseParen { return { t: 'group', item, at: location().start.offset }; }

CloseParen "a closing parenthesis" = ")"

Word "a term" = Phrase / Filter / Term

Phrase = '"' text:$[^"]* close:'"'? {
  return { t: 'phrase', text, closed: close !== null, at: location().start.offset };
}

Filter = key:$[a-zA-Z_]+ ":" value:$TermChar* {
  return { t: 'filter', key, value, at: location().start.offset };
}

Term = !Keyword text:$([^ \t\n\r\u000B\u000C\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF()"\-] TermChar*) {
  return { t: 'term', text, at: location().start.offset };
}

Keyword = ("AND" / "OR" / "NOT" / "NEAR") !TermChar / "NEAR/"

AndOp "AND" = "AND" !TermChar

OrOp "OR" = "OR" !TermChar

NearOp "NEAR/n" = "NEAR" distance:$("/" TermChar*)? !TermChar {
  return { distance: distance.slice(1), slash: distance.length > 0, at: location().start.offset };
}

TermChar = [^ \t\n\r\u000B\u000C\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF()"]

_ "space" = [ \t\n\r\u000B\u000C\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]*
`;

/** What the grammar returns, before checks. Offsets are in UTF-16 units from the query's start. */
export type RawNode =
  | { t: 'term'; text: string; at: number }
  | { t: 'phrase'; text: string; closed: boolean; at: number }
  | { t: 'filter'; key: string; value: string; at: number }
  | { t: 'group'; item: RawNode; at: number }
  | { t: 'not'; item: RawNode; at: number }
  | { t: 'and' | 'or'; items: RawNode[] }
  | { t: 'near'; left: RawNode; links: RawNearLink[] };

export interface RawNearLink {
  distance: string;
  slash: boolean;
  at: number;
  right: RawNode;
}

let parser: Parser | undefined;

export function queryParser(): Parser {
  parser ??= generate(QUERY_GRAMMAR);
  return parser;
}
