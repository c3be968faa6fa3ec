import { crc32, deflateSync } from 'node:zlib';
import { Session } from '../support/seed';
import { MISSING_ID, onBrandA1, TenancyDomain } from './tenancy-case';

interface MediaSeed {
  mediaId: string;
  pendingId: string;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real RGB PNG of the given size (stripes), for uploads. */
export function pngOf(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x += 1) row.set([x % 2 ? 200 : 30, 120, 60], 1 + x * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface CreatedUpload {
  media: { id: string; status: string };
  uploadUrl: string;
  method: string;
  headers: Record<string, string>;
  expiresAt: string;
}

export const CREATE_UPLOAD = `mutation U($input: CreateMediaUploadInput!) {
  createMediaUpload(input: $input) { media { id status } uploadUrl method headers expiresAt } }`;

/** Registers an upload of `file` for the brand and sends the bytes to the signed URL (not completed). */
export async function sendUpload(
  session: Session,
  brandId: string,
  file: Buffer,
  contentType = 'image/png',
  fileName = 'image.png',
): Promise<CreatedUpload> {
  const { createMediaUpload } = await session.api.data<{ createMediaUpload: CreatedUpload }>(CREATE_UPLOAD, {
    input: { brandId, fileName, contentType, sizeBytes: file.length },
  });
  const sent = await fetch(createMediaUpload.uploadUrl, {
    method: createMediaUpload.method,
    headers: createMediaUpload.headers,
    body: new Uint8Array(file),
  });
  if (sent.status !== 200) throw new Error(`upload refused: ${sent.status} ${await sent.text()}`);
  return createMediaUpload;
}

/** The media library: every operation on brand A1's files. */
export const mediaTenancy: TenancyDomain<MediaSeed> = {
  name: 'media',
  async seed(w) {
    const ready = await sendUpload(w.ownerA, w.brandA1.id, pngOf(12, 8));
    await w.ownerA.api.data('mutation C($id: ID!) { completeMediaUpload(id: $id) { id } }', {
      id: ready.media.id,
    });
    const pending = await sendUpload(w.ownerA, w.brandA1.id, pngOf(4, 4));
    return { mediaId: ready.media.id, pendingId: pending.media.id };
  },
  ids: (s) => [s.mediaId, s.pendingId],
  async snapshot(w, s) {
    return w.ownerA.api.data(
      `query S($brandId: ID!, $pending: ID!) {
        mediaLibrary(brandId: $brandId, first: 50) { totalCount edges { node { id status altText sizeBytes width } } }
        media(id: $pending) { id status altText } }`,
      { brandId: w.brandA1.id, pending: s.pendingId },
    );
  },
  cases: {
    'Query.mediaLibrary': onBrandA1<MediaSeed>(
      'lists the media of A1',
      'query Q($brandId: ID!) { mediaLibrary(brandId: $brandId) { totalCount edges { node { id url } } } }',
      (w) => ({ brandId: w.brandA1.id }),
      () => ({ brandId: MISSING_ID }),
    ),
    'Query.media': onBrandA1<MediaSeed>(
      'reads a file of A1 and its signed URL',
      'query Q($id: ID!) { media(id: $id) { id url } }',
      (_w, s) => ({ id: s.mediaId }),
    ),
    'Mutation.createMediaUpload': onBrandA1<MediaSeed>(
      'uploads a file into A1’s library',
      CREATE_UPLOAD,
      (w) => ({
        input: { brandId: w.brandA1.id, fileName: 'x.png', contentType: 'image/png', sizeBytes: 10 },
      }),
      () => ({ input: { brandId: MISSING_ID, fileName: 'x.png', contentType: 'image/png', sizeBytes: 10 } }),
    ),
    'Mutation.completeMediaUpload': onBrandA1<MediaSeed>(
      'completes A1’s pending upload',
      'mutation M($id: ID!) { completeMediaUpload(id: $id) { id url } }',
      (_w, s) => ({ id: s.pendingId }),
    ),
    'Mutation.updateMedia': onBrandA1<MediaSeed>(
      'rewrites the alt text of a file of A1',
      'mutation M($input: UpdateMediaInput!) { updateMedia(input: $input) { id } }',
      (_w, s) => ({ input: { id: s.mediaId, altText: 'Hijacked' } }),
    ),
    'Mutation.deleteMedia': onBrandA1<MediaSeed>(
      'deletes a file of A1',
      'mutation M($id: ID!) { deleteMedia(id: $id) }',
      (_w, s) => ({ id: s.mediaId }),
    ),
  },
};
