import { Readable } from 'node:stream';

/** Inclusive byte offsets, as in an HTTP `Range: bytes=start-end` header. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface StoredObject {
  sizeBytes: number;
}

export interface PresignedRequest {
  url: string;
  /** Headers the request must carry exactly as given (the signature covers them). */
  headers: Record<string, string>;
}

export interface PresignedUploadOptions {
  contentType: string;
  /** The exact length the upload must have (signed: the storage refuses any other). */
  sizeBytes: number;
  expiresInSeconds: number;
}

export interface PresignedDownloadOptions {
  contentType: string;
  fileName: string;
  expiresInSeconds: number;
  /** The instant the signature is computed for (a shared value lets browsers cache the URL). */
  signedAt: Date;
}

/** Storage that browsers reach directly through presigned URLs (S3-compatible storage). */
export interface MediaPresigner {
  presignUpload(key: string, options: PresignedUploadOptions): Promise<PresignedRequest>;
  presignDownload(key: string, options: PresignedDownloadOptions): Promise<string>;
}

export interface PutOptions {
  contentType: string;
  /** The upload fails with `MediaTooLargeError` (and nothing is kept) past this many bytes. */
  maxBytes: number;
}

/**
 * Where media files live. Keys are made by the service (`<agency>/<brand>/<media>`) and checked by
 * `assertSafeKey`; a reader never sees a half-written file.
 */
export interface MediaStorage {
  /** Set when browsers upload and download straight from the storage; null when they go through this service. */
  readonly presigner: MediaPresigner | null;
  put(key: string, body: Readable, options: PutOptions): Promise<StoredObject>;
  /** The file's bytes, or a part of them. */
  read(key: string, range?: ByteRange): Promise<Readable>;
  /** Up to `length` bytes from `start` (fewer at the end of the file). */
  readBytes(key: string, start: number, length: number): Promise<Buffer>;
  /** The file's size, or null when there is no such file. */
  stat(key: string): Promise<StoredObject | null>;
  /** Renames a file (replacing any file at `toKey`); later writes to `fromKey` no longer touch it. */
  move(fromKey: string, toKey: string): Promise<void>;
  /** Removes the file; a missing file is not an error. */
  delete(key: string): Promise<void>;
}

/** The Nest token under which the configured `MediaStorage` is provided. */
export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

/** An upload that went past its allowed size: the partial file was discarded. */
export class MediaTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes`);
    this.name = 'MediaTooLargeError';
  }
}

/** A key the storage refuses: only service-made keys are valid. */
export class UnsafeStorageKeyError extends Error {
  constructor(key: string) {
    super(`Refused storage key ${JSON.stringify(key.slice(0, 80))}`);
    this.name = 'UnsafeStorageKeyError';
  }
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const MAX_KEY_LENGTH = 300;

/** Throws unless `key` is one or more `/`-separated segments of letters, digits, `_` and `-`. */
export function assertSafeKey(key: string): void {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH || !key.split('/').every((s) => SEGMENT.test(s))) {
    throw new UnsafeStorageKeyError(key);
  }
}

/** The storage key of a checked media file. */
export function mediaStorageKey(agencyId: string, brandId: string, mediaId: string): string {
  const key = `${agencyId}/${brandId}/${mediaId}`;
  assertSafeKey(key);
  return key;
}

/**
 * Where the browser's upload lands, apart from the checked file: `completeUpload` moves it to the media
 * key before reading it, so an upload URL used again later can never change a checked file.
 */
export function uploadStorageKey(mediaKey: string): string {
  const parts = mediaKey.split('/');
  const key = [...parts.slice(0, -1), 'uploads', ...parts.slice(-1)].join('/');
  assertSafeKey(key);
  return key;
}

/** A sibling key of a media file's key, in the folder `folder` of its brand: `<agency>/<brand>/<folder>/<media><suffix>`. */
function siblingKey(mediaKey: string, folder: string, suffix = ''): string {
  const parts = mediaKey.split('/');
  const key = [...parts.slice(0, -1), folder, `${parts.at(-1) ?? ''}${suffix}`].join('/');
  assertSafeKey(key);
  return key;
}

/**
 * The clean master of a media file: upright, without metadata (no GPS, no device). The original stays
 * at the media key, untouched and never sent to a network; renditions are made from the master.
 */
export function cleanStorageKey(mediaKey: string): string {
  return siblingKey(mediaKey, 'clean');
}

/** A network's rendition of a media file, under the version of that network's media rules. */
export function renditionStorageKey(mediaKey: string, network: string, version: string): string {
  return siblingKey(mediaKey, 'renditions', `-${network}-${version}`);
}

/** The facts of a rendition (type, size, dimensions, digest), written once its bytes are stored. */
export function renditionFactsKey(renditionKey: string): string {
  const key = `${renditionKey}-facts`;
  assertSafeKey(key);
  return key;
}
