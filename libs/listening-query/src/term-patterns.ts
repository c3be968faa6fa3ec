import { foldText, isTag, removeElisions } from './normalize';
import { MIN_WILDCARD_PREFIX, QueryFailure } from './query-errors';
import type { TagNode, WordPattern, WordsNode } from './query-types';

const NOT_WORD_OR_STAR = /[^\p{Alphabetic}\p{Nd}*]+/u;

/** A term as written (`Café`, `l'appli`, `organi*`, `#Relais`): its words, or the tag it names. */
export function termNode(text: string, at: number): WordsNode | TagNode {
  const folded = foldText(text);
  if (folded.startsWith('#') || folded.startsWith('@')) {
    if (folded.includes('*')) {
      throw new QueryFailure(
        'QUERY_BAD_WILDCARD',
        `A hashtag or handle takes no wildcard: "${text}".`,
        at,
        [],
        text,
      );
    }
    if (!isTag(folded)) {
      throw new QueryFailure(
        'QUERY_BAD_TAG',
        `"${text}" is not a hashtag or handle: use letters, digits and _ after # or @.`,
        at,
        ['a hashtag', 'a handle'],
        text,
      );
    }
    return { type: 'tag', tag: folded };
  }
  return wordsNode(folded, text, at);
}

/** A quoted phrase: its words next to each other, in order (`#` and `@` are ignored inside). */
export function phraseNode(text: string, at: number): WordsNode {
  return wordsNode(foldText(text), `"${text}"`, at);
}

function wordsNode(folded: string, written: string, at: number): WordsNode {
  const words = removeElisions(folded)
    .split(NOT_WORD_OR_STAR)
    .filter((token) => token !== '')
    .map((token) => wordPattern(token, written, at));
  if (words.length === 0) {
    throw new QueryFailure(
      'QUERY_EMPTY_TERM',
      `${written} has no letter or digit to look for.`,
      at,
      ['a word'],
      written,
    );
  }
  return { type: 'words', words };
}

function wordPattern(token: string, written: string, at: number): WordPattern {
  if (!token.includes('*')) return { kind: 'exact', text: token };
  const parts = token.replace(/\*+/g, '*').split('*');
  const first = parts[0] ?? '';
  if (Array.from(first).length < MIN_WILDCARD_PREFIX) {
    throw new QueryFailure(
      'QUERY_BAD_WILDCARD',
      `A wildcard needs at least ${MIN_WILDCARD_PREFIX} letters before it: ${written}.`,
      at,
      [`${MIN_WILDCARD_PREFIX} letters before *`],
      written,
    );
  }
  if (parts.length === 2 && parts[1] === '') return { kind: 'prefix', text: first };
  return { kind: 'wildcard', parts };
}
