import { DiffKind, Network } from '@relais/contracts';
import { PostSnapshot } from './post-snapshot';
import { roundChanges } from './round-changes';

const base: PostSnapshot = {
  title: 'Spring',
  baseText: 'Spring is here',
  linkUrl: 'https://verdure.example/spring',
  mediaIds: ['m1', 'm2'],
  targets: [{ accountId: 'a1', network: Network.X }],
  variants: [
    {
      network: Network.X,
      customized: false,
      text: 'Spring is here',
      linkUrl: null,
      mediaIds: [],
      firstComment: null,
    },
  ],
  scheduledAt: '2031-04-01T08:00:00.000Z',
};

describe('round changes', () => {
  it('lists nothing when nothing changed', () => {
    expect(roundChanges(base, structuredClone(base))).toEqual([]);
  });

  it('diffs texts word by word', () => {
    const changes = roundChanges(base, { ...base, baseText: 'Spring is finally here' });
    expect(changes).toEqual([
      {
        field: 'baseText',
        network: null,
        parts: [
          { kind: DiffKind.Same, text: 'Spring is ' },
          { kind: DiffKind.Added, text: 'finally ' },
          { kind: DiffKind.Same, text: 'here' },
        ],
      },
    ]);
  });

  it('replaces a link or a slot as a whole', () => {
    const changes = roundChanges(base, { ...base, linkUrl: null, scheduledAt: '2031-04-02T08:00:00.000Z' });
    expect(changes).toEqual([
      {
        field: 'linkUrl',
        network: null,
        parts: [{ kind: DiffKind.Removed, text: 'https://verdure.example/spring' }],
      },
      {
        field: 'scheduledAt',
        network: null,
        parts: [
          { kind: DiffKind.Removed, text: '2031-04-01T08:00:00.000Z' },
          { kind: DiffKind.Added, text: '2031-04-02T08:00:00.000Z' },
        ],
      },
    ]);
  });

  it('names media added and removed', () => {
    expect(roundChanges(base, { ...base, mediaIds: ['m2', 'm3'] })).toEqual([
      {
        field: 'media',
        network: null,
        parts: [
          { kind: DiffKind.Same, text: 'm2' },
          { kind: DiffKind.Added, text: 'm3' },
          { kind: DiffKind.Removed, text: 'm1' },
        ],
      },
    ]);
  });

  it('diffs each network’s variant, and a network added or dropped', () => {
    const after: PostSnapshot = {
      ...base,
      variants: [
        { ...base.variants[0], text: 'Spring is here!', firstComment: 'Shop now' },
        {
          network: Network.LinkedIn,
          customized: false,
          text: 'Spring is here',
          linkUrl: null,
          mediaIds: [],
          firstComment: null,
        },
      ],
    };
    const changes = roundChanges(base, after);
    expect(changes.map((change) => [change.field, change.network])).toEqual([
      ['networks', null],
      ['text', Network.X],
      ['firstComment', Network.X],
      ['text', Network.LinkedIn],
    ]);
    expect(changes[0].parts).toEqual([
      { kind: DiffKind.Same, text: Network.X },
      { kind: DiffKind.Added, text: Network.LinkedIn },
    ]);
  });

  it('diffs each thread part, a part added against nothing, and reads old snapshots as no parts', () => {
    const before = { ...base, threadParts: ['Sow in spring'] };
    const after = { ...base, threadParts: ['Sow in April', 'Water often'] };
    expect(roundChanges(before, after).map((change) => [change.field, change.network, change.parts])).toEqual(
      [
        [
          'threadParts.0',
          null,
          [
            { kind: DiffKind.Same, text: 'Sow in ' },
            { kind: DiffKind.Removed, text: 'spring' },
            { kind: DiffKind.Added, text: 'April' },
          ],
        ],
        ['threadParts.1', null, [{ kind: DiffKind.Added, text: 'Water often' }]],
      ],
    );
    const variant = { ...base.variants[0], threadParts: ['Own part'] };
    expect(roundChanges(base, { ...base, variants: [variant] })).toEqual([
      { field: 'threadParts.0', network: Network.X, parts: [{ kind: DiffKind.Added, text: 'Own part' }] },
    ]);
  });
});
