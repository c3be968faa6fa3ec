export { DEFAULT_TAG_RULES } from './default-tag-rules';
export { analyzeItem, type AnalyzeItemOptions } from './item-analysis';
export { detectLanguage, MIN_LETTERS_FOR_LANGUAGE } from './language-detection';
export { analyzeSentiment, NEUTRAL_BAND } from './sentiment-analysis';
export {
  parseTagRules,
  TAG_RULE_LIMITS,
  tagMatchersSchema,
  tagRuleSchema,
  tagRulesSchema,
  type TagMatchers,
  type TagRule,
  type TagRules,
  type TagRulesError,
  type TagRulesParseResult,
} from './tag-rules';
export { tagItem } from './tagging';
export { MAX_TEXT_LENGTH } from './text-cleaning';
export * from './types';
