import { Network, PublicationStatus } from '@relais/contracts';
import {
  Agency,
  ConnectedAccount,
  connectAccount,
  createAgency,
  schedulePost,
  sentTo,
  settled,
} from './support/fixtures';
import { libraryMedia, recordedUploads, tinyPng } from './support/media-fixtures';
import { PublishingHarness, startPublishing } from './support/publishing-harness';

/**
 * Media on X, end to end: files from the content service's library, uploads recorded in
 * `publishing.publication_media`, the emulated media upload v2. (Videos, processing, tokens
 * expiring mid-upload: `networks/x-media.int-spec.ts`.)
 */
describe('publishing media to X', () => {
  let h: PublishingHarness;
  let agency: Agency;

  beforeAll(async () => {
    h = await startPublishing({
      content: true,
      env: { MEDIA_PROCESSING_TIMEOUT_MS: '6000', MAX_ATTEMPTS: '3', HTTP_TIMEOUT_MS: '3000' },
    });
    agency = await createAgency(h);
  }, 180_000);

  afterAll(() => h?.close());

  const connect = (network: Network) =>
    connectAccount(h, agency.owner, agency.brand.id, network, { tokenTtlSeconds: 7200 });
  const image = (alt: string, seed: number) =>
    libraryMedia(h, agency, tinyPng(40 + seed, 30), 'image/png', alt);
  const dueSoon = () => new Date(Date.now() + 1000);

  async function publishOn(account: ConnectedAccount, text: string, mediaIds: string[]) {
    const { postId } = await schedulePost(h, agency, [account], { dueAt: dueSoon(), text, mediaIds });
    const [publication] = await settled(h, agency, postId, 1, 60_000);
    return { postId, publication };
  }

  it.each([Network.X])(
    '%s: one image with its alt text, then four images in order',
    async (network) => {
      const account = await connect(network);
      const one = await image('Le marché sous la pluie', 1);
      const single = await publishOn(account, 'Une image', [one.id]);
      expect(single.publication.status).toBe(PublicationStatus.Published);
      const [post] = await sentTo(h, account);
      expect(post.media).toEqual([
        expect.objectContaining({ type: 'image', alt: 'Le marché sous la pluie' }),
      ]);

      const four = await Promise.all([2, 3, 4, 5].map((n) => image(`Photo ${n}`, n)));
      const several = await publishOn(
        account,
        'Quatre images',
        four.map((media) => media.id),
      );
      expect(several.publication.status).toBe(PublicationStatus.Published);
      const posts = await sentTo(h, account);
      expect(posts).toHaveLength(2);
      const last = posts.find((p) => p.id !== post.id);
      expect(last?.media.map((file) => file.alt)).toEqual(['Photo 2', 'Photo 3', 'Photo 4', 'Photo 5']);
    },
    90_000,
  );

  it.each([Network.X])(
    '%s: a media post whose answer was lost is published exactly once',
    async (network) => {
      const account = await connect(network);
      const photo = await image('Perdue puis retrouvée', 9);
      await h.sandbox.client.addFault({
        network: 'x',
        accountId: account.sandbox.externalId,
        kind: 'drop_after_commit',
      });
      const { publication } = await publishOn(account, `Réponse perdue ${Date.now()}`, [photo.id]);
      expect(publication.status).toBe(PublicationStatus.Published);
      const posts = await sentTo(h, account);
      expect(posts).toHaveLength(1);
      expect(publication.externalId).toBe(posts[0].id);
      // The upload was recorded once and is what the post carries.
      const uploads = await recordedUploads(h, publication.id);
      expect(uploads.map((upload) => upload.network_media_id)).toEqual([posts[0].media[0].id]);
    },
    90_000,
  );
});
