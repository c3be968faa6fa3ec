import { AtpAgent, BlobRef } from '@atproto/api';
import { parseCid } from '@atproto/lex-data';
import { SandboxAccountCredentials, SandboxNetworks, startSandboxNetworks } from '@relais/server-testing';
import { mp4Bytes, pngBytes, sha256 } from './support/media-files';

describe('sandbox Bluesky media', () => {
  let sandbox: SandboxNetworks;
  let account: SandboxAccountCredentials;

  beforeAll(async () => {
    sandbox = await startSandboxNetworks();
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  beforeEach(async () => {
    await sandbox.client.reset();
    account = await sandbox.client.provisionAccount({
      network: 'bluesky',
      handle: 'acme',
      appPassword: 'abcd-efgh-ijkl-mnop',
    });
  });

  async function loggedIn(handle = 'acme', password = 'abcd-efgh-ijkl-mnop'): Promise<AtpAgent> {
    const agent = new AtpAgent({ service: account.instanceUrl });
    await agent.login({ identifier: `${handle}.sandbox.test`, password });
    return agent;
  }

  async function failure(
    promise: Promise<unknown>,
  ): Promise<{ status: number; error: string; message: string }> {
    return promise.then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: { status: number; error: string; message: string }) => error,
    );
  }

  const upload = async (agent: AtpAgent, bytes: Buffer, encoding: string): Promise<BlobRef> =>
    (await agent.uploadBlob(new Uint8Array(bytes), { encoding })).data.blob;

  it('uploads a blob named by the CID of its bytes and posts it in an images embed', async () => {
    const agent = await loggedIn();
    const bytes = pngBytes(4000, 1200, 800);
    const blob = await upload(agent, bytes, 'image/png');
    const cid = parseCid(blob.ref.toString());
    expect(cid.code).toBe(0x55);
    expect(Buffer.from(cid.multihash.digest).toString('hex')).toBe(sha256(bytes));
    expect(blob).toMatchObject({ mimeType: 'image/png', size: 4000 });

    const { uri, cid: recordCid } = await agent.post({
      text: 'New bikes',
      embed: {
        $type: 'app.bsky.embed.images',
        images: [{ image: blob, alt: 'A red bicycle', aspectRatio: { width: 3, height: 2 } }],
      },
    });
    expect(parseCid(recordCid).code).toBe(0x71);
    const record = await agent.com.atproto.repo.getRecord({
      repo: account.externalId,
      collection: 'app.bsky.feed.post',
      rkey: uri.split('/').pop() ?? '',
    });
    // The library reads the blob back as a BlobRef with its CID.
    const value = record.data.value as { embed: { images: Array<{ alt: string; image: BlobRef }> } };
    expect(value.embed.images[0].alt).toBe('A red bicycle');
    expect(value.embed.images[0].image.ref.toString()).toBe(blob.ref.toString());
    const received = await sandbox.client.posts({ network: 'bluesky' });
    expect(received.posts[0].media).toEqual([
      {
        id: blob.ref.toString(),
        type: 'image',
        mimeType: 'image/png',
        size: 4000,
        sha256: sha256(bytes),
        alt: 'A red bicycle',
      },
    ]);
  });

  it('accepts a video embed at once, a link card with a thumb, and media with a quoted post', async () => {
    const agent = await loggedIn();
    const video = await upload(agent, mp4Bytes(50_000), 'video/mp4');
    const film = await agent.post({
      text: 'Our film',
      embed: {
        $type: 'app.bsky.embed.video',
        video,
        alt: 'The workshop',
        aspectRatio: { width: 16, height: 9 },
      },
    });
    const thumb = await upload(agent, pngBytes(3000), 'image/png');
    await agent.post({
      text: 'Read more',
      embed: {
        $type: 'app.bsky.embed.external',
        external: { uri: 'https://relais.example/news', title: 'News', description: 'What is new', thumb },
      },
    });
    await agent.post({
      text: 'Look again',
      embed: {
        $type: 'app.bsky.embed.recordWithMedia',
        record: { $type: 'app.bsky.embed.record', record: { uri: film.uri, cid: film.cid } },
        media: { $type: 'app.bsky.embed.images', images: [{ image: thumb, alt: 'Poster' }] },
      },
    });
    const received = await sandbox.client.posts({ network: 'bluesky' });
    expect(received.posts.map((post) => post.media.map((media) => `${media.type}:${media.alt}`))).toEqual([
      ['video:The workshop'],
      [],
      ['image:Poster'],
    ]);
  });

  it('refuses blobs the PDS refuses, in its words', async () => {
    const agent = await loggedIn();
    const big = await upload(agent, pngBytes(1_000_001), 'image/png');
    const tooLarge = await failure(
      agent.post({
        text: 'Big',
        embed: { $type: 'app.bsky.embed.images', images: [{ image: big, alt: '' }] },
      }),
    );
    expect(tooLarge).toMatchObject({
      status: 400,
      error: 'BlobTooLarge',
      message: 'This file is too large. It is 1 MB but the maximum size is 1 MB.',
    });

    const video = await upload(agent, mp4Bytes(), 'video/mp4');
    const wrongType = await failure(
      agent.post({
        text: 'Film',
        embed: { $type: 'app.bsky.embed.images', images: [{ image: video, alt: '' }] },
      }),
    );
    expect(wrongType).toMatchObject({
      error: 'InvalidMimeType',
      message: 'Wrong type of file. It is video/mp4 but it must match image/*.',
    });

    const image = await upload(agent, pngBytes(), 'image/png');
    const five = await failure(
      agent.post({
        text: 'Five',
        embed: {
          $type: 'app.bsky.embed.images',
          images: Array.from({ length: 5 }, () => ({ image, alt: '' })),
        },
      }),
    );
    expect(five).toMatchObject({ error: 'InvalidRequest' });
    expect(five.message).toMatch(/^Invalid app\.bsky\.feed\.post record: .*images.*4/);

    const noAlt = await failure(
      agent.com.atproto.repo.createRecord({
        repo: account.externalId,
        collection: 'app.bsky.feed.post',
        record: {
          $type: 'app.bsky.feed.post',
          text: 'No alt',
          createdAt: new Date().toISOString(),
          embed: { $type: 'app.bsky.embed.images', images: [{ image }] },
        },
      }),
    );
    expect(noAlt).toMatchObject({
      error: 'InvalidRequest',
      message: 'Invalid app.bsky.feed.post record: Record/embed/images/0 must have the property "alt"',
    });

    await sandbox.client.provisionAccount({
      network: 'bluesky',
      handle: 'other',
      appPassword: 'qrst-uvwx-yzab-cdef',
    });
    const other = await loggedIn('other', 'qrst-uvwx-yzab-cdef');
    const notTheirs = await failure(
      other.post({
        text: 'Borrowed',
        embed: { $type: 'app.bsky.embed.images', images: [{ image, alt: '' }] },
      }),
    );
    expect(notTheirs).toMatchObject({
      error: 'BlobNotFound',
      message: `Could not find blob: ${image.ref.toString()}`,
    });

    const reply = await failure(
      agent.post({
        text: 'To nothing',
        reply: {
          root: {
            uri: `at://${account.externalId}/app.bsky.feed.post/3kaaaaaaaaaaa`,
            cid: image.ref.toString(),
          },
          parent: {
            uri: `at://${account.externalId}/app.bsky.feed.post/3kaaaaaaaaaaa`,
            cid: image.ref.toString(),
          },
        },
      }),
    );
    expect(reply).toMatchObject({ error: 'InvalidRequest' });
    expect((await sandbox.client.posts({ network: 'bluesky' })).total).toBe(0);
  });

  it('answers ExpiredToken when the token expires between the upload and the post', async () => {
    const agent = await loggedIn();
    const image = await upload(agent, pngBytes(), 'image/png');
    await sandbox.client.addFault({ network: 'bluesky', kind: 'expire_token' });
    const response = await fetch(`${account.instanceUrl}/xrpc/com.atproto.repo.createRecord`, {
      method: 'POST',
      headers: { authorization: `Bearer ${agent.session?.accessJwt}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        repo: account.externalId,
        collection: 'app.bsky.feed.post',
        record: {
          $type: 'app.bsky.feed.post',
          text: 'Late',
          createdAt: new Date().toISOString(),
          embed: { $type: 'app.bsky.embed.images', images: [{ image: image.toJSON(), alt: '' }] },
        },
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'ExpiredToken' });
  });
});
