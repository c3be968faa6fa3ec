import document from './rules/default-tag-rules.json';
import { parseTagRules, type TagRules } from './tag-rules';

function defaultRules(): TagRules {
  const parsed = parseTagRules(document);
  if (!parsed.ok) {
    throw new Error(
      `The default tag rules are invalid: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
    );
  }
  return parsed.rules;
}

/** Rules that suit most brands in French and English; a brand's own rules start as a copy of these. */
export const DEFAULT_TAG_RULES: TagRules = defaultRules();
