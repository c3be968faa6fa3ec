import safeRegex from 'safe-regex2';
import { z } from 'zod';
import { TAGS, type Tag } from './types';

/** Bounds that keep a brand's rules cheap to run on every listened item. */
export const TAG_RULE_LIMITS = {
  phraseLength: 100,
  patternLength: 200,
  phrasesPerList: 300,
  patternsPerList: 50,
} as const;

const phraseSchema = z.string().trim().min(1).max(TAG_RULE_LIMITS.phraseLength);

/** A JavaScript regular expression source, run case-insensitively; refused when it may backtrack for ever. */
const patternSchema = z
  .string()
  .min(1)
  .max(TAG_RULE_LIMITS.patternLength)
  .superRefine((source, context) => {
    try {
      new RegExp(source, 'iu');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      context.addIssue({ code: 'custom', message: `not a valid regular expression: ${reason}` });
      return;
    }
    if (!safeRegex(source)) {
      context.addIssue({
        code: 'custom',
        message:
          'this pattern can take exponential time (a repeated group that itself repeats, such as (a+)+)',
      });
    }
  });

const phraseListSchema = z.array(phraseSchema).max(TAG_RULE_LIMITS.phrasesPerList).default([]);

/** What one language's text is matched against. Phrases match whole words, ignoring case and accents. */
export const tagMatchersSchema = z
  .object({
    /** Words or phrases anywhere in the text. */
    phrases: phraseListSchema,
    /** The text begins with one of these (after @handles and links are removed). */
    startsWith: phraseListSchema,
    /** The text ends with one of these ("?"), emoji aside. */
    endsWith: phraseListSchema,
    /** Regular expressions run on the raw text (links and @handles included), case-insensitive. */
    patterns: z.array(patternSchema).max(TAG_RULE_LIMITS.patternsPerList).default([]),
    /** Any of these phrases vetoes the tag (« merci pour rien » is no praise). */
    unless: phraseListSchema,
  })
  .strict();

export const tagRuleSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** This sentiment of the item counts as one signal. */
    sentiment: z.enum(['positive', 'negative']).optional(),
    /** Never this tag when the item has this sentiment (no praise in a negative item). */
    notWhenSentiment: z.enum(['positive', 'negative']).optional(),
    /** This many links or more count as one signal. */
    minLinks: z.number().int().min(1).max(50).optional(),
    /** How many signals (matched phrases or patterns, the sentiment, the links) the tag needs. */
    minSignals: z.number().int().min(1).max(10).default(1),
    /** Matchers per language; `any` applies to every language. */
    languages: z
      .object({
        any: tagMatchersSchema.optional(),
        fr: tagMatchersSchema.optional(),
        en: tagMatchersSchema.optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

/** A brand's tagging rules: one rule per tag. */
export const tagRulesSchema = z
  .object(Object.fromEntries(TAGS.map((tag) => [tag, tagRuleSchema])) as Record<Tag, typeof tagRuleSchema>)
  .strict();

export type TagMatchers = z.infer<typeof tagMatchersSchema>;
export type TagRule = z.infer<typeof tagRuleSchema>;
export type TagRules = z.infer<typeof tagRulesSchema>;

export interface TagRulesError {
  /** Where in the document, dot-separated (`spam.languages.fr.patterns.2`); empty for the document itself. */
  path: string;
  message: string;
}

export type TagRulesParseResult = { ok: true; rules: TagRules } | { ok: false; errors: TagRulesError[] };

/**
 * Checks tag rules written by a community manager (the parsed JSON document or its text) and names every
 * problem by its path: unknown fields, wrong types, over-long phrases, invalid or unsafe regular expressions.
 */
export function parseTagRules(json: unknown): TagRulesParseResult {
  let document = json;
  if (typeof json === 'string') {
    try {
      document = JSON.parse(json) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [{ path: '', message: `not JSON: ${reason}` }] };
    }
  }
  const parsed = tagRulesSchema.safeParse(document);
  if (parsed.success) return { ok: true, rules: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}
