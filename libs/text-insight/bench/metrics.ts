/** A confusion matrix: counts of (expected, predicted) pairs over a fixed list of classes. */
export interface Confusion<Label extends string> {
  classes: readonly Label[];
  counts: Map<Label, Map<Label, number>>;
  total: number;
}

export function confusionOf<Label extends string>(
  classes: readonly Label[],
  pairs: readonly { expected: Label; predicted: Label }[],
): Confusion<Label> {
  const counts = new Map(classes.map((expected) => [expected, new Map(classes.map((p) => [p, 0]))]));
  for (const { expected, predicted } of pairs) {
    const row = counts.get(expected);
    row?.set(predicted, (row.get(predicted) ?? 0) + 1);
  }
  return { classes, counts, total: pairs.length };
}

function count<Label extends string>(confusion: Confusion<Label>, expected: Label, predicted: Label): number {
  return confusion.counts.get(expected)?.get(predicted) ?? 0;
}

export function accuracyOf<Label extends string>(confusion: Confusion<Label>): number {
  if (confusion.total === 0) return 0;
  const right = confusion.classes.reduce((sum, label) => sum + count(confusion, label, label), 0);
  return right / confusion.total;
}

/** F1 of one class (0 when the class is never expected nor predicted). */
export function f1Of<Label extends string>(confusion: Confusion<Label>, label: Label): number {
  const truePositives = count(confusion, label, label);
  const predicted = confusion.classes.reduce((sum, expected) => sum + count(confusion, expected, label), 0);
  const expected = confusion.classes.reduce(
    (sum, predictedLabel) => sum + count(confusion, label, predictedLabel),
    0,
  );
  if (truePositives === 0) return 0;
  const precision = truePositives / predicted;
  const recall = truePositives / expected;
  return (2 * precision * recall) / (precision + recall);
}

/** The mean of the per-class F1 scores: every class weighs the same, however rare. */
export function macroF1Of<Label extends string>(confusion: Confusion<Label>): number {
  return confusion.classes.reduce((sum, label) => sum + f1Of(confusion, label), 0) / confusion.classes.length;
}

/** A confusion matrix as text: one row per expected class, one column per predicted class. */
export function formatConfusion<Label extends string>(confusion: Confusion<Label>): string {
  const width = Math.max(10, ...confusion.classes.map((label) => label.length + 1));
  const header = [
    'expected \\ got'.padEnd(16),
    ...confusion.classes.map((label) => label.padStart(width)),
  ].join('');
  const rows = confusion.classes.map((expected) =>
    [
      expected.padEnd(16),
      ...confusion.classes.map((predicted) => String(count(confusion, expected, predicted)).padStart(width)),
    ].join(''),
  );
  return [header, ...rows].join('\n');
}
