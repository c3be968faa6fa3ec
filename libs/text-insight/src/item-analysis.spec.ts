import { DEFAULT_TAG_RULES } from './default-tag-rules';
import { analyzeItem } from './item-analysis';
import { parseTagRules } from './tag-rules';

describe('analyzeItem', () => {
  it('gives language, sentiment and tags of a French complaint', () => {
    expect(
      analyzeItem('@RailVia Encore 45 min de retard sur la ligne Paris-Lyon, franchement déçu 😡'),
    ).toEqual({
      language: 'fr',
      languageConfidence: expect.any(Number),
      sentiment: 'negative',
      score: expect.any(Number),
      tags: ['complaint'],
    });
  });

  it('gives language, sentiment and tags of an English question', () => {
    expect(analyzeItem('@CrumbAndCo are you open on Sundays in Leeds?')).toMatchObject({
      language: 'en',
      sentiment: 'neutral',
      tags: ['question'],
    });
  });

  it('reports spam with a neutral sentiment whatever its tone', () => {
    expect(
      analyzeItem('Win FREE train tickets!!! Amazing 🔥 https://free.example/a https://free.example/b'),
    ).toMatchObject({
      sentiment: 'neutral',
      score: 0,
      tags: ['spam'],
    });
  });

  it('reads a short text of unknown language with the lexicon that knows its words', () => {
    expect(analyzeItem('nul')).toMatchObject({ language: 'unknown', sentiment: 'negative' });
    expect(analyzeItem('sucks')).toMatchObject({ language: 'unknown', sentiment: 'negative' });
    expect(analyzeItem('top 👍')).toMatchObject({
      language: 'unknown',
      sentiment: 'positive',
      tags: ['praise'],
    });
  });

  it('uses the brand’s rules when given', () => {
    const parsed = parseTagRules({
      ...DEFAULT_TAG_RULES,
      question: { ...DEFAULT_TAG_RULES.question, enabled: false },
    });
    if (!parsed.ok) throw new Error('rules refused');
    expect(
      analyzeItem('@CrumbAndCo are you open on Sundays in Leeds?', { rules: parsed.rules }).tags,
    ).toEqual([]);
  });
});
