import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SENTIMENT_LABELS, TAGS } from '../src/types';

const labelledItemSchema = z
  .object({
    text: z.string().min(1),
    language: z.enum(['fr', 'en', 'other']),
    sentiment: z.enum(SENTIMENT_LABELS),
    tags: z.array(z.enum(TAGS)),
  })
  .strict();

export type LabelledItem = z.infer<typeof labelledItemSchema> & {
  /** Every fourth item is held out: the lexicons and thresholds were never tuned on it. */
  heldOut: boolean;
};

export const LABELLED_FILES = ['labelled-fr.jsonl', 'labelled-en.jsonl', 'labelled-other.jsonl'] as const;

/** The labelled items of one of the data files, checked line by line. */
export function loadLabelledSet(file: (typeof LABELLED_FILES)[number]): LabelledItem[] {
  return readFileSync(join(__dirname, '..', 'data', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => ({ ...labelledItemSchema.parse(JSON.parse(line)), heldOut: index % 4 === 3 }));
}
