import { readdir } from 'node:fs/promises';
import {
  AuthResult,
  BrandView,
  ContentSubjects,
  MediaSourceView,
  Network,
  PostReviewView,
  PostStatus,
  SocialAccountView,
} from '@relais/contracts';
import { as, freePort, system, waitFor } from '@relais/server-testing';
import { ContentHarness, startContent } from './support/content-harness';
import { connectAccounts, createBrand, createPost, signUp, uploadedMedia } from './support/fixtures';
import { photoWithGps } from './support/generated-media';

const FUTURE = '2031-06-02T07:00:00.000Z';

describe('content media renditions made when a post is scheduled', () => {
  let h: ContentHarness;
  let owner: AuthResult;
  let brand: BrandView;
  let accounts: Record<string, SocialAccountView>;

  beforeAll(async () => {
    const port = await freePort();
    h = await startContent({
      env: { PUBLIC_URL: `http://127.0.0.1:${port}`, MEDIA_MAX_BYTES: String(20 * 1024 * 1024) },
    });
    await h.app.listen(port, '127.0.0.1');
    owner = await signUp(h, 'Ahead Studio');
    brand = await createBrand(h, owner, 'Early Bakery');
    accounts = await connectAccounts(h, owner, brand.id, [Network.Bluesky, Network.Mastodon]);
  }, 180_000);
  afterAll(() => h?.close());

  /** The rendition facts files in storage for `network` (one per file made for it). */
  async function renditionsFor(network: string): Promise<string[]> {
    const files = await readdir(h.config.MEDIA_DIR, { recursive: true });
    return files.filter((file) => file.includes(`-${network}-`) && file.endsWith('-facts'));
  }

  it("makes each network's renditions once the post is scheduled, before anyone asks for them", async () => {
    const media = await uploadedMedia(h, owner, brand.id, {
      bytes: await photoWithGps(2000, 1500),
      contentType: 'image/jpeg',
      fileName: 'harbour.jpg',
    });
    expect(await renditionsFor('bluesky')).toEqual([]);
    const post = await createPost(h, owner, {
      brandId: brand.id,
      baseText: 'Fresh bread at dawn',
      accountIds: [accounts[Network.Bluesky].id, accounts[Network.Mastodon].id],
      mediaIds: [media.id],
    });
    const scheduled = await h.call<PostReviewView>(ContentSubjects.approval.schedule, as(owner), {
      postId: post.id,
      scheduledAt: FUTURE,
    });
    expect(scheduled.status).toBe(PostStatus.Scheduled);

    await waitFor(async () => (await renditionsFor('bluesky')).length === 1, {
      timeoutMs: 60_000,
      description: 'the Bluesky rendition made',
    });
    await waitFor(async () => (await renditionsFor('mastodon')).length === 1, {
      timeoutMs: 60_000,
      description: 'the Mastodon rendition made',
    });

    // Asked at the due minute, the files are the ones made ahead (nothing new in storage).
    const [source] = await h.call<MediaSourceView[]>(
      ContentSubjects.media.sources,
      system(owner.claims.agencyId),
      {
        mediaIds: [media.id],
        network: 'bluesky',
      },
    );
    expect(source.sizeBytes).toBeLessThanOrEqual(1_000_000);
    expect(await renditionsFor('bluesky')).toHaveLength(1);
    const bytes = Buffer.from(await (await fetch(source.url)).arrayBuffer());
    expect(bytes.length).toBe(source.sizeBytes);
  }, 120_000);
});
