/**
 * Stream matching throughput: 240 active queries against generated items, with the inverted index
 * (`QueryIndex`) and with a plain loop over every query, and the ratio.
 *
 *   node -r ./tools/register.js libs/listening-query/bench/query-index.bench.ts
 */
import { matches, parseQuery, prepareItem, QueryIndex, type ListeningQuery } from '../src';

const BRANDS = Array.from({ length: 60 }, (_, i) => `marque${i}`);
const SYLLABLES = [
  'la',
  're',
  'mi',
  'son',
  'ti',
  'vo',
  'pan',
  'ku',
  'de',
  'ser',
  'na',
  'lo',
  'bri',
  'che',
  'ga',
];
/** 3,375 made-up words: an item holds a few common ones and many rare ones, as real text does. */
const WORDS = SYLLABLES.flatMap((a) => SYLLABLES.flatMap((b) => SYLLABLES.map((c) => `${a}${b}${c}`)));

function pick<T>(list: readonly T[], n: number): T {
  const value = list.at(n % list.length);
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

function queries(): Map<string, ListeningQuery> {
  const sources = BRANDS.flatMap((brand, i) => [
    `${brand} OR #${brand} OR @${brand}`,
    `"${brand} ${pick(WORDS, i)}" -${pick(WORDS, i + 3)}`,
    `${brand} (${pick(WORDS, i)} NEAR/3 ${pick(WORDS, i + 1)})`,
    `${brand.slice(0, 7)}${i}* lang:fr`,
  ]);
  const parsed = new Map<string, ListeningQuery>();
  sources.forEach((source, i) => {
    const result = parseQuery(source);
    if (!result.ok) throw new Error(`${source}: ${result.error.message}`);
    parsed.set(`q${i}`, result.query);
  });
  return parsed;
}

function items(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 25 }, (_, j) =>
      pick(WORDS, ((i + 1) * 2654435761 + j * 40503) % 4294967296),
    );
    if (i % 10 === 0) words.splice(5, 0, pick(BRANDS, i));
    return words.join(' ');
  });
}

function rate(label: string, texts: string[], run: (text: string) => number): number {
  const started = performance.now();
  let hits = 0;
  for (const text of texts) hits += run(text);
  const seconds = (performance.now() - started) / 1000;
  const perSecond = texts.length / seconds;
  process.stdout.write(
    `${label.padEnd(12)} ${Math.round(perSecond).toString().padStart(8)} items/s (${hits} matches)\n`,
  );
  return perSecond;
}

const active = queries();
const index = new QueryIndex();
for (const [id, query] of active) index.set(id, query);
const texts = items(20000);
const item = (text: string) =>
  prepareItem({ text, language: 'fr', network: 'x', kind: 'mention', authorHandle: 'a' });

process.stdout.write(`${active.size} queries, ${texts.length} items\n`);
rate('warm-up', texts.slice(0, 2000), (text) => index.match(item(text)).length);
const indexed = rate('index', texts, (text) => index.match(item(text)).length);
const naive = rate('naive loop', texts, (text) => {
  const prepared = item(text);
  let hits = 0;
  for (const query of active.values()) if (matches(query, prepared)) hits += 1;
  return hits;
});
process.stdout.write(`ratio        ${(indexed / naive).toFixed(1)}x\n`);
