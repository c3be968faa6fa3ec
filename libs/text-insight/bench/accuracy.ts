// Prints the confusion matrices of the sentiment analysis and the language detector on the labelled set,
// for the held-out part (every fourth item, never used for tuning) and for the whole set, and the F1 of
// each tag under the default rules.
//   node -r ./tools/register.js libs/text-insight/bench/accuracy.ts
import { itemSentimentFigures, languageFigures, lexiconSentimentFigures, tagF1s } from './evaluation';
import { type LabelledItem, loadLabelledSet } from './labelled-set';
import { formatConfusion } from './metrics';

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

const parts = (items: LabelledItem[]): [string, LabelledItem[]][] => [
  ['held out', items.filter((item) => item.heldOut)],
  ['tuning part', items.filter((item) => !item.heldOut)],
  ['whole set', items],
];

const fr = loadLabelledSet('labelled-fr.jsonl');
const en = loadLabelledSet('labelled-en.jsonl');
const other = loadLabelledSet('labelled-other.jsonl');

for (const [language, items] of [
  ['fr', fr],
  ['en', en],
] as const) {
  for (const [part, subset] of parts(items)) {
    const item = itemSentimentFigures(subset);
    const lexicon = lexiconSentimentFigures(subset);
    print(
      `\nsentiment ${language}, ${part} (${item.items} items): analyzeItem accuracy ${percent(item.accuracy)}, ` +
        `macro-F1 ${percent(item.macroF1)}; analyzeSentiment with the labelled language ${percent(lexicon.accuracy)}, ` +
        `macro-F1 ${percent(lexicon.macroF1)}`,
    );
    print(formatConfusion(item.confusion));
  }
  for (const [part, subset] of parts(items).filter(([name]) => name !== 'tuning part')) {
    const f1s = Object.entries(tagF1s(subset)).map(([tag, f1]) => `${tag} ${percent(f1)}`);
    print(`\ntags ${language}, ${part}, F1 with the default rules: ${f1s.join(', ')}`);
  }
}

for (const [part, subset] of parts([...fr, ...en, ...other])) {
  const figures = languageFigures(subset);
  print(`\nlanguage, ${part} (${figures.items} items): accuracy ${percent(figures.accuracy)}`);
  print(formatConfusion(figures.confusion));
}
