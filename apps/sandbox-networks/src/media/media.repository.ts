import { Network } from '@relais/contracts';
import { imageSize } from 'image-size';
import { FaultRepository } from '../state/fault.repository';
import { UploadDigest } from './upload-digest';

/** How the networks sort files: still images, animated GIFs and videos are processed apart. */
export type MediaKind = 'image' | 'gif' | 'video';

/** `uploading` until the last byte came; `processing` until the emulated processing time has passed. */
export type MediaState = 'uploading' | 'processing' | 'ready' | 'failed';

/** An uploaded file as the sandbox keeps it: its digest and what the network said about it, not its bytes. */
export interface SandboxMedia {
  id: string;
  network: Network;
  accountId: string;
  kind: MediaKind;
  mimeType: string;
  /** Declared while uploading (when the network asks for it), measured once uploaded. */
  size: number;
  /** Hex sha-256 of the bytes; null while uploading or when parts came out of order. */
  sha256: string | null;
  width: number | null;
  height: number | null;
  alt: string | null;
  createdAt: number;
  uploadedAt: number | null;
  /** When processing ends (ready or failed). */
  doneAt: number | null;
  /** A `media_fail` fault met this file: its processing ends in failure. */
  fails: boolean;
  /** The post it is attached to, once used. */
  postId: string | null;
  /** Network-specific fields (upload sessions, focus, ...). */
  extra: Record<string, unknown>;
}

/** What `GET /control/posts` shows of each file of a post. */
export interface PostMedia {
  id: string;
  type: MediaKind;
  mimeType: string;
  size: number;
  sha256: string | null;
  alt: string | null;
}

/** The kind of a content type, or null when no network takes it as media. */
export function mediaKindOf(mimeType: string): MediaKind | null {
  const type = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'image/gif') return 'gif';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('video/')) return 'video';
  return null;
}

/** Width and height read from an image's first bytes, when they hold them. */
export function dimensionsOf(head: Buffer): { width: number | null; height: number | null } {
  try {
    const size = imageSize(head);
    return { width: size.width ?? null, height: size.height ?? null };
  } catch {
    return { width: null, height: null };
  }
}

const DEFAULT_PROCESSING_MS = 3000;

/**
 * Every file uploaded to the emulated networks, per network and id. Processing is emulated by time:
 * a file that needs it is `processing` for the network's processing time after its last byte, then
 * `ready`, or `failed` when a `media_fail` fault was pending when the upload completed.
 */
export class MediaRepository {
  private readonly media = new Map<string, SandboxMedia>();
  private readonly processingMs = new Map<Network, number>();
  private defaultProcessingMs = DEFAULT_PROCESSING_MS;

  constructor(private readonly faults: FaultRepository) {}

  add(
    media: Omit<SandboxMedia, 'uploadedAt' | 'doneAt' | 'fails' | 'postId' | 'width' | 'height'>,
  ): SandboxMedia {
    const stored: SandboxMedia = {
      ...media,
      width: null,
      height: null,
      uploadedAt: null,
      doneAt: null,
      fails: false,
      postId: null,
    };
    this.media.set(key(media.network, media.id), stored);
    return stored;
  }

  /**
   * The last byte came: records the digest and starts processing (`processes` false: ready at once).
   * `sha256` overrides the digest's own (uploads in parts hash the whole apart).
   */
  complete(
    media: SandboxMedia,
    digest: { size: number; head: Buffer; sha256: string | null },
    processes: boolean,
    now = Date.now(),
  ): SandboxMedia {
    media.size = digest.size;
    media.sha256 = digest.sha256;
    if (media.kind !== 'video') Object.assign(media, dimensionsOf(digest.head));
    media.uploadedAt = now;
    media.doneAt = processes ? now + this.processingFor(media.network) : now;
    media.fails = processes && this.faults.take(media.network, media.accountId, ['media_fail']) !== null;
    return media;
  }

  /** Adds a file uploaded in one request. */
  addUploaded(
    media: Omit<
      SandboxMedia,
      'uploadedAt' | 'doneAt' | 'fails' | 'postId' | 'width' | 'height' | 'sha256' | 'size'
    >,
    digest: UploadDigest,
    processes: boolean,
    now = Date.now(),
  ): SandboxMedia {
    const stored = this.add({ ...media, size: digest.size, sha256: null });
    return this.complete(stored, { ...digest, sha256: digest.sha256.toString('hex') }, processes, now);
  }

  get(network: Network, id: string): SandboxMedia | undefined {
    return this.media.get(key(network, id));
  }

  /** The file if it exists and belongs to the account. */
  owned(network: Network, accountId: string, id: string): SandboxMedia | undefined {
    const media = this.get(network, id);
    return media?.accountId === accountId ? media : undefined;
  }

  /** The files of an account on a network, oldest first. */
  ofAccount(network: Network, accountId: string): SandboxMedia[] {
    return [...this.media.values()].filter(
      (media) => media.network === network && media.accountId === accountId,
    );
  }

  stateOf(media: SandboxMedia, now = Date.now()): MediaState {
    if (media.uploadedAt === null || media.doneAt === null) return 'uploading';
    if (now < media.doneAt) return 'processing';
    return media.fails ? 'failed' : 'ready';
  }

  /** Whole percent of the processing time gone by. */
  progressOf(media: SandboxMedia, now = Date.now()): number {
    if (media.uploadedAt === null || media.doneAt === null) return 0;
    const total = media.doneAt - media.uploadedAt;
    if (total <= 0 || now >= media.doneAt) return 100;
    return Math.floor(((now - media.uploadedAt) / total) * 100);
  }

  /** Seconds until processing ends (at least 1 while processing). */
  secondsLeft(media: SandboxMedia, now = Date.now()): number {
    return media.doneAt === null ? 1 : Math.max(1, Math.ceil((media.doneAt - now) / 1000));
  }

  /** Marks files as used by a post; answers what the control API shows of them. */
  attach(media: readonly SandboxMedia[], postId: string): PostMedia[] {
    return media.map((file) => {
      file.postId = postId;
      return {
        id: file.id,
        type: file.kind,
        mimeType: file.mimeType,
        size: file.size,
        sha256: file.sha256,
        alt: file.alt,
      };
    });
  }

  processingFor(network: Network): number {
    return this.processingMs.get(network) ?? this.defaultProcessingMs;
  }

  setProcessing(ms: number, network?: Network): void {
    if (network) this.processingMs.set(network, ms);
    else {
      this.defaultProcessingMs = ms;
      this.processingMs.clear();
    }
  }

  clear(): void {
    this.media.clear();
    this.processingMs.clear();
    this.defaultProcessingMs = DEFAULT_PROCESSING_MS;
  }
}

function key(network: Network, id: string): string {
  return `${network}:${id}`;
}
