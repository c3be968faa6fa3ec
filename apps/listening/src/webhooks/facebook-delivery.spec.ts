import { ListeningItemKind } from '@relais/contracts';
import { pageDeliveries } from './facebook-delivery';

const change = (value: Record<string, unknown>) => ({ field: 'feed', value });

describe('pageDeliveries', () => {
  it('reads comments added and messages received, per page', () => {
    const pages = pageDeliveries({
      object: 'page',
      entry: [
        {
          id: '1001',
          time: 1765000000,
          changes: [
            change({
              item: 'comment',
              verb: 'add',
              comment_id: '555_1',
              post_id: '1001_555',
              parent_id: '1001_555',
              message: 'Livraison en retard, encore…',
              created_time: 1765000000,
              from: { id: '77', name: 'Camille Martin' },
            }),
            change({
              item: 'comment',
              verb: 'add',
              comment_id: '555_2',
              post_id: '1001_555',
              parent_id: '555_1',
              message: 'Pareil pour moi https://example.com/suivi',
              created_time: 1765000060,
              from: { id: '78', name: 'Hugo' },
            }),
            change({
              item: 'comment',
              verb: 'remove',
              comment_id: '555_3',
              post_id: '1001_555',
              created_time: 1,
            }),
            change({ item: 'reaction', verb: 'add', post_id: '1001_555', created_time: 1 }),
          ],
          messaging: [
            {
              sender: { id: '77' },
              recipient: { id: '1001' },
              timestamp: 1765000100000,
              message: { mid: 'm_1', text: 'Bonjour ?' },
            },
            {
              sender: { id: '1001' },
              recipient: { id: '77' },
              timestamp: 1765000200000,
              message: { mid: 'm_2', text: 'Bonjour !', is_echo: true },
            },
          ],
        },
        { nonsense: true },
      ],
    });
    expect(pages).toHaveLength(1);
    const [page] = pages;
    expect(page?.pageId).toBe('1001');
    expect(
      page?.items.map((item) => [item.externalId, item.kind, item.parentExternalId, item.conversationKey]),
    ).toEqual([
      ['555_1', ListeningItemKind.Comment, null, 'facebook:1001_555'],
      ['555_2', ListeningItemKind.Reply, '555_1', 'facebook:1001_555'],
      ['m_1', ListeningItemKind.Message, null, 'facebook:dm:77'],
    ]);
    expect(page?.items[0]?.publishedAt.toISOString()).toBe('2025-12-06T05:46:40.000Z');
    expect(page?.items[0]?.author).toEqual({
      externalId: '77',
      handle: 'Camille Martin',
      name: 'Camille Martin',
    });
    expect(page?.items[1]?.hasLink).toBe(true);
  });

  it('reads nothing from what is not a page delivery', () => {
    expect(pageDeliveries({ object: 'instagram', entry: [] })).toEqual([]);
    expect(pageDeliveries('nope')).toEqual([]);
    expect(pageDeliveries(null)).toEqual([]);
  });
});
