import { createHmac } from 'node:crypto';
import { LOCAL_SIGNING_SECRET } from '@relais/dev-platform';
import { E2ePlatform, startE2ePlatform } from './support/e2e-platform';
import { addMember, connectAccount, createBrand, Session, signUp } from './support/seed';
import { CREATE_UPLOAD, CreatedUpload, pngOf, sendUpload } from './tenancy/media.cases';

const MEDIA_FIELDS =
  'id brandId fileName contentType kind status sizeBytes width height durationMs altText url thumbnailUrl createdAt';
const COMPLETE = `mutation C($id: ID!) { completeMediaUpload(id: $id) { ${MEDIA_FIELDS} } }`;
const LIBRARY = `query L($brandId: ID!, $kind: MediaKind, $first: Int, $after: String) {
  mediaLibrary(brandId: $brandId, kind: $kind, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id fileName kind } } } }`;

let e2e: E2ePlatform;
let owner: Session;
let viewer: Session;
let brandId: string;
let accountId: string;

beforeAll(async () => {
  e2e = await startE2ePlatform();
  owner = await signUp(e2e.api, { agencyName: 'Media Works' });
  brandId = (await createBrand(owner, 'Brooklyn Roasters', { timezone: 'America/New_York' })).id;
  accountId = (await connectAccount(owner, brandId)).id;
  viewer = await addMember(e2e.api, owner, { label: 'viewer', role: 'BRAND_VIEWER', brandIds: [brandId] });
}, 120_000);

afterAll(async () => {
  await e2e?.stop();
});

async function uploadedPng(width: number, height: number, fileName = 'photo.png') {
  const upload = await sendUpload(owner, brandId, pngOf(width, height), 'image/png', fileName);
  const { completeMediaUpload } = await owner.api.data(COMPLETE, { id: upload.media.id });
  return completeMediaUpload;
}

/** A download token with the claims of `url`, changed by `change`, signed with the platform's secret. */
function resigned(url: string, change: Record<string, unknown>): string {
  const token = url.slice(url.lastIndexOf('/') + 1);
  const claims = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8'));
  const body = Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url');
  const key = createHmac('sha256', LOCAL_SIGNING_SECRET).update('relais.media.v1').digest();
  const signature = createHmac('sha256', key).update(body).digest('base64url');
  return `${url.slice(0, url.lastIndexOf('/') + 1)}${body}.${signature}`;
}

describe('media library', () => {
  it('uploads a PNG through the signed URL, completes it with its size, and serves it', async () => {
    const png = pngOf(40, 30);
    const upload = await sendUpload(owner, brandId, png, 'image/png', 'Latte art.png');
    expect(upload).toMatchObject({
      media: { status: 'PENDING' },
      method: 'PUT',
      headers: { 'Content-Type': 'image/png' },
    });
    const { completeMediaUpload: media } = await owner.api.data(COMPLETE, { id: upload.media.id });
    expect(media).toMatchObject({
      id: upload.media.id,
      brandId,
      fileName: 'Latte art.png',
      contentType: 'image/png',
      kind: 'IMAGE',
      status: 'READY',
      sizeBytes: png.length,
      width: 40,
      height: 30,
      durationMs: null,
      altText: '',
    });
    const file = await fetch(media.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('cache-control')).toMatch(/^private/);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true);
    expect(media.thumbnailUrl).toBe(media.url);

    // A brand viewer sees the file too, through a URL of their own.
    const { media: seen } = await viewer.api.data(`query M($id: ID!) { media(id: $id) { id url } }`, {
      id: media.id,
    });
    expect((await fetch(seen.url)).status).toBe(200);
  });

  it('refuses a tampered or expired download URL with 403', async () => {
    const media = await uploadedPng(8, 8);
    const token = media.url.slice(media.url.lastIndexOf('/') + 1);
    const [body, signature] = token.split('.');
    const otherSignature = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    expect((await fetch(media.url.replace(token, `${body}.${otherSignature}`))).status).toBe(403);
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    const forgedKey = Buffer.from(JSON.stringify({ ...claims, k: `${claims.k}0` })).toString('base64url');
    expect((await fetch(media.url.replace(token, `${forgedKey}.${signature}`))).status).toBe(403);
    const expired = await fetch(resigned(media.url, { e: Math.floor(Date.now() / 1000) - 5 }));
    expect(expired.status).toBe(403);
    expect(await expired.json()).toEqual({ message: 'This link has expired' });
    // The same claims, freshly signed, pass: the refusals above were for the reasons tested.
    expect((await fetch(resigned(media.url, {}))).status).toBe(200);
  });

  it('refuses a file whose bytes are not what it claims, naming the rule', async () => {
    const upload = await sendUpload(owner, brandId, pngOf(10, 10), 'video/mp4', 'clip.mp4');
    const error = await owner.api.error(COMPLETE, { id: upload.media.id });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([
      expect.objectContaining({ field: 'contentType', constraint: 'typeMismatch' }),
    ]);
    expect(error.extensions.fields?.[0].message).toContain('PNG image (image/png), not video/mp4');
    const gone = await owner.api.error('query M($id: ID!) { media(id: $id) { id } }', {
      id: upload.media.id,
    });
    expect(gone.extensions.code).toBe('NOT_FOUND');
  });

  it('refuses an oversized declared file, naming the limit', async () => {
    const error = await owner.api.error(CREATE_UPLOAD, {
      input: { brandId, fileName: 'long.mov', contentType: 'video/quicktime', sizeBytes: 600 * 1024 * 1024 },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([
      expect.objectContaining({
        field: 'sizeBytes',
        constraint: 'max',
        message: 'the file is 600 MB; the media library takes files up to 512 MB (MEDIA_MAX_BYTES)',
      }),
    ]);
  });

  it('refuses a type the library does not take before anything is uploaded', async () => {
    const error = await owner.api.error(CREATE_UPLOAD, {
      input: { brandId, fileName: 'doc.pdf', contentType: 'application/pdf', sizeBytes: 1000 },
    });
    expect(error.extensions.fields).toEqual([expect.objectContaining({ field: 'contentType' })]);
  });

  it('keeps brand viewers from uploading', async () => {
    const error = await viewer.api.error(CREATE_UPLOAD, {
      input: { brandId, fileName: 'x.png', contentType: 'image/png', sizeBytes: 10 },
    });
    expect(error.extensions.code).toBe('FORBIDDEN');
  });

  it('lists, describes and deletes library files', async () => {
    const fresh = (await createBrand(owner, 'Library Only')).id;
    const ids: string[] = [];
    for (const name of ['one.png', 'two.png', 'three.png']) {
      const upload: CreatedUpload = await sendUpload(owner, fresh, pngOf(6, 6), 'image/png', name);
      await owner.api.data(COMPLETE, { id: upload.media.id });
      ids.push(upload.media.id);
    }
    const page = await owner.api.data(LIBRARY, { brandId: fresh, first: 2 });
    expect(page.mediaLibrary.totalCount).toBe(3);
    expect(page.mediaLibrary.edges.map((e: { node: { fileName: string } }) => e.node.fileName)).toEqual([
      'three.png',
      'two.png',
    ]);
    const next = await owner.api.data(LIBRARY, {
      brandId: fresh,
      first: 2,
      after: page.mediaLibrary.pageInfo.endCursor,
    });
    expect(next.mediaLibrary.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[0]]);
    expect((await owner.api.data(LIBRARY, { brandId: fresh, kind: 'VIDEO' })).mediaLibrary.totalCount).toBe(
      0,
    );

    const { updateMedia } = await owner.api.data(
      'mutation U($input: UpdateMediaInput!) { updateMedia(input: $input) { id altText } }',
      { input: { id: ids[1], altText: 'Beans roasting' } },
    );
    expect(updateMedia).toEqual({ id: ids[1], altText: 'Beans roasting' });
    const { deleteMedia } = await owner.api.data('mutation D($id: ID!) { deleteMedia(id: $id) }', {
      id: ids[1],
    });
    expect(deleteMedia).toBe(ids[1]);
    expect((await owner.api.data(LIBRARY, { brandId: fresh })).mediaLibrary.totalCount).toBe(2);
  });

  it('shows a post’s media and its variants’ media, batched', async () => {
    const media = await uploadedPng(20, 10, 'post.png');
    const { createPost } = await owner.api.data(
      'mutation P($input: CreatePostInput!) { createPost(input: $input) { id } }',
      { input: { brandId, baseText: 'With a picture', accountIds: [accountId], mediaIds: [media.id] } },
    );
    const { post } = await owner.api.data(
      `query Q($id: ID!) { post(id: $id) { mediaIds media { id width height url }
        variants { network media { id kind } } } }`,
      { id: createPost.id },
    );
    expect(post.mediaIds).toEqual([media.id]);
    expect(post.media).toEqual([
      { id: media.id, width: 20, height: 10, url: expect.stringContaining('/media/files/') },
    ]);
    expect(post.variants).toEqual([{ network: 'MASTODON', media: [{ id: media.id, kind: 'IMAGE' }] }]);
    // A file a post may still use cannot be deleted.
    const refused = await owner.api.error('mutation D($id: ID!) { deleteMedia(id: $id) }', { id: media.id });
    expect(refused.extensions.code).toBe('CONFLICT');
  });
});
