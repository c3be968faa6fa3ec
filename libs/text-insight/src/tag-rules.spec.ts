import { DEFAULT_TAG_RULES } from './default-tag-rules';
import { parseTagRules, TAG_RULE_LIMITS, type TagRules } from './tag-rules';

function rulesWith(change: (rules: TagRules) => void): unknown {
  const rules = structuredClone(DEFAULT_TAG_RULES);
  change(rules);
  return rules;
}

function errorsOf(json: unknown): { path: string; message: string }[] {
  const parsed = parseTagRules(json);
  if (parsed.ok) throw new Error('expected the rules to be refused');
  return parsed.errors;
}

describe('parseTagRules', () => {
  it('accepts the default rules, as a document and as JSON text', () => {
    expect(parseTagRules(structuredClone(DEFAULT_TAG_RULES))).toEqual({ ok: true, rules: DEFAULT_TAG_RULES });
    expect(parseTagRules(JSON.stringify(DEFAULT_TAG_RULES))).toEqual({ ok: true, rules: DEFAULT_TAG_RULES });
  });

  it('fills the defaults of a minimal rule', () => {
    const parsed = parseTagRules({ question: {}, complaint: {}, suggestion: {}, praise: {}, spam: {} });
    expect(parsed).toEqual({
      ok: true,
      rules: expect.objectContaining({ question: { enabled: true, minSignals: 1, languages: {} } }),
    });
  });

  it('names an invalid regular expression by its path', () => {
    const errors = errorsOf(rulesWith((rules) => rules.spam.languages.fr?.patterns.push('gagne[z')));
    const index = DEFAULT_TAG_RULES.spam.languages.fr?.patterns.length ?? 0;
    expect(errors).toEqual([
      {
        path: `spam.languages.fr.patterns.${index}`,
        message: expect.stringContaining('not a valid regular expression'),
      },
    ]);
  });

  it.each(['(a+)+$', '(\\w+\\s?)*$', '([a-z]*)*@'])(
    'refuses the catastrophic-backtracking pattern %s',
    (pattern) => {
      const errors = errorsOf(
        rulesWith((rules) => (rules.question.languages.any = { ...emptyMatchers(), patterns: [pattern] })),
      );
      expect(errors).toEqual([
        { path: 'question.languages.any.patterns.0', message: expect.stringContaining('exponential time') },
      ]);
    },
  );

  it('refuses over-long patterns and phrases', () => {
    const errors = errorsOf(
      rulesWith((rules) => {
        rules.praise.languages.en = {
          ...emptyMatchers(),
          phrases: ['x'.repeat(TAG_RULE_LIMITS.phraseLength + 1)],
          patterns: ['a'.repeat(TAG_RULE_LIMITS.patternLength + 1)],
        };
      }),
    );
    expect(errors.map((error) => error.path)).toEqual([
      'praise.languages.en.phrases.0',
      'praise.languages.en.patterns.0',
    ]);
  });

  it('names unknown fields, missing tags and wrong types', () => {
    const document = {
      question: { enabled: 'yes' },
      complaint: { sentiment: 'angry' },
      suggestion: { languages: { de: {} } },
      praise: { minSignals: 0 },
      spam: {},
      urgent: {},
    };
    const paths = errorsOf(document).map((error) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'question.enabled',
        'complaint.sentiment',
        'suggestion.languages',
        'praise.minSignals',
        '',
      ]),
    );
  });

  it('reports text that is not JSON at the root', () => {
    expect(errorsOf('{ "question": ')).toEqual([{ path: '', message: expect.stringContaining('not JSON') }]);
  });
});

function emptyMatchers(): {
  phrases: string[];
  startsWith: string[];
  endsWith: string[];
  patterns: string[];
  unless: string[];
} {
  return { phrases: [], startsWith: [], endsWith: [], patterns: [], unless: [] };
}
