import { buildQueryIndex, matchItems, StoredItemToMatch } from './item-matching';

function item(id: string, text: string, overrides: Partial<StoredItemToMatch> = {}): StoredItemToMatch {
  return {
    id,
    publishedAt: new Date('2026-11-20T10:00:00Z'),
    text,
    language: 'fr',
    network: 'mastodon',
    kind: 'mention',
    authorHandle: 'lea@mastodon.example',
    authorName: 'Léa',
    hasLink: false,
    ...overrides,
  };
}

describe('matchItems', () => {
  const { index, unreadable } = buildQueryIndex([
    { id: 'q-cafe', source: 'cafe' },
    { id: 'q-delivery', source: 'livraison NEAR/3 retard' },
    { id: 'q-links', source: 'lampe has:link' },
    { id: 'q-bluesky', source: 'network:bluesky' },
  ]);

  it('pairs each item with the queries it matches, accents and case aside', () => {
    expect(unreadable).toEqual([]);
    const matches = matchItems(index, [
      item('a', 'Le CAFÉ de la gare est parfait'),
      item('b', 'Encore une livraison en retard, et pas de café'),
      item('c', 'Rien à voir'),
    ]);
    expect(matches.map((m) => `${m.itemId}:${m.queryId}`).sort()).toEqual([
      'a:q-cafe',
      'b:q-cafe',
      'b:q-delivery',
    ]);
    expect(matches[0]?.itemPublishedAt).toEqual(new Date('2026-11-20T10:00:00Z'));
  });

  it('reads the item’s network and whether it carries a link, not only its words', () => {
    const matches = matchItems(index, [
      item('d', 'Ma lampe est arrivée', { hasLink: true, network: 'bluesky' }),
      item('e', 'Ma lampe est arrivée'),
    ]);
    expect(matches.map((m) => `${m.itemId}:${m.queryId}`).sort()).toEqual(['d:q-bluesky', 'd:q-links']);
  });

  it('leaves out a stored source that no longer reads, and names it', () => {
    const built = buildQueryIndex([
      { id: 'ok', source: 'croissant' },
      { id: 'broken', source: '"croissant' },
    ]);
    expect(built.unreadable).toEqual(['broken']);
    expect(matchItems(built.index, [item('f', 'un croissant')]).map((m) => m.queryId)).toEqual(['ok']);
  });
});
