import { Network } from '@relais/contracts';
import { ListeningGenerator, ListeningTopic } from './listening-generator';

const topic: ListeningTopic = {
  brand: 'Acme',
  handles: { [Network.Mastodon]: 'acme', [Network.X]: 'acme_x' },
  keywords: ['acme', 'roadrunner'],
};
const networks = [Network.Mastodon, Network.X];

const sample = (seed: number, count: number, options = {}) => {
  const generator = new ListeningGenerator(seed);
  return Array.from({ length: count }, () => generator.next([topic], networks, options));
};

describe('ListeningGenerator', () => {
  it('gives the same texts for the same seed and others for another seed', () => {
    const texts = sample(1, 50).map((item) => item.text);
    expect(sample(1, 50).map((item) => item.text)).toEqual(texts);
    expect(sample(2, 50).map((item) => item.text)).not.toEqual(texts);
  });

  it('writes mostly French and English, a few other languages, with every tone and few repeats', () => {
    const items = sample(3, 2000);
    const share = (predicate: (item: (typeof items)[number]) => boolean) =>
      items.filter(predicate).length / items.length;
    expect(share((item) => item.lang === 'fr')).toBeGreaterThan(0.4);
    expect(share((item) => item.lang === 'en')).toBeGreaterThan(0.35);
    const other = share((item) => !['fr', 'en'].includes(item.lang));
    expect(other).toBeGreaterThan(0.02);
    expect(other).toBeLessThan(0.09);
    for (const sentiment of ['positive', 'neutral', 'negative']) {
      expect(share((item) => item.sentiment === sentiment)).toBeGreaterThan(0.1);
    }
    expect(new Set(items.map((item) => item.text)).size / items.length).toBeGreaterThan(0.8);
    expect(share((item) => item.text.includes('#'))).toBeGreaterThan(0.15);
    expect(share((item) => /https?:\/\//.test(item.text))).toBeGreaterThan(0.05);
  });

  it('names the handle of the network in mentions and a keyword in public posts', () => {
    const items = sample(4, 400);
    for (const item of items.filter((i) => i.kind === 'mention' && ['fr', 'en'].includes(i.lang))) {
      expect(item.text).toContain(item.network === Network.X ? '@acme_x' : '@acme');
    }
    const posts = items.filter((i) => i.kind === 'post' && ['fr', 'en'].includes(i.lang));
    expect(posts.length).toBeGreaterThan(20);
    for (const item of posts) expect(item.text).toMatch(/acme|roadrunner/i);
  });

  it('brings some people back often', () => {
    const counts = new Map<string, number>();
    for (const item of sample(5, 3000)) counts.set(item.person.key, (counts.get(item.person.key) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeGreaterThan(20);
    expect(counts.size).toBeGreaterThan(200);
  });

  it('makes most texts negative during a crisis', () => {
    const items = sample(6, 1000, { negativeShare: 0.8 });
    const negative = items.filter((item) => item.sentiment === 'negative').length / items.length;
    expect(negative).toBeGreaterThan(0.78);
  });
});
