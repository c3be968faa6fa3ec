import { Network } from '@relais/contracts';
import { changedVariantFields, resolveVariants, VariantState } from './post-draft';

const base = {
  baseText: 'Hello #relais',
  linkUrl: 'https://example.com/a',
  mediaIds: ['m1'],
  threadParts: [],
};

function custom(network: Network, text: string): VariantState {
  return {
    network,
    customized: true,
    text,
    linkUrl: null,
    mediaIds: [],
    threadParts: [],
    firstComment: null,
  };
}

describe('resolveVariants', () => {
  it('gives each targeted network one variant that follows the base, in network order', () => {
    const { variants, errors } = resolveVariants(base, [Network.LinkedIn, Network.X], []);
    expect(errors).toEqual([]);
    expect(variants).toEqual([
      {
        network: Network.X,
        customized: false,
        ...withoutBaseText(),
        text: base.baseText,
        firstComment: null,
      },
      {
        network: Network.LinkedIn,
        customized: false,
        ...withoutBaseText(),
        text: base.baseText,
        firstComment: null,
      },
    ]);
  });

  it('keeps a customised variant’s own content when the base changes', () => {
    const current = [custom(Network.X, 'Short for X')];
    const { variants } = resolveVariants({ ...base, baseText: 'New base' }, [Network.X], current);
    expect(variants[0]).toMatchObject({ customized: true, text: 'Short for X', linkUrl: null, mediaIds: [] });
  });

  it('customises from the base when only some fields are given, and resets with customized: false', () => {
    const { variants } = resolveVariants(
      base,
      [Network.X, Network.Bluesky],
      [],
      [{ network: Network.X, text: 'Own text' }],
    );
    expect(variants[0]).toMatchObject({
      network: Network.X,
      customized: true,
      text: 'Own text',
      linkUrl: base.linkUrl,
      mediaIds: ['m1'],
    });
    expect(variants[1]).toMatchObject({ network: Network.Bluesky, customized: false, text: base.baseText });

    const reset = resolveVariants(base, [Network.X], variants, [{ network: Network.X, customized: false }]);
    expect(reset.variants[0]).toMatchObject({
      customized: false,
      text: base.baseText,
      linkUrl: base.linkUrl,
    });
  });

  it('sets a first comment without customising, and clears a blank one', () => {
    const { variants } = resolveVariants(
      base,
      [Network.LinkedIn],
      [],
      [{ network: Network.LinkedIn, firstComment: 'More in the comments' }],
    );
    expect(variants[0]).toMatchObject({ customized: false, firstComment: 'More in the comments' });
    const cleared = resolveVariants(base, [Network.LinkedIn], variants, [
      { network: Network.LinkedIn, firstComment: '   ' },
    ]);
    expect(cleared.variants[0].firstComment).toBeNull();
  });

  it('drops the variant of a network no longer targeted', () => {
    const { variants } = resolveVariants(
      base,
      [Network.X],
      [custom(Network.X, 'x'), custom(Network.LinkedIn, 'li')],
    );
    expect(variants.map((variant) => variant.network)).toEqual([Network.X]);
  });

  it('refuses entries for networks the post does not target, and two entries for one network', () => {
    const { errors } = resolveVariants(
      base,
      [Network.X],
      [],
      [
        { network: Network.LinkedIn, text: 'nope' },
        { network: Network.X, text: 'one' },
        { network: Network.X, text: 'two' },
      ],
    );
    expect(errors).toEqual([
      expect.objectContaining({ field: 'variants.linkedin', constraint: 'notTargeted' }),
      expect.objectContaining({ field: 'variants.x', constraint: 'duplicate' }),
    ]);
  });
});

describe('changedVariantFields', () => {
  it('names each changed field, and added or removed networks', () => {
    const before = [custom(Network.X, 'a'), custom(Network.LinkedIn, 'b')];
    const after = [custom(Network.X, 'changed'), custom(Network.Bluesky, 'c')];
    expect(changedVariantFields(before, after)).toEqual([
      'variants.x.text',
      'variants.bluesky',
      'variants.linkedin',
    ]);
    expect(changedVariantFields(before, before)).toEqual([]);
  });
});

function withoutBaseText() {
  return { linkUrl: base.linkUrl, mediaIds: base.mediaIds, threadParts: base.threadParts };
}

describe('resolveVariants: threads', () => {
  const thread = { ...base, threadParts: ['Two', 'Three'] };

  it('makes a following variant follow the base parts, and a customized one keep its own', () => {
    const { variants } = resolveVariants(
      thread,
      [Network.X, Network.Mastodon],
      [],
      [{ network: Network.Mastodon, threadParts: ['Own two  \n'] }],
    );
    expect(variants.map((variant) => [variant.network, variant.customized, variant.threadParts])).toEqual([
      [Network.X, false, ['Two', 'Three']],
      [Network.Mastodon, true, ['Own two']],
    ]);
  });

  it('lists a changed part among the changed fields', () => {
    const before = resolveVariants(thread, [Network.X], []).variants;
    const after = resolveVariants(
      { ...thread, threadParts: ['Two', 'Three!'] },
      [Network.X],
      before,
    ).variants;
    expect(changedVariantFields(before, after)).toEqual(['variants.x.threadParts']);
  });
});
