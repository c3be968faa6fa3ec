import { BlobRef, jsonToLex } from '@atproto/api';
import { Network } from '@relais/contracts';
import type { Readable } from 'node:stream';
import { NetworkRequest, NetworkResponse } from '../../core/http-router';
import { blobCid } from '../../media/blob-cid';
import { mediaKindOf, SandboxMedia } from '../../media/media.repository';
import { discard } from '../../media/multipart-upload';
import { digestStream } from '../../media/upload-digest';
import { SandboxAccount } from '../../state/account.repository';
import { AuthResult, Sandbox } from '../../state/sandbox';
import { withHeaders } from '../network-definition';
import { blueskyRateHeaders, xrpcError } from './bluesky-errors';
import { POST_COLLECTION } from './bluesky-records';

const NETWORK = Network.Bluesky;
/** What one `uploadBlob` may carry (the size of the largest video a post takes). */
export const BLOB_UPLOAD_LIMIT = 100_000_000;
export const IMAGE_BLOB_LIMIT = 1_000_000;
export const VIDEO_BLOB_LIMIT = 100_000_000;

/** A blob of an account: one per account and CID, whatever the number of uploads. */
export const blobId = (did: string, cid: string) => `${did}/${cid}`;

/** `com.atproto.repo.uploadBlob`: the raw body, streamed and digested; the CID is the bytes' (raw, sha-256). */
export function uploadBlobRoute(
  sandbox: Sandbox,
  refused: (auth: Exclude<AuthResult, { ok: true }>) => NetworkResponse,
) {
  return async (
    request: NetworkRequest,
    _params: Record<string, string>,
    body: Readable,
  ): Promise<NetworkResponse> => {
    const auth = sandbox.authenticate(NETWORK, sandbox.bearerOf(request.headers));
    if (!auth.ok) {
      discard(body);
      return refused(auth);
    }
    const account = auth.account;
    const headers = blueskyRateHeaders(sandbox.rateOf(NETWORK, account.externalId));
    const declared = Number(request.headers['content-length'] ?? NaN);
    if (declared > BLOB_UPLOAD_LIMIT) {
      discard(body);
      return withHeaders(xrpcError(413, 'PayloadTooLarge', 'request entity too large'), headers);
    }
    const digest = await digestStream(body);
    if (digest.size > BLOB_UPLOAD_LIMIT)
      return withHeaders(xrpcError(413, 'PayloadTooLarge', 'request entity too large'), headers);
    const contentType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
    const mimeType = contentType && contentType !== '*/*' ? contentType : 'application/octet-stream';
    const cid = blobCid(digest.sha256);
    const id = blobId(account.externalId, cid);
    const known = sandbox.media.get(NETWORK, id);
    if (!known) {
      sandbox.media.addUploaded(
        {
          id,
          network: NETWORK,
          accountId: account.externalId,
          kind: mediaKindOf(mimeType) ?? 'image',
          mimeType,
          alt: null,
          createdAt: request.receivedAt,
          extra: { cid, acceptedType: mediaKindOf(mimeType) !== null },
        },
        digest,
        false,
        request.receivedAt,
      );
    }
    return {
      status: 200,
      headers,
      body: { blob: { $type: 'blob', ref: { $link: cid }, mimeType, size: digest.size } },
    };
  };
}

/** A blob of the record with the limits its place in the lexicon sets. */
interface BlobUse {
  path: string;
  ref: BlobRef;
  accept: 'image/*' | 'video/mp4';
  maxSize: number;
  alt: string | null;
  /** Shown as the post's media (thumbnails of link cards are not). */
  media: boolean;
}

function blobUses(record: Record<string, unknown>): BlobUse[] {
  const uses: BlobUse[] = [];
  const fromEmbed = (embed: unknown, path: string) => {
    if (!embed || typeof embed !== 'object') return;
    const value = embed as Record<string, unknown>;
    if (value.$type === 'app.bsky.embed.images' && Array.isArray(value.images)) {
      value.images.forEach((image: { image?: unknown; alt?: unknown }, index) => {
        if (image?.image instanceof BlobRef)
          uses.push({
            path: `${path}/images/${index}/image`,
            ref: image.image,
            accept: 'image/*',
            maxSize: IMAGE_BLOB_LIMIT,
            alt: typeof image.alt === 'string' ? image.alt : null,
            media: true,
          });
      });
    }
    if (value.$type === 'app.bsky.embed.video' && value.video instanceof BlobRef) {
      uses.push({
        path: `${path}/video`,
        ref: value.video,
        accept: 'video/mp4',
        maxSize: VIDEO_BLOB_LIMIT,
        alt: typeof value.alt === 'string' ? value.alt : null,
        media: true,
      });
    }
    if (value.$type === 'app.bsky.embed.external') {
      const thumb = (value.external as { thumb?: unknown } | undefined)?.thumb;
      if (thumb instanceof BlobRef)
        uses.push({
          path: `${path}/external/thumb`,
          ref: thumb,
          accept: 'image/*',
          maxSize: IMAGE_BLOB_LIMIT,
          alt: null,
          media: false,
        });
    }
    if (value.$type === 'app.bsky.embed.recordWithMedia') fromEmbed(value.media, `${path}/media`);
  };
  fromEmbed(record.embed, 'Record/embed');
  return uses;
}

/** Sizes as the PDS words them (pretty-bytes: base 1000, up to 3 significant digits). */
function prettySize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${Number(value.toPrecision(3))} ${units[unit]}`;
}

/** The record with its blobs as `BlobRef`s and links as CIDs, as a PDS reads the JSON it receives. */
export function recordAsLex(record: Record<string, unknown>): Record<string, unknown> | string {
  try {
    return jsonToLex(record) as Record<string, unknown>;
  } catch (error) {
    return `Invalid ${POST_COLLECTION} record: ${error instanceof Error ? error.message : 'malformed'}`;
  }
}

/**
 * The blobs of a post record, checked as the PDS does when it writes it: each must have been uploaded
 * by the account, fit its place's size, and be of an accepted type. Answers the files or the refusal.
 */
export function recordBlobs(
  sandbox: Sandbox,
  account: SandboxAccount,
  record: Record<string, unknown>,
):
  | { ok: true; media: Array<{ file: SandboxMedia; alt: string | null }> }
  | { ok: false; response: NetworkResponse } {
  const media: Array<{ file: SandboxMedia; alt: string | null }> = [];
  for (const use of blobUses(record)) {
    const cid = use.ref.ref.toString();
    const file = sandbox.media.owned(NETWORK, account.externalId, blobId(account.externalId, cid));
    if (!file) return { ok: false, response: xrpcError(400, 'BlobNotFound', `Could not find blob: ${cid}`) };
    if (file.size > use.maxSize) {
      return {
        ok: false,
        response: xrpcError(
          400,
          'BlobTooLarge',
          `This file is too large. It is ${prettySize(file.size)} but the maximum size is ${prettySize(use.maxSize)}.`,
        ),
      };
    }
    if (use.ref.mimeType !== file.mimeType) {
      return {
        ok: false,
        response: xrpcError(
          400,
          'InvalidMimeType',
          `Referenced Mimetype does not match stored blob. Expected: ${file.mimeType}, Got: ${use.ref.mimeType}`,
        ),
      };
    }
    const accepted =
      use.accept === 'image/*' ? file.mimeType.startsWith('image/') : file.mimeType === use.accept;
    if (!accepted) {
      return {
        ok: false,
        response: xrpcError(
          400,
          'InvalidMimeType',
          `Wrong type of file. It is ${file.mimeType} but it must match ${use.accept}.`,
        ),
      };
    }
    if (use.media) media.push({ file, alt: use.alt });
  }
  return { ok: true, media };
}

/**
 * The strong refs of a reply (`root`, `parent`) and of a quoted record: a record of a repository this
 * PDS holds must exist with that CID (other repositories cannot be checked here).
 */
export function strongRefProblem(sandbox: Sandbox, record: Record<string, unknown>): string | null {
  const refs: Array<[string, unknown]> = [];
  const reply = record.reply as { root?: unknown; parent?: unknown } | undefined;
  if (reply) refs.push(['Record/reply/root', reply.root], ['Record/reply/parent', reply.parent]);
  const embed = record.embed as { $type?: unknown; record?: unknown } | undefined;
  if (embed?.$type === 'app.bsky.embed.record') refs.push(['Record/embed/record', embed.record]);
  if (embed?.$type === 'app.bsky.embed.recordWithMedia')
    refs.push(['Record/embed/record/record', (embed.record as { record?: unknown } | undefined)?.record]);
  for (const [path, ref] of refs) {
    const { uri, cid } = (ref ?? {}) as { uri?: unknown; cid?: unknown };
    if (typeof uri !== 'string' || typeof cid !== 'string') continue;
    const did = /^at:\/\/([^/]+)\//.exec(uri)?.[1];
    if (!did || !sandbox.accounts.find(NETWORK, did)) continue;
    const target = sandbox.posts.get(NETWORK, uri);
    if (!target || String(target.extra.cid) !== cid)
      return `Invalid ${POST_COLLECTION} record: ${path} must reference an existing record (${uri})`;
  }
  return null;
}
