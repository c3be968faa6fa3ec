import { Network } from '@relais/contracts';
import { randomInt } from 'node:crypto';
import type { Readable } from 'node:stream';
import { snowflake } from '../../core/ids';
import { HttpRouter, NetworkRequest, NetworkResponse } from '../../core/http-router';
import { mediaKindOf, SandboxMedia } from '../../media/media.repository';
import { discard, readFormOrFields, UploadedFile } from '../../media/multipart-upload';
import { digestStream, RunningDigest } from '../../media/upload-digest';
import { SandboxAccount } from '../../state/account.repository';
import { SandboxPost } from '../../state/post.repository';
import { Sandbox } from '../../state/sandbox';
import { facebookErrors, graphError, graphTime } from './facebook-errors';

const NETWORK = Network.FacebookPage;
/** Page photos: "should be less than 4 MB". */
export const FACEBOOK_PHOTO_LIMIT = 4 * 1024 * 1024;
/** Resumable video uploads: at least 1 KB, at most 10 GB. */
export const FACEBOOK_VIDEO_MIN = 1024;
export const FACEBOOK_VIDEO_LIMIT = 10 * 1024 * 1024 * 1024;
/** The chunk the sandbox asks for each `transfer` (the last one shorter). */
export const FACEBOOK_VIDEO_CHUNK = 4 * 1024 * 1024;
/** An upload session not finished within this time times out (1363030). */
const UPLOAD_SESSION_MS = 60 * 60 * 1000;

/** What the media routes need of the Graph routes: the same token check, fault gate and usage headers. */
export interface GraphAccess {
  /** The page of the token (from the body fields, the query or a Bearer header), or the Graph refusal. */
  authenticate(request: NetworkRequest, fields: Record<string, string>): SandboxAccount | NetworkResponse;
  /** Fault and window before a write; null when allowed. */
  gate(account: SandboxAccount, request: NetworkRequest): NetworkResponse | null;
  usage(account: SandboxAccount, request: NetworkRequest): Record<string, string>;
  /** Adds a page post (text remembered for duplicates). */
  addPost(post: SandboxPost): void;
}

interface VideoSession {
  sessionId: string;
  fileSize: number;
  received: number;
  running: RunningDigest;
  finished: boolean;
}

const sessionOf = (media: SandboxMedia) => media.extra.session as VideoSession;
const isResponse = (value: unknown): value is NetworkResponse =>
  typeof value === 'object' && value !== null && 'status' in value;

const invalid = (request: NetworkRequest, message: string, subcode?: number) =>
  graphError(400, { message, code: 100, ...(subcode ? { error_subcode: subcode } : {}) }, request.requestId);

const videoError = (request: NetworkRequest, subcode: number, message: string, title: string) =>
  graphError(
    400,
    {
      message: 'There was a problem uploading your video file. Please try again.',
      type: 'OAuthException',
      code: 6001,
      error_subcode: subcode,
      is_transient: false,
      error_user_title: title,
      error_user_msg: message,
    },
    request.requestId,
  );

/** A page post holding a video is on the page only once the video is processed. */
export function facebookPostVisible(sandbox: Sandbox, post: SandboxPost): boolean {
  const videoId = post.extra.videoId;
  if (typeof videoId !== 'string') return true;
  const video = sandbox.media.get(NETWORK, videoId);
  return video !== undefined && sandbox.media.stateOf(video) === 'ready';
}

/**
 * The photos `attached_media` names on a `/feed` post (`attached_media[0]={"media_fbid":"..."}` as form
 * fields, or a JSON list): unpublished photos of the page, not yet used.
 */
export function feedMedia(
  sandbox: Sandbox,
  account: SandboxAccount,
  request: NetworkRequest,
): { ok: true; media: SandboxMedia[] } | { ok: false; response: NetworkResponse } {
  const entries: { name: string; value: unknown }[] = [];
  const list = request.body.attached_media;
  if (Array.isArray(list))
    list.forEach((value, index) => entries.push({ name: `attached_media[${index}]`, value }));
  for (const [name, value] of Object.entries(request.body)) {
    const match = /^attached_media\[(\d+)\]$/.exec(name);
    if (match) entries.push({ name, value });
  }
  entries.sort((a, b) => indexOf(a.name) - indexOf(b.name));
  const media: SandboxMedia[] = [];
  for (const { name, value } of entries) {
    let parsed: unknown = value;
    if (typeof value === 'string') {
      try {
        parsed = JSON.parse(value);
      } catch {
        parsed = null;
      }
    }
    const id = (parsed as { media_fbid?: unknown } | null)?.media_fbid;
    if (typeof id !== 'string' && typeof id !== 'number') {
      return {
        ok: false,
        response: invalid(request, `(#100) param ${name} must be a JSON object with a media_fbid`),
      };
    }
    const photo = sandbox.media.owned(NETWORK, account.externalId, String(id));
    if (!photo || photo.extra.published !== false || photo.postId !== null) {
      return {
        ok: false,
        response: invalid(
          request,
          `(#100) param ${name} has invalid media_fbid ${String(id)}: not an unpublished photo of this page`,
        ),
      };
    }
    media.push(photo);
  }
  return { ok: true, media };
}

function indexOf(name: string): number {
  return Number(/\[(\d+)\]$/.exec(name)?.[1] ?? 0);
}

/**
 * `GET /{photo-id}` and `/{video-id}`: a video's `status` as the Video node reports it (each phase;
 * `publishing_phase.publish_status` once `finish` made the post), `published`, `permalink_url`,
 * `post_id` once it is on the page; null when no such file.
 */
export function facebookMediaObject(
  sandbox: Sandbox,
  account: SandboxAccount,
  id: string,
  fields: string[],
): Record<string, unknown> | null {
  const media = sandbox.media.owned(NETWORK, account.externalId, id);
  if (!media) return null;
  const all: Record<string, unknown> = {
    id: media.id,
    created_time: graphTime(media.createdAt),
  };
  if (media.kind === 'video') {
    const session = sessionOf(media);
    const state = session.finished ? sandbox.media.stateOf(media) : 'uploading';
    const videoStatus =
      state === 'ready'
        ? 'ready'
        : state === 'failed'
          ? 'error'
          : session.finished
            ? 'processing'
            : 'uploading';
    const phase = (done: boolean, failed = false) => ({
      status: failed ? 'error' : done ? 'complete' : 'not_started',
    });
    all.status = {
      video_status: videoStatus,
      uploading_phase: {
        status: session.finished ? 'complete' : 'in_progress',
        bytes_transferred: session.received,
      },
      processing_phase:
        state === 'processing' ? { status: 'in_progress' } : phase(state === 'ready', state === 'failed'),
      // `finish` publishes: the post exists from then on, shown once the video is ready.
      publishing_phase: {
        ...phase(state === 'ready'),
        ...(session.finished
          ? { publish_status: 'published', publish_time: graphTime(media.uploadedAt ?? media.createdAt) }
          : {}),
      },
      processing_progress: session.finished ? sandbox.media.progressOf(media) : 0,
    };
    all.description = media.extra.description ?? undefined;
    all.title = media.extra.title ?? undefined;
    all.published = session.finished;
    all.permalink_url = `/${account.externalId}/videos/${media.id}/`;
    all.updated_time = graphTime(media.uploadedAt ?? media.createdAt);
    if (state === 'ready' && typeof media.extra.postId === 'string') all.post_id = media.extra.postId;
  } else {
    all.width = media.width ?? undefined;
    all.height = media.height ?? undefined;
    all.alt_text_custom = media.alt ?? undefined;
    all.published = media.extra.published;
  }
  const view: Record<string, unknown> = { id: media.id };
  for (const field of fields) if (all[field] !== undefined) view[field] = all[field];
  return view;
}

/**
 * The Graph API's media edges for Pages: `POST /{page-id}/photos` (multipart `source` or a `url`;
 * `published=false` keeps the photo unpublished, to attach to a `/feed` post by `attached_media`;
 * otherwise the photo is a post with its `message`: `{id, post_id}`), and the resumable
 * `POST /{page-id}/videos` (`upload_phase=start` with `file_size`, `transfer` of each chunk asked for
 * (multipart `video_file_chunk` at `start_offset`), `finish` with `description` and `title`: the post,
 * which appears on the page once the video is processed). Uploads take no write faults; the post does.
 */
export function addFacebookMediaRoutes(
  router: HttpRouter,
  prefix: string,
  sandbox: Sandbox,
  graph: GraphAccess,
): void {
  /** Upload session id → video id. */
  const sessions = new Map<string, string>();

  const photos = async (
    request: NetworkRequest,
    params: Record<string, string>,
    body: Readable,
  ): Promise<NetworkResponse> => {
    if (params.version !== undefined && !/^v\d+\.\d+$/.test(params.version)) {
      discard(body);
      return facebookErrors.unknownPath(request.requestId);
    }
    const form = await readFormOrFields(request.headers, body);
    const fields = form.ok ? form.fields : {};
    const account = graph.authenticate(request, fields);
    if (isResponse(account)) return account;
    const answer = (response: NetworkResponse) => ({
      ...response,
      headers: { ...graph.usage(account, request), ...response.headers },
    });
    if (!form.ok) return answer(invalid(request, `(#100) ${form.problem}`));
    if (params.node !== account.externalId) return answer(facebookErrors.notAllowed(request.requestId));
    const source = form.files.find((file) => file.field === 'source');
    const url = fields.url ?? null;
    if ((!source || source.size === 0) && !url)
      return answer(
        graphError(400, { message: '(#324) Requires upload file', code: 324 }, request.requestId),
      );
    const mimeType = source ? source.mimeType : 'image/jpeg';
    const kind = mediaKindOf(mimeType);
    if (kind !== 'image' && kind !== 'gif') {
      return answer(
        graphError(400, { message: '(#324) Missing or invalid image file', code: 324 }, request.requestId),
      );
    }
    if (source && source.size > FACEBOOK_PHOTO_LIMIT) {
      return answer(
        invalid(request, `(#100) The photo is larger than ${FACEBOOK_PHOTO_LIMIT / 1024 / 1024} MB`),
      );
    }
    const published = fields.published !== 'false' && fields.published !== '0';
    const message = fields.message ?? fields.caption ?? '';
    if (published) {
      const refused = graph.gate(account, request);
      if (refused) return answer(refused);
    }
    const digest: UploadedFile | { size: number; head: Buffer; sha256: Buffer } = source ?? {
      size: 0,
      head: Buffer.alloc(0),
      sha256: Buffer.alloc(0),
    };
    const media = sandbox.media.addUploaded(
      {
        id: snowflake(request.receivedAt),
        network: NETWORK,
        accountId: account.externalId,
        kind,
        mimeType,
        alt: fields.alt_text_custom ?? null,
        createdAt: request.receivedAt,
        extra: { published, ...(url ? { url } : {}) },
      },
      digest,
      false,
      request.receivedAt,
    );
    if (!source) media.sha256 = null;
    if (!published) return answer({ status: 200, body: { id: media.id } });
    const postPart = snowflake(request.receivedAt);
    const postId = `${account.externalId}_${postPart}`;
    graph.addPost({
      id: postId,
      network: NETWORK,
      accountId: account.externalId,
      text: message,
      receivedAt: request.receivedAt,
      requestId: request.requestId,
      url: `https://www.facebook.com/${account.externalId}/posts/${postPart}`,
      inReplyToId: null,
      comments: [],
      media: sandbox.media.attach([media], postId),
      extra: { link: null, published: true, scheduledPublishTime: null, photoId: media.id },
    });
    if (sandbox.dropsAfterCommit(NETWORK, account.externalId)) return { status: 0, drop: true };
    return answer({ status: 200, body: { id: media.id, post_id: postId } });
  };

  const videos = async (
    request: NetworkRequest,
    params: Record<string, string>,
    body: Readable,
  ): Promise<NetworkResponse> => {
    if (params.version !== undefined && !/^v\d+\.\d+$/.test(params.version)) {
      discard(body);
      return facebookErrors.unknownPath(request.requestId);
    }
    // A chunk in its expected place hashes on into the whole file; any other is only measured.
    const form = await readFormOrFields(request.headers, body, (stream, sent) => {
      const media = sessions.get(sent.upload_session_id ?? '');
      const video = media ? sandbox.media.get(NETWORK, media) : undefined;
      const session = video ? sessionOf(video) : undefined;
      return session && !session.finished && Number(sent.start_offset) === session.received
        ? session.running.stream(stream)
        : digestStream(stream);
    });
    const fields = form.ok ? form.fields : {};
    const account = graph.authenticate(request, fields);
    if (isResponse(account)) return account;
    const answer = (response: NetworkResponse) => ({
      ...response,
      headers: { ...graph.usage(account, request), ...response.headers },
    });
    if (!form.ok) return answer(invalid(request, `(#100) ${form.problem}`));
    if (params.node !== account.externalId) return answer(facebookErrors.notAllowed(request.requestId));
    const phase = fields.upload_phase;
    if (phase === 'start') return answer(start(account, request, fields));
    if (phase === 'transfer' || phase === 'finish') {
      const mediaId = sessions.get(fields.upload_session_id ?? '');
      const media = mediaId ? sandbox.media.owned(NETWORK, account.externalId, mediaId) : undefined;
      if (!media)
        return answer(invalid(request, '(#100) Invalid upload_session_id: no upload session of this page'));
      if (request.receivedAt - media.createdAt > UPLOAD_SESSION_MS && !sessionOf(media).finished) {
        return answer(
          videoError(
            request,
            1363030,
            'Your video upload timed out before it could be completed. This is probably because of a slow network connection or because the video you tried to upload is too large. Please try again.',
            'Video Upload Time Out',
          ),
        );
      }
      return answer(
        phase === 'transfer'
          ? transfer(media, request, fields, form.files)
          : finish(account, media, request, fields),
      );
    }
    return answer(
      invalid(
        request,
        '(#100) upload_phase must be one of start, transfer, finish (or upload a whole file as source)',
      ),
    );
  };

  const start = (
    account: SandboxAccount,
    request: NetworkRequest,
    fields: Record<string, string>,
  ): NetworkResponse => {
    const fileSize = Number(fields.file_size);
    if (!fields.file_size || !Number.isSafeInteger(fileSize) || fileSize < 0)
      return invalid(request, '(#100) file_size must be a whole number of bytes');
    if (fileSize < FACEBOOK_VIDEO_MIN) {
      return videoError(
        request,
        1363022,
        'The video you tried to upload is too small. The minimum size for a video is 1 KB. Please try again with a larger file.',
        'Video Too Small',
      );
    }
    if (fileSize > FACEBOOK_VIDEO_LIMIT) {
      return videoError(
        request,
        1363023,
        'The video you tried to upload is too large. The maximum size for a video is 10 GB. Please try again with a smaller file.',
        'File Too Large',
      );
    }
    const sessionId = `${Date.now()}${randomInt(100_000, 999_999)}`;
    const media = sandbox.media.add({
      id: snowflake(request.receivedAt),
      network: NETWORK,
      accountId: account.externalId,
      kind: 'video',
      mimeType: 'video/mp4',
      size: fileSize,
      sha256: null,
      alt: null,
      createdAt: request.receivedAt,
      extra: {
        session: {
          sessionId,
          fileSize,
          received: 0,
          running: new RunningDigest(),
          finished: false,
        } satisfies VideoSession,
      },
    });
    sessions.set(sessionId, media.id);
    return {
      status: 200,
      body: {
        video_id: media.id,
        upload_session_id: sessionId,
        start_offset: '0',
        end_offset: String(Math.min(FACEBOOK_VIDEO_CHUNK, fileSize)),
      },
    };
  };

  const transfer = (
    media: SandboxMedia,
    request: NetworkRequest,
    fields: Record<string, string>,
    files: UploadedFile[],
  ): NetworkResponse => {
    const session = sessionOf(media);
    const chunk = files.find((file) => file.field === 'video_file_chunk');
    const offsets = () => ({
      start_offset: String(session.received),
      end_offset: String(Math.min(session.received + FACEBOOK_VIDEO_CHUNK, session.fileSize)),
    });
    if (session.finished) return invalid(request, '(#100) The upload session is already finished');
    if (!chunk || chunk.size === 0) {
      return videoError(
        request,
        1363020,
        'No video file was sent: send the chunk as video_file_chunk.',
        'No Video Selected',
      );
    }
    if (Number(fields.start_offset) !== session.received) {
      const expected = offsets();
      return graphError(
        400,
        {
          message: 'There was a problem uploading your video file. Please try again.',
          code: 6001,
          error_subcode: 1363037,
          error_user_title: 'Problem Uploading Video',
          error_user_msg: `There was a problem uploading your video. Please try uploading it again. error_data:{start_offset:${expected.start_offset},end_offset:${expected.end_offset}}`,
        },
        request.requestId,
      );
    }
    if (session.received + chunk.size > session.fileSize) {
      return videoError(
        request,
        1363033,
        `The chunks are larger than file_size (${session.fileSize} bytes).`,
        'Problem Uploading Video',
      );
    }
    session.running.add(chunk, true);
    session.received += chunk.size;
    return { status: 200, body: offsets() };
  };

  const finish = (
    account: SandboxAccount,
    media: SandboxMedia,
    request: NetworkRequest,
    fields: Record<string, string>,
  ): NetworkResponse => {
    const session = sessionOf(media);
    if (session.finished) return { status: 200, body: { success: true } };
    if (session.received !== session.fileSize) {
      return videoError(
        request,
        1363019,
        `Only ${session.received} of ${session.fileSize} bytes were transferred; send the remaining chunks before finish.`,
        'Problem Uploading Video',
      );
    }
    const refused = graph.gate(account, request);
    if (refused) return refused;
    session.finished = true;
    media.extra.description = fields.description ?? null;
    media.extra.title = fields.title ?? null;
    sandbox.media.complete(
      media,
      { size: session.received, head: session.running.head, sha256: session.running.finish() },
      true,
      request.receivedAt,
    );
    const postPart = snowflake(request.receivedAt);
    const postId = `${account.externalId}_${postPart}`;
    media.extra.postId = postId;
    graph.addPost({
      id: postId,
      network: NETWORK,
      accountId: account.externalId,
      text: fields.description ?? '',
      receivedAt: request.receivedAt,
      requestId: request.requestId,
      url: `https://www.facebook.com/${account.externalId}/videos/${media.id}`,
      inReplyToId: null,
      comments: [],
      media: sandbox.media.attach([media], postId),
      extra: {
        link: null,
        published: true,
        scheduledPublishTime: null,
        videoId: media.id,
        title: fields.title ?? null,
      },
    });
    if (sandbox.dropsAfterCommit(NETWORK, account.externalId)) return { status: 0, drop: true };
    return { status: 200, body: { success: true } };
  };

  router
    .addStream('POST', `${prefix}/:node/photos`, photos)
    .addStream('POST', `${prefix}/:node/videos`, videos);
}
