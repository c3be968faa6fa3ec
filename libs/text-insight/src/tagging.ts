import { analyzeSentiment } from './sentiment-analysis';
import type { TagMatchers, TagRule, TagRules } from './tag-rules';
import { capText, countLinks, opinionTextOf } from './text-cleaning';
import { tokenize } from './tokenizer';
import { TAGS, type DetectedLanguage, type SentimentLabel, type Tag } from './types';

type TokenLanguage = 'fr' | 'en' | null;

/** A language's matchers, ready to run: phrases as padded token sequences, patterns compiled. */
interface CompiledMatchers {
  phrases: string[];
  startsWith: string[];
  endsWith: string[];
  patterns: RegExp[];
  unless: string[];
}

interface CompiledRule {
  rule: TagRule;
  byLanguage: Record<'fr' | 'en', CompiledMatchers[]>;
}

const compiledRules = new WeakMap<TagRules, Map<Tag, CompiledRule>>();

/** Token keys of a phrase or a text, joined by single spaces and padded, so `includes` matches whole words. */
function sequenceOf(text: string, language: TokenLanguage): string {
  const keys = tokenize(text, language)
    .filter((token) => token.kind === 'word' || token.kind === 'question' || token.kind === 'exclamation')
    .map((token) => token.key);
  return ` ${keys.join(' ')} `;
}

function compileMatchers(matchers: TagMatchers, language: TokenLanguage): CompiledMatchers {
  const sequences = (phrases: string[]): string[] =>
    phrases.map((phrase) => sequenceOf(phrase, language)).filter((sequence) => sequence.trim() !== '');
  return {
    phrases: sequences(matchers.phrases),
    startsWith: sequences(matchers.startsWith),
    endsWith: sequences(matchers.endsWith),
    patterns: matchers.patterns.map((source) => new RegExp(source, 'iu')),
    unless: sequences(matchers.unless),
  };
}

function compileRule(rule: TagRule): CompiledRule {
  const { any, fr, en } = rule.languages;
  const compile = (language: TokenLanguage, own: TagMatchers | undefined): CompiledMatchers[] =>
    [any, own]
      .filter((matchers) => matchers !== undefined)
      .map((matchers) => compileMatchers(matchers, language));
  return { rule, byLanguage: { fr: compile('fr', fr), en: compile('en', en) } };
}

function compiled(rules: TagRules): Map<Tag, CompiledRule> {
  let byTag = compiledRules.get(rules);
  if (byTag === undefined) {
    byTag = new Map(TAGS.map((tag) => [tag, compileRule(rules[tag])]));
    compiledRules.set(rules, byTag);
  }
  return byTag;
}

interface ItemText {
  raw: string;
  sequences: Map<TokenLanguage, string>;
  links: number;
}

function sequenceFor(item: ItemText, language: TokenLanguage): string {
  let sequence = item.sequences.get(language);
  if (sequence === undefined) {
    sequence = sequenceOf(opinionTextOf(item.raw), language);
    item.sequences.set(language, sequence);
  }
  return sequence;
}

/** Signals of one set of matchers, or null when one of its `unless` phrases vetoes the tag. */
function signalsOf(matchers: CompiledMatchers, sequence: string, raw: string): number | null {
  if (matchers.unless.some((phrase) => sequence.includes(phrase))) return null;
  return (
    matchers.phrases.filter((phrase) => sequence.includes(phrase)).length +
    matchers.startsWith.filter((phrase) => sequence.startsWith(phrase)).length +
    matchers.endsWith.filter((phrase) => sequence.endsWith(phrase)).length +
    matchers.patterns.filter((pattern) => pattern.test(raw)).length
  );
}

function matches(
  compiledRule: CompiledRule,
  item: ItemText,
  language: DetectedLanguage,
  sentiment: () => SentimentLabel,
): boolean {
  const { rule, byLanguage } = compiledRule;
  if (!rule.enabled) return false;
  if (rule.notWhenSentiment !== undefined && sentiment() === rule.notWhenSentiment) return false;
  // A text the detector could not place as French or English is matched against both languages' rules.
  const languages: ('fr' | 'en')[] = language === 'fr' || language === 'en' ? [language] : ['fr', 'en'];
  let signals = 0;
  for (const candidate of languages) {
    const sequence = sequenceFor(item, candidate);
    for (const matchers of byLanguage[candidate]) {
      const found = signalsOf(matchers, sequence, item.raw);
      if (found === null) return false;
      signals += found;
    }
  }
  if (rule.minLinks !== undefined && item.links >= rule.minLinks) signals += 1;
  if (signals < rule.minSignals && rule.sentiment !== undefined && sentiment() === rule.sentiment)
    signals += 1;
  return signals >= rule.minSignals;
}

/**
 * The tags of an item under a brand's rules: question, complaint, suggestion, praise, spam (in that order).
 * An item tagged spam gets no other tag. `sentiment` may be passed when already known; otherwise it is
 * computed when a rule needs it.
 */
export function tagItem(
  text: string,
  language: DetectedLanguage,
  rules: TagRules,
  sentiment?: SentimentLabel,
): Tag[] {
  const item: ItemText = { raw: capText(text), sequences: new Map(), links: countLinks(text) };
  let known = sentiment;
  const sentimentOnce = (): SentimentLabel => {
    known ??= analyzeSentiment(text, language).label;
    return known;
  };
  const byTag = compiled(rules);
  const matching = (tag: Tag): boolean => {
    const compiledRule = byTag.get(tag);
    return compiledRule !== undefined && matches(compiledRule, item, language, sentimentOnce);
  };
  if (matching('spam')) return ['spam'];
  return TAGS.filter((tag) => tag !== 'spam' && matching(tag));
}
