import { matches } from './match-query';
import { parseQuery } from './parse-query';
import { prepareItem, type MatchableItem } from './prepare-item';
import { QueryIndex } from './query-index';
import type { ListeningQuery } from './query-types';

function query(source: string): ListeningQuery {
  const parsed = parseQuery(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.query;
}

const base: Omit<MatchableItem, 'text'> = {
  language: 'fr',
  network: 'x',
  kind: 'mention',
  authorHandle: 'a',
};
const SOURCES: Record<string, string> = {
  brand: 'lumiere OR @lumiere OR #lumiere',
  product: '"lampe solaire" -promo',
  wildcard: 'organi* OR colo*r',
  near: '(livraison OR colis) NEAR/3 retard',
  filters: 'lang:en has:link',
  negative: 'NOT cafe lang:fr',
  competitor: 'soleil network:x',
};
const TEXTS = [
  'La lampe solaire de Lumière est top',
  'lampe solaire en promo',
  'Bravo @lumiere et #Lumiere',
  'Une organisation parfaite, belle colour',
  'Colis en retard encore',
  'Retard de la livraison',
  'Great https://x.com',
  'un café',
  'le soleil',
  'rien à voir',
];

describe('QueryIndex', () => {
  it('finds exactly the queries that match, as checking each one would', () => {
    const index = new QueryIndex();
    for (const [id, source] of Object.entries(SOURCES)) index.set(id, query(source));
    for (const language of ['fr', 'en']) {
      for (const text of TEXTS) {
        const item = prepareItem({ ...base, language, text });
        const naive = Object.entries(SOURCES)
          .filter(([, source]) => matches(query(source), item))
          .map(([id]) => id)
          .sort();
        expect({ text, language, ids: index.match(item) }).toEqual({ text, language, ids: naive });
      }
    }
  });

  it('forgets a deleted query and replaces a query set again', () => {
    const index = new QueryIndex();
    index.set('q', query('cafe'));
    const item = prepareItem({ ...base, text: 'un café' });
    expect(index.match(item)).toEqual(['q']);
    index.set('q', query('the'));
    expect(index.match(item)).toEqual([]);
    expect(index.delete('q')).toBe(true);
    expect(index.size).toBe(0);
    expect(index.delete('q')).toBe(false);
  });
});
