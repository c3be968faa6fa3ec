import { Network } from '@relais/contracts';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { HttpRouter, NetworkRequest, NetworkResponse } from '../../core/http-router';
import { blobCid } from '../../media/blob-cid';
import { SandboxMedia } from '../../media/media.repository';
import { discard } from '../../media/multipart-upload';
import { digestStream } from '../../media/upload-digest';
import { AuthResult, Sandbox } from '../../state/sandbox';
import { xrpcError } from './bluesky-errors';
import { blobId, VIDEO_BLOB_LIMIT } from './bluesky-media';
import {
  SERVICE_AUTH_DEFAULT_SECONDS,
  SERVICE_AUTH_MAX_SECONDS,
  ServiceAuth,
  ServiceAuthClaims,
} from './bluesky-service-auth';

const NETWORK = Network.Bluesky;
/** The video service's daily allowance per account. */
export const DAILY_VIDEOS = 25;
export const DAILY_VIDEO_BYTES = 10 * 1024 * 1024 * 1024;
const DAY_MS = 86_400_000;
const UPLOAD_LXM = 'com.atproto.repo.uploadBlob';
const LIMITS_LXM = 'app.bsky.video.getUploadLimits';

/** A video processing job, kept with the sandbox's media (so a reset forgets it). */
interface VideoJob {
  jobId: string;
  cid: string;
  /** Why the service refuses the file (not a video it can read); null when it takes it. */
  refusal: string | null;
}

const jobKey = (jobId: string) => `video-job/${jobId}`;
const jobOf = (media: SandboxMedia) => media.extra.job as VideoJob;

/** Where the video service is and which DIDs name the PDS and the service. */
export interface VideoServiceIdentity {
  /** DIDs a service token for `uploadBlob` may name as its audience (the PDS's). */
  pdsDids(): string[];
  /** The video service's own DID (audience of `getUploadLimits` tokens). */
  serviceDid(): string;
}

/**
 * `com.atproto.server.getServiceAuth` on the PDS: a token for the session's account, for the service
 * `aud` names (a DID) and the method `lxm` names, expiring at `exp` (an hour ahead at most).
 */
export function getServiceAuthRoute(
  sandbox: Sandbox,
  serviceAuth: ServiceAuth,
  refused: (auth: Exclude<AuthResult, { ok: true }>) => NetworkResponse,
) {
  return (request: NetworkRequest): NetworkResponse => {
    const auth = sandbox.authenticate(NETWORK, sandbox.bearerOf(request.headers));
    if (!auth.ok) return refused(auth);
    const aud = request.query.get('aud');
    if (!aud) return xrpcError(400, 'InvalidRequest', 'Error: Params must have the property "aud"');
    if (!/^did:[a-z]+:\S+$/.test(aud))
      return xrpcError(400, 'InvalidRequest', 'Error: aud must be a valid did');
    const now = Math.floor(request.receivedAt / 1000);
    const asked = request.query.get('exp');
    const exp = asked === null ? now + SERVICE_AUTH_DEFAULT_SECONDS : Number(asked);
    if (!Number.isInteger(exp)) return xrpcError(400, 'InvalidRequest', 'Error: exp must be an integer');
    if (exp <= now) return xrpcError(400, 'BadExpiration', 'expiration is in past');
    if (exp - now > SERVICE_AUTH_MAX_SECONDS)
      return xrpcError(
        400,
        'BadExpiration',
        'cannot request a token with an expiration more than an hour in the future',
      );
    const token = serviceAuth.sign(
      { iss: auth.account.externalId, aud, lxm: request.query.get('lxm'), exp },
      request.receivedAt,
    );
    return { status: 200, body: { token } };
  };
}

/**
 * The Bluesky video service (`video.bsky.app`), on the emulated PDS's port: `uploadVideo` takes the raw
 * video with a service token for the PDS's `uploadBlob` (`?did=&name=`) and starts a job; the job is
 * processed for the sandbox's Bluesky processing time (`PUT /control/media`), then
 * `getJobStatus` answers `JOB_STATE_COMPLETED` with the blob, now on the PDS for a record to embed, or
 * `JOB_STATE_FAILED` for a file that is no video it reads (or under a `media_fail` fault). The same
 * video again answers 409 `already_exists` with its job. `getUploadLimits`: 25 videos and 10 GB a day.
 */
export function addBlueskyVideoRoutes(
  router: HttpRouter,
  sandbox: Sandbox,
  serviceAuth: ServiceAuth,
  identity: VideoServiceIdentity,
): void {
  /** The caller named by a service token for `lxm` at one of `audiences`, or the refusal. */
  const caller = (
    request: NetworkRequest,
    lxm: string,
    audiences: string[],
  ): ServiceAuthClaims | NetworkResponse => {
    const claims = serviceAuth.verify(sandbox.bearerOf(request.headers), request.receivedAt);
    if (claims === 'missing') return xrpcError(401, 'AuthMissing', 'Authentication Required');
    if (claims === 'expired') return xrpcError(401, 'JwtExpired', 'jwt expired');
    if (claims === 'invalid')
      return xrpcError(401, 'BadJwtSignature', 'jwt signature does not match jwt issuer');
    if (!audiences.includes(claims.aud))
      return xrpcError(401, 'BadJwtAudience', `jwt audience does not match service did. got: ${claims.aud}`);
    if (claims.lxm !== lxm)
      return xrpcError(401, 'BadJwtLexiconMethod', `bad jwt lexicon method ("lxm"). must match: ${lxm}`);
    return claims;
  };

  const usage = (did: string, now: number) => {
    const jobs = sandbox.media
      .ofAccount(NETWORK, did)
      .filter((media) => media.extra.job !== undefined && now - media.createdAt < DAY_MS);
    return {
      videos: DAILY_VIDEOS - jobs.length,
      bytes: DAILY_VIDEO_BYTES - jobs.reduce((sum, job) => sum + job.size, 0),
    };
  };

  const status = (media: SandboxMedia, now: number) => {
    const job = jobOf(media);
    const base = { jobId: job.jobId, did: media.accountId };
    const state = sandbox.media.stateOf(media, now);
    if (state === 'failed') {
      return {
        ...base,
        state: 'JOB_STATE_FAILED',
        error: job.refusal ?? 'Video processing failed',
        message: job.refusal ?? 'The video could not be processed',
      };
    }
    if (state !== 'ready') {
      return { ...base, state: 'JOB_STATE_ENCODING', progress: sandbox.media.progressOf(media, now) };
    }
    // The processed video goes to the account's PDS as a blob, which records can now embed.
    const id = blobId(media.accountId, job.cid);
    if (!sandbox.media.get(NETWORK, id)) {
      const blob = sandbox.media.add({
        id,
        network: NETWORK,
        accountId: media.accountId,
        kind: 'video',
        mimeType: 'video/mp4',
        size: media.size,
        sha256: null,
        alt: null,
        createdAt: now,
        extra: { cid: job.cid, acceptedType: true },
      });
      sandbox.media.complete(
        blob,
        { size: media.size, head: Buffer.alloc(0), sha256: media.sha256 },
        false,
        now,
      );
    }
    return {
      ...base,
      state: 'JOB_STATE_COMPLETED',
      progress: 100,
      blob: { $type: 'blob', ref: { $link: job.cid }, mimeType: 'video/mp4', size: media.size },
    };
  };

  const uploadVideo = async (
    request: NetworkRequest,
    _params: Record<string, string>,
    body: Readable,
  ): Promise<NetworkResponse> => {
    const claims = caller(request, UPLOAD_LXM, identity.pdsDids());
    if ('status' in claims) {
      discard(body);
      return claims;
    }
    const did = request.query.get('did') ?? claims.iss;
    if (did !== claims.iss || !sandbox.accounts.find(NETWORK, did)) {
      discard(body);
      return xrpcError(401, 'BadJwtIssuer', 'jwt issuer does not match the did of the upload');
    }
    const left = usage(did, request.receivedAt);
    const declared = Number(request.headers['content-length'] ?? NaN);
    if (declared > VIDEO_BLOB_LIMIT) {
      discard(body);
      return xrpcError(413, 'PayloadTooLarge', 'request entity too large');
    }
    if (left.videos <= 0 || (Number.isFinite(declared) && declared > left.bytes)) {
      discard(body);
      return xrpcError(400, 'InvalidRequest', 'You have exceeded your daily upload limit');
    }
    const digest = await digestStream(body);
    if (digest.size > VIDEO_BLOB_LIMIT) return xrpcError(413, 'PayloadTooLarge', 'request entity too large');
    if (digest.size === 0) return xrpcError(400, 'InvalidRequest', 'The video is empty');
    const cid = blobCid(digest.sha256);
    const earlier = sandbox.media
      .ofAccount(NETWORK, did)
      .find((media) => (media.extra.job as VideoJob | undefined)?.cid === cid && !media.fails);
    if (earlier) {
      return {
        status: 409,
        body: { error: 'already_exists', message: 'Video already processed', jobId: jobOf(earlier).jobId },
      };
    }
    const jobId = randomUUID().replace(/-/g, '');
    const refusal = isVideo(digest.head) ? null : 'Unsupported video format';
    const media = sandbox.media.add({
      id: jobKey(jobId),
      network: NETWORK,
      accountId: did,
      kind: 'video',
      mimeType: 'video/mp4',
      size: digest.size,
      sha256: null,
      alt: null,
      createdAt: request.receivedAt,
      extra: { job: { jobId, cid, refusal } satisfies VideoJob, name: request.query.get('name') },
    });
    sandbox.media.complete(
      media,
      { ...digest, sha256: digest.sha256.toString('hex') },
      true,
      request.receivedAt,
    );
    if (refusal) media.fails = true;
    return { status: 200, body: { jobStatus: status(media, request.receivedAt) } };
  };

  const getJobStatus = (request: NetworkRequest): NetworkResponse => {
    const jobId = request.query.get('jobId');
    if (!jobId) return xrpcError(400, 'InvalidRequest', 'Error: Params must have the property "jobId"');
    const media = sandbox.media.get(NETWORK, jobKey(jobId));
    if (!media) return xrpcError(404, 'NotFound', 'Job not found');
    return { status: 200, body: { jobStatus: status(media, request.receivedAt) } };
  };

  const getUploadLimits = (request: NetworkRequest): NetworkResponse => {
    const claims = caller(request, LIMITS_LXM, [identity.serviceDid()]);
    if ('status' in claims) return claims;
    const left = usage(claims.iss, request.receivedAt);
    const canUpload = left.videos > 0 && left.bytes > 0;
    return {
      status: 200,
      body: {
        canUpload,
        remainingDailyVideos: Math.max(0, left.videos),
        remainingDailyBytes: Math.max(0, left.bytes),
        ...(canUpload
          ? {}
          : { error: 'Upload limit exceeded', message: 'You have exceeded your daily upload limit' }),
      },
    };
  };

  router
    .addStream('POST', '/xrpc/app.bsky.video.uploadVideo', uploadVideo)
    .add('GET', '/xrpc/app.bsky.video.getJobStatus', getJobStatus)
    .add('GET', '/xrpc/app.bsky.video.getUploadLimits', getUploadLimits);
}

/** An ISO media file (MP4, MOV: `ftyp` at byte 4) or Matroska/WebM (EBML magic), as the service reads. */
function isVideo(head: Buffer): boolean {
  if (head.length >= 8 && head.subarray(4, 8).toString('latin1') === 'ftyp') return true;
  return head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3;
}
