import {
  EMOJI_VALENCES,
  IRONY_MARKERS,
  LEXICONS,
  type PhraseMeaning,
  type SentimentLexicon,
} from './sentiment-lexicons';
import { opinionTextOf } from './text-cleaning';
import { tokenize, type Token } from './tokenizer';
import type { AnalysisLanguage, DetectedLanguage, SentimentResult } from './types';

// The rules and constants follow VADER (Hutto & Gilbert, 2014), written for short social media texts.
const NEGATION_FACTOR = -0.74;
const NEGATION_WINDOW = 3;
const CAPS_BOOST = 0.733;
const EXCLAMATION_BOOST = 0.292;
const MAX_EXCLAMATIONS = 4;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
const HYPOTHETICAL_FACTOR = 0.2;
const HYPOTHETICAL_WINDOW = 4;
const NORMALISATION_ALPHA = 15;
/** Scores at or beyond ±this are positive or negative; closer to zero, neutral. */
export const NEUTRAL_BAND = 0.25;

interface Scored {
  index: number;
  valence: number;
}

/**
 * The sentiment of a French or English text, from -1 to 1, with its label. Negations (« pas terrible »,
 * "not bad", « je ne recommande pas »), intensifiers (« vraiment », "so", CAPS, "!!!"), emoji and
 * emoticons count. For `other` and `unknown` texts only emoji and emoticons count.
 */
export function analyzeSentiment(text: string, language: DetectedLanguage): SentimentResult {
  const lexicon = language === 'fr' || language === 'en' ? LEXICONS[language] : null;
  const tokens = tokenize(opinionTextOf(text), lexicon?.language ?? null);
  return resultOf(scoreTokens(tokens, lexicon));
}

/** How many words of a text a language's lexicon knows: used to choose a lexicon for a text of unknown language. */
export function lexiconCoverage(text: string, language: AnalysisLanguage): number {
  const lexicon = LEXICONS[language];
  return tokenize(opinionTextOf(text), language).filter(
    (token) => token.kind === 'word' && (lexicon.words.has(token.key) || lexicon.phrases.has(token.key)),
  ).length;
}

function resultOf(sum: number): SentimentResult {
  const score = Math.round((sum / Math.sqrt(sum * sum + NORMALISATION_ALPHA)) * 1000) / 1000;
  if (score >= NEUTRAL_BAND) return { label: 'positive', score };
  if (score <= -NEUTRAL_BAND) return { label: 'negative', score };
  return { label: 'neutral', score };
}

function scoreTokens(tokens: Token[], lexicon: SentimentLexicon | null): number {
  const scored: Scored[] = [];
  const words = tokens.filter((token) => token.kind === 'word');
  const shouting = words.some(isShouted) && !words.every(isShouted);
  const ironic = tokens.some((token) => token.kind === 'emoji' && IRONY_MARKERS.has(token.key));
  const inPhrases = new Set<number>();
  let contrastAt = -1;
  let hypotheticalAt = -Infinity;
  const push = (at: number, valence: number): void => {
    scored.push({
      index: at,
      valence: inContext(valence, at - hypotheticalAt <= HYPOTHETICAL_WINDOW, ironic),
    });
  };
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === 'emoji' || token.kind === 'emoticon') {
      const valence = EMOJI_VALENCES.get(token.key);
      if (valence !== undefined) scored.push({ index, valence });
      index += 1;
      continue;
    }
    if (token.kind !== 'word' || lexicon === null) {
      index += 1;
      continue;
    }
    const phrase = longestPhraseAt(tokens, index, lexicon);
    if (phrase !== null) {
      const { meaning, length } = phrase;
      switch (meaning.kind) {
        case 'contrast':
          contrastAt = index;
          break;
        case 'hypothetical':
          hypotheticalAt = index + length - 1;
          break;
        case 'intensifier':
          break;
        case 'valence':
          push(index, emphasised(meaning.value, tokens, index, lexicon, shouting));
          // A negation inside an opinion phrase (« pas terrible ») negates nothing after it.
          for (let at = index; at < index + length; at += 1) inPhrases.add(at);
          break;
      }
      index += length;
      continue;
    }
    const base = wordValence(token.key, lexicon);
    if (base !== undefined && !isIntensifierBeforeOpinion(tokens, index, lexicon)) {
      const valence = emphasised(base, tokens, index, lexicon, shouting);
      push(index, isNegated(tokens, index, lexicon, inPhrases) ? valence * NEGATION_FACTOR : valence);
    }
    index += 1;
  }
  let sum = scored.reduce(
    (total, { index: at, valence }) =>
      total + (contrastAt < 0 ? valence : valence * (at < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST)),
    0,
  );
  const exclamations = Math.min(
    MAX_EXCLAMATIONS,
    tokens.filter((token) => token.kind === 'exclamation').length,
  );
  if (sum !== 0) sum += Math.sign(sum) * exclamations * EXCLAMATION_BOOST;
  return sum;
}

/** A wish counts for little; praise next to an irony emoji is a complaint. */
function inContext(valence: number, hypothetical: boolean, ironic: boolean): number {
  const weighed = hypothetical ? valence * HYPOTHETICAL_FACTOR : valence;
  return ironic && weighed > 0 ? -weighed : weighed;
}

function isShouted(token: Token): boolean {
  return token.raw.length >= 2 && /\p{Lu}/u.test(token.raw) && token.raw === token.raw.toUpperCase();
}

function wordValence(key: string, lexicon: SentimentLexicon): number | undefined {
  const direct = lexicon.words.get(key);
  if (direct !== undefined) return direct;
  // Elongated words: "goood" is "good" before "god", « nulll » is « nul ».
  const doubled = key.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const squeezed = key.replace(/(\p{L})\1{2,}/gu, '$1');
  const elongated = lexicon.words.get(doubled) ?? lexicon.words.get(squeezed);
  if (elongated !== undefined) return elongated;
  if (/^\p{N}+$/u.test(key) || key.length < 3) return undefined;
  return lexicon.byStem(squeezed);
}

function longestPhraseAt(
  tokens: Token[],
  start: number,
  lexicon: SentimentLexicon,
): { length: number; meaning: PhraseMeaning } | null {
  const keys: string[] = [];
  let found: { length: number; meaning: PhraseMeaning } | null = null;
  for (let at = start; at < tokens.length && keys.length < lexicon.longestPhrase; at += 1) {
    const token = tokens[at];
    if (token === undefined || token.kind !== 'word') break;
    keys.push(token.key);
    const meaning = lexicon.phrases.get(keys.join(' '));
    if (meaning !== undefined) found = { length: keys.length, meaning };
  }
  return found;
}

/** An intensifier right before an opinion word boosts it instead of counting itself (« super sympa »). */
function isIntensifierBeforeOpinion(tokens: Token[], index: number, lexicon: SentimentLexicon): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token === undefined || next === undefined || next.kind !== 'word') return false;
  const meaning = lexicon.phrases.get(token.key);
  return meaning?.kind === 'intensifier' && wordValence(next.key, lexicon) !== undefined;
}

function emphasised(
  valence: number,
  tokens: Token[],
  index: number,
  lexicon: SentimentLexicon,
  shouting: boolean,
): number {
  const sign = Math.sign(valence);
  let result = valence;
  const token = tokens[index];
  if (shouting && token !== undefined && isShouted(token)) result += sign * CAPS_BOOST;
  for (const [distance, damping] of [
    [1, 1],
    [2, 0.95],
    [3, 0.9],
  ] as const) {
    const boost = intensifierEndingAt(tokens, index - distance, lexicon);
    if (boost === null) continue;
    result += sign * boost * damping;
  }
  return result;
}

/** The boost of an intensifier of one or two words ending at `end` (« vraiment », « un peu »), or null. */
function intensifierEndingAt(tokens: Token[], end: number, lexicon: SentimentLexicon): number | null {
  const last = tokens[end];
  if (last === undefined || last.kind !== 'word') return null;
  const previous = tokens[end - 1];
  const pair = previous?.kind === 'word' ? lexicon.phrases.get(`${previous.key} ${last.key}`) : undefined;
  const meaning = pair?.kind === 'intensifier' ? pair : lexicon.phrases.get(last.key);
  return meaning?.kind === 'intensifier' ? meaning.value : null;
}

/** A negation within three words before (« pas du tout satisfait »), or right after (« j'aime pas »). */
function isNegated(
  tokens: Token[],
  index: number,
  lexicon: SentimentLexicon,
  inPhrases: ReadonlySet<number>,
): boolean {
  for (let distance = 1; distance <= NEGATION_WINDOW; distance += 1) {
    const before = tokens[index - distance];
    if (before === undefined || before.kind !== 'word' || inPhrases.has(index - distance)) break;
    if (lexicon.negators.has(before.key)) return true;
  }
  for (let distance = 1; distance <= 2; distance += 1) {
    const after = tokens[index + distance];
    if (after === undefined || after.kind !== 'word') break;
    if (lexicon.postNegators.has(after.key)) return true;
  }
  return false;
}
