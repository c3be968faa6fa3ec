import { itemSentimentFigures, languageFigures } from '../bench/evaluation';
import { LABELLED_FILES, loadLabelledSet, type LabelledItem } from '../bench/labelled-set';

// Floors a little under the figures measured when the lexicons were last changed (see the README). The
// held-out part (every fourth item) was never looked at while writing or tuning the lexicons and rules.
const SENTIMENT_FLOORS = {
  fr: { heldOut: { accuracy: 0.85, macroF1: 0.85 }, whole: { accuracy: 0.9, macroF1: 0.9 } },
  en: { heldOut: { accuracy: 0.87, macroF1: 0.87 }, whole: { accuracy: 0.89, macroF1: 0.89 } },
} as const;
const LANGUAGE_FLOORS = { fr: 0.93, en: 0.93, other: 0.9 } as const;

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

const sets = {
  fr: loadLabelledSet(LABELLED_FILES[0]),
  en: loadLabelledSet(LABELLED_FILES[1]),
  other: loadLabelledSet(LABELLED_FILES[2]),
};

describe('the labelled set', () => {
  it.each([
    ['fr', 320],
    ['en', 320],
    ['other', 40],
  ] as const)('%s: at least %s items', (language, minimum) => {
    expect(sets[language].length).toBeGreaterThanOrEqual(minimum);
    expect(sets[language].every((item) => item.language === language)).toBe(true);
  });

  it.each(['fr', 'en'] as const)('has a balanced mix of sentiments in %s', (language) => {
    const share = (label: LabelledItem['sentiment']): number =>
      sets[language].filter((item) => item.sentiment === label).length / sets[language].length;
    for (const label of ['positive', 'neutral', 'negative'] as const) {
      expect(share(label)).toBeGreaterThan(0.25);
      expect(share(label)).toBeLessThan(0.42);
    }
  });
});

describe.each(['fr', 'en'] as const)('sentiment accuracy in %s', (language) => {
  const parts = [
    ['held-out part', sets[language].filter((item) => item.heldOut), SENTIMENT_FLOORS[language].heldOut],
    ['whole set', sets[language], SENTIMENT_FLOORS[language].whole],
  ] as const;
  // Measured once, when the file is collected, so the figures appear in the test names.
  const cases = parts.flatMap(([part, items, floors]) => {
    const figures = itemSentimentFigures([...items]);
    return (['accuracy', 'macroF1'] as const).map(
      (metric) =>
        [
          part,
          metric,
          percent(figures[metric]),
          percent(floors[metric]),
          figures[metric],
          floors[metric],
        ] as const,
    );
  });

  it.each(cases)('%s: %s %s (floor %s)', (_part, _metric, _shown, _floorShown, value, floor) => {
    expect(value).toBeGreaterThanOrEqual(floor);
  });
});

describe('language detection accuracy', () => {
  const measured = (['fr', 'en', 'other'] as const).map((language) => ({
    language,
    floor: LANGUAGE_FLOORS[language],
    figures: languageFigures(sets[language]),
  }));

  it.each(
    measured.map((entry) => [entry.language, percent(entry.figures.accuracy), percent(entry.floor), entry]),
  )('%s items: accuracy %s (floor %s)', (_language, _accuracy, _floor, { figures, floor }) => {
    expect(figures.accuracy).toBeGreaterThanOrEqual(floor);
  });
});
