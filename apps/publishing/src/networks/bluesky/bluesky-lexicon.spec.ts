import { AppBskyFeedPost } from '@atproto/api';
import { jsonToLex } from '@atproto/lexicon';
import { Readable } from 'node:stream';
import { MediaKind } from '@relais/contracts';
import { LinkCard, MediaFile, MediaUploads } from '../network-adapter';
import { blueskyMediaEmbed } from './bluesky-media';
import { detectFacets, withMentionDids } from './bluesky-facets';
import { blueskyPostRecord } from './bluesky-record';

/** What we send, checked against Bluesky's own library (lexicon validation). */
describe('Bluesky records against @atproto/api', () => {
  const createdAt = new Date('2026-03-10T14:30:00.000Z');

  it('builds posts, link cards and replies the app.bsky.feed.post lexicon accepts', () => {
    const text = 'Nouveau billet #blog avec @atelier.bsky.social, $RLS et https://relais.fr/été';
    const facets = withMentionDids(detectFacets(text), new Map([['atelier.bsky.social', 'did:plc:atelier']]));
    expect(facets).toHaveLength(4);
    const post = blueskyPostRecord(text, createdAt, { facets, linkUrl: 'https://relais.fr/blog/a' });
    expect(AppBskyFeedPost.validateRecord(post)).toMatchObject({ success: true });
    const root = {
      uri: 'at://did:plc:abc123/app.bsky.feed.post/3lbq2x5k7hs2a',
      cid: 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm',
    };
    const reply = blueskyPostRecord('Merci https://relais.fr', createdAt, { replyTo: root });
    expect(AppBskyFeedPost.validateRecord(reply)).toMatchObject({ success: true });
  });

  const blob = (cid: string, mimeType: string) => ({
    $type: 'blob',
    ref: { $link: cid },
    mimeType,
    size: 1234,
  });
  const CID = 'bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy';

  function file(mediaId: string, contentType: string, alt: string): MediaFile {
    return {
      mediaId,
      kind: contentType.startsWith('video/') ? MediaKind.Video : MediaKind.Image,
      contentType,
      sizeBytes: 1234,
      width: 1200,
      height: 800,
      durationMs: null,
      sha256: mediaId,
      altText: alt,
      open: async () => Readable.from([]),
    };
  }

  /** Every file already uploaded: the embed is built from the recorded blobs, nothing is sent. */
  const recorded: MediaUploads = {
    known: (mediaId, sha256) => ({
      mediaId,
      sha256,
      networkMediaId: CID,
      expiresAt: null,
      data: blob(CID, mediaId.startsWith('v') ? 'video/mp4' : 'image/jpeg'),
    }),
    record: async () => undefined,
  };
  const options = {
    pds: 'http://127.0.0.1:1',
    accessJwt: 'jwt',
    did: 'did:plc:abc123',
    videoServiceUrl: 'http://127.0.0.1:1',
    httpTimeoutMs: 1000,
    uploadTimeoutMs: 1000,
    processingTimeoutMs: 1000,
  };
  const access = {
    accountId: 'a',
    network: 'bluesky' as never,
    externalId: 'did:plc:abc123',
    instanceUrl: null,
    accessToken: 'jwt',
    refreshToken: null,
    expiresAt: null,
  };
  const valid = (embed: unknown) =>
    AppBskyFeedPost.validateRecord(
      jsonToLex(
        blueskyPostRecord('Le marché ce matin', createdAt, { embed: embed as Record<string, unknown> }),
      ),
    );

  it('builds image, video and link card embeds the lexicon accepts', async () => {
    const signal = new AbortController().signal;
    const images = await blueskyMediaEmbed(
      access,
      ['i1', 'i2', 'i3', 'i4'].map((id) => file(id, 'image/jpeg', `Étal ${id}`)),
      null,
      recorded,
      options,
      signal,
    );
    expect(images).toMatchObject({ kind: 'embed', embed: { $type: 'app.bsky.embed.images' } });
    expect(images.kind === 'embed' && images.embed).toMatchObject({
      images: [{ alt: 'Étal i1', aspectRatio: { width: 1200, height: 800 } }, {}, {}, {}],
    });
    expect(valid(images.kind === 'embed' ? images.embed : null)).toMatchObject({ success: true });
    // The check is real: an image without its alt text is refused.
    expect(
      valid({ $type: 'app.bsky.embed.images', images: [{ image: blob(CID, 'image/jpeg') }] }),
    ).toMatchObject({ success: false });

    const video = await blueskyMediaEmbed(
      access,
      [file('v1', 'video/mp4', 'Le marché')],
      null,
      recorded,
      options,
      signal,
    );
    expect(video).toMatchObject({
      kind: 'embed',
      embed: { $type: 'app.bsky.embed.video', alt: 'Le marché' },
    });
    expect(valid(video.kind === 'embed' ? video.embed : null)).toMatchObject({ success: true });

    const card: LinkCard = {
      url: 'https://relais.fr/blog/a',
      title: 'Le blog',
      description: 'Nouveautés',
      thumbnail: file('t1', 'image/jpeg', ''),
    };
    const external = await blueskyMediaEmbed(access, [], card, recorded, options, signal);
    expect(external).toMatchObject({
      kind: 'embed',
      embed: {
        $type: 'app.bsky.embed.external',
        external: { uri: card.url, thumb: { ref: { $link: CID } } },
      },
    });
    expect(valid(external.kind === 'embed' ? external.embed : null)).toMatchObject({ success: true });
  });

  it('refuses a video beside images, or more than four images, before uploading anything', async () => {
    const signal = new AbortController().signal;
    const mixed = await blueskyMediaEmbed(
      access,
      [file('i1', 'image/jpeg', ''), file('v1', 'video/mp4', '')],
      null,
      recorded,
      options,
      signal,
    );
    expect(mixed).toMatchObject({ kind: 'failed', step: 'upload', retryable: false });
  });
});
