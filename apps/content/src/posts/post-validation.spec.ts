import { Network } from '@relais/contracts';
import { Guidelines, MediaFacts } from '@relais/network-rules';
import { VariantState } from './post-draft';
import { altTextErrors, blockingErrors, checkPost } from './post-validation';

const noGuidelines: Guidelines = { bannedWords: [], requiredHashtags: [] };

function variant(network: Network, text: string, extra: Partial<VariantState> = {}): VariantState {
  return {
    network,
    customized: false,
    text,
    linkUrl: null,
    mediaIds: [],
    threadParts: [],
    firstComment: null,
    ...extra,
  };
}

function input(
  variants: VariantState[],
  options: { guidelines?: Guidelines; media?: Map<string, MediaFacts> } = {},
) {
  const baseText = variants.find((v) => !v.customized)?.text ?? '';
  return {
    base: { baseText, linkUrl: null, mediaIds: [], threadParts: [] },
    variants,
    media: options.media ?? new Map<string, MediaFacts>(),
    guidelines: options.guidelines ?? noGuidelines,
  };
}

describe('blockingErrors', () => {
  it('names the network and the rule of a text that is too long, with the limit', () => {
    const text = 'a'.repeat(291);
    const errors = blockingErrors(input([variant(Network.X, text), variant(Network.Bluesky, text)]));
    expect(errors).toEqual([
      {
        field: 'variants.x.text',
        message: 'Too long for X: 291 of 280 characters',
        constraint: 'TOO_LONG',
        params: { used: 291, limit: 280, unit: 'weighted', network: 'x' },
      },
    ]);
    const bluesky = blockingErrors(input([variant(Network.Bluesky, 'b'.repeat(301))]));
    expect(bluesky[0]).toMatchObject({
      field: 'variants.bluesky.text',
      message: 'Too long for Bluesky: 301 of 300 characters',
      params: { network: 'bluesky', limit: 300 },
    });
  });

  it('refuses a first comment where the network has none, and media the network refuses', () => {
    const avi: MediaFacts = {
      kind: 'video',
      contentType: 'video/x-msvideo',
      sizeBytes: 1000,
      width: 10,
      height: 10,
      durationMs: 5000,
    };
    const errors = blockingErrors(
      input([variant(Network.Bluesky, 'Hi', { firstComment: 'first!', mediaIds: ['v'] })], {
        media: new Map([['v', avi]]),
      }),
    );
    expect(errors.map((error) => [error.field, error.constraint])).toEqual(
      expect.arrayContaining([
        ['variants.bluesky.firstComment', 'FIRST_COMMENT_UNSUPPORTED'],
        ['variants.bluesky.media', 'MEDIA_TYPE'],
      ]),
    );
  });

  it('refuses banned words once on the base text, and per customised text', () => {
    const guidelines = { bannedWords: ['cheap'], requiredHashtags: [] };
    const errors = blockingErrors(
      input(
        [
          variant(Network.X, 'Not CHEAP at all'),
          variant(Network.LinkedIn, 'So cheap!', { customized: true }),
        ],
        { guidelines },
      ),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        field: 'baseText',
        constraint: 'BANNED_WORD',
        params: { word: 'cheap', match: 'CHEAP' },
      }),
      expect.objectContaining({
        field: 'variants.linkedin.text',
        constraint: 'BANNED_WORD',
        params: { word: 'cheap', match: 'cheap', network: 'linkedin' },
      }),
    ]);
  });

  it('passes a post that every network accepts', () => {
    expect(blockingErrors(input([variant(Network.X, 'Fine'), variant(Network.LinkedIn, 'Fine')]))).toEqual(
      [],
    );
  });
});

describe('checkPost guideline warnings', () => {
  const guidelines = { bannedWords: [], requiredHashtags: ['relais'] };

  it('warns once when every text misses a required hashtag', () => {
    const check = checkPost(
      input([variant(Network.X, 'No tag'), variant(Network.LinkedIn, 'No tag')], { guidelines }),
    );
    expect(check.guidelineWarnings).toEqual([
      expect.objectContaining({ rule: 'MISSING_HASHTAG', network: null, params: { hashtag: '#relais' } }),
    ]);
  });

  it('warns per network when only some texts miss it (a first comment counts)', () => {
    const check = checkPost(
      input(
        [
          variant(Network.X, 'Tagged #Relais'),
          variant(Network.LinkedIn, 'Own text', { customized: true, firstComment: '#relais' }),
          variant(Network.Bluesky, 'Own', { customized: true }),
        ],
        { guidelines },
      ),
    );
    expect(check.guidelineWarnings).toEqual([
      expect.objectContaining({ network: 'bluesky', params: { hashtag: '#relais', network: 'bluesky' } }),
    ]);
  });
});

describe('altTextErrors', () => {
  const images = new Map([
    ['m1', { mediaId: 'm1', fileName: 'tulips.jpg', altText: '' }],
    ['m2', { mediaId: 'm2', fileName: 'vase.jpg', altText: 'b'.repeat(1200) }],
  ]);
  const variants = [
    variant(Network.X, 'Tulips', { mediaIds: ['m1', 'm2'] }),
    variant(Network.Mastodon, 'Tulips', { mediaIds: ['m1', 'm2'] }),
  ];

  it('names a picture without alt text once, and a description too long for each network that refuses it', () => {
    expect(altTextErrors(variants, images, true)).toEqual([
      {
        field: 'variants.x.mediaIds',
        constraint: 'ALT_TEXT_MISSING',
        params: { mediaId: 'm1', fileName: 'tulips.jpg', network: Network.X },
        message: 'tulips.jpg has no alt text; the brand asks for a description of every image',
      },
      {
        field: 'variants.x.mediaIds',
        constraint: 'ALT_TEXT_TOO_LONG',
        params: { mediaId: 'm2', fileName: 'vase.jpg', network: Network.X, limit: 1000, used: 1200 },
        message: 'The alt text of vase.jpg is 1200 characters long; X takes at most 1000',
      },
    ]);
  });

  it('lets pictures go without alt text when the brand does not ask for it, but never over a limit', () => {
    expect(altTextErrors(variants, images, false).map((error) => error.constraint)).toEqual([
      'ALT_TEXT_TOO_LONG',
    ]);
  });
});

describe('blockingErrors: threads', () => {
  it('names the part of a thread that breaks a rule, by network and index', () => {
    const parts = ['fine', 'a'.repeat(281), '  '];
    const errors = blockingErrors(input([variant(Network.X, 'One', { threadParts: parts })]));
    expect(errors.map(({ field, constraint }) => `${field}:${constraint}`)).toEqual([
      'variants.x.threadParts.1:TOO_LONG',
      'variants.x.threadParts.2:EMPTY',
    ]);
    expect(errors[0]).toMatchObject({
      message: 'Part 3 of the thread too long for X: 281 of 280 characters',
      params: { network: 'x', index: 1, limit: 280, used: 281 },
    });
  });

  it('refuses a third part on Facebook with the most parts it takes', () => {
    const errors = blockingErrors(
      input([variant(Network.FacebookPage, 'One', { threadParts: ['Two', 'Three'] })]),
    );
    expect(errors).toEqual([
      {
        field: 'variants.facebook_page.threadParts.1',
        constraint: 'THREAD_UNSUPPORTED',
        message:
          'Facebook has no threads: a second part becomes the first comment, and more parts are not possible',
        params: { maxParts: 2, limit: 2, network: 'facebook_page', index: 1 },
      },
    ]);
  });

  it('finds banned words and required hashtags in the parts', () => {
    const guidelines = { bannedWords: ['merde'], requiredHashtags: ['#relais'] };
    const base = { baseText: 'One', linkUrl: null, mediaIds: [], threadParts: ['Oh merde', 'Two #relais'] };
    const variants = [
      variant(Network.X, 'One', { threadParts: base.threadParts }),
      variant(Network.Mastodon, 'Own', { customized: true, threadParts: ['Merde alors'] }),
    ];
    const check = { base, variants, media: new Map<string, MediaFacts>(), guidelines };
    expect(blockingErrors(check).map((error) => error.field)).toEqual([
      'threadParts.0',
      'variants.mastodon.threadParts.0',
    ]);
    expect(checkPost(check).guidelineWarnings.map((warning) => warning.network)).toEqual([Network.Mastodon]);
  });
});
