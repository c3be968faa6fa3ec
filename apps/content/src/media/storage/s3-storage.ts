import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { Readable } from 'node:stream';
import { ByteLimit } from './byte-limit';
import { contentDisposition } from './content-disposition';
import {
  assertSafeKey,
  ByteRange,
  MediaPresigner,
  MediaStorage,
  PresignedDownloadOptions,
  PresignedRequest,
  PresignedUploadOptions,
  PutOptions,
  StoredObject,
} from './media-storage';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

/** S3's smallest part but the last; parts are held in memory one at a time. */
const PART_BYTES = 8 * 1024 * 1024;

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
}

/** Reads a stream in parts of `size` bytes (the last one shorter), holding one part at a time. */
async function* parts(body: AsyncIterable<Buffer>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let length = 0;
  for await (const chunk of body) {
    pending.push(chunk);
    length += chunk.length;
    while (length >= size) {
      const joined = Buffer.concat(pending);
      yield joined.subarray(0, size);
      pending = [joined.subarray(size)];
      length -= size;
    }
  }
  if (length > 0 || pending.length === 0) yield Buffer.concat(pending);
}

/**
 * An S3-compatible bucket. Browsers upload with a presigned `PUT` (its length and type are signed, so
 * the bucket itself refuses anything else) and download with a presigned `GET`.
 */
export class S3Storage implements MediaStorage, MediaPresigner {
  readonly presigner: MediaPresigner = this;
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      // A checksum computed when presigning would be of an empty body: the browser's upload would fail it.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    });
  }

  async put(key: string, body: Readable, options: PutOptions): Promise<StoredObject> {
    assertSafeKey(key);
    const limited = body.pipe(new ByteLimit(options.maxBytes));
    body.once('error', (error) => limited.destroy(error));
    const chunks = parts(limited, PART_BYTES);
    const first = await chunks.next();
    const firstPart = first.done ? Buffer.alloc(0) : first.value;
    if (firstPart.length < PART_BYTES) {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: firstPart,
          ContentType: options.contentType,
        }),
      );
      return { sizeBytes: firstPart.length };
    }
    return this.putInParts(key, options.contentType, firstPart, chunks);
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    assertSafeKey(key);
    const answer = await this.client.send(
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
      }),
    );
    if (!(answer.Body instanceof Readable)) throw new Error(`No body for ${key}`);
    return answer.Body;
  }

  async readBytes(key: string, start: number, length: number): Promise<Buffer> {
    const size = (await this.stat(key))?.sizeBytes ?? 0;
    if (start >= size || length <= 0) return Buffer.alloc(0);
    const stream = await this.read(key, { start, end: Math.min(size, start + length) - 1 });
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async stat(key: string): Promise<StoredObject | null> {
    assertSafeKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { sizeBytes: head.ContentLength ?? 0 };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async move(fromKey: string, toKey: string): Promise<void> {
    assertSafeKey(fromKey);
    assertSafeKey(toKey);
    // A server-side copy (up to 5 GiB, more than MEDIA_MAX_BYTES allows), then the source goes.
    await this.client.send(
      new CopyObjectCommand({
        Bucket: this.bucket,
        Key: toKey,
        CopySource: `${this.bucket}/${fromKey}`,
      }),
    );
    await this.delete(fromKey);
  }

  async delete(key: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async presignUpload(key: string, options: PresignedUploadOptions): Promise<PresignedRequest> {
    assertSafeKey(key);
    const command = new PutObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ContentType: options.contentType,
      ContentLength: options.sizeBytes,
    });
    const url = await getSignedUrl(this.client, command, {
      expiresIn: options.expiresInSeconds,
      // Signed headers (not query parameters): the storage refuses another length or type.
      signableHeaders: new Set(['content-type', 'content-length']),
      unhoistableHeaders: new Set(['content-type', 'content-length']),
    });
    return { url, headers: { 'Content-Type': options.contentType } };
  }

  async presignDownload(key: string, options: PresignedDownloadOptions): Promise<string> {
    assertSafeKey(key);
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: key,
      ResponseContentType: options.contentType,
      ResponseContentDisposition: contentDisposition(options.fileName),
      ResponseCacheControl: 'private, max-age=300',
    });
    return getSignedUrl(this.client, command, {
      expiresIn: options.expiresInSeconds,
      signingDate: options.signedAt,
    });
  }

  /** Closes the client's connections (Nest calls it on shutdown). */
  onModuleDestroy(): void {
    this.client.destroy();
  }

  private async putInParts(
    key: string,
    contentType: string,
    firstPart: Buffer,
    rest: AsyncGenerator<Buffer>,
  ): Promise<StoredObject> {
    const { UploadId } = await this.client.send(
      new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: key, ContentType: contentType }),
    );
    const done: { ETag: string; PartNumber: number }[] = [];
    let sizeBytes = 0;
    try {
      let part: Buffer | undefined = firstPart;
      while (part) {
        const PartNumber = done.length + 1;
        const answer = await this.client.send(
          new UploadPartCommand({ Bucket: this.bucket, Key: key, UploadId, PartNumber, Body: part }),
        );
        done.push({ ETag: answer.ETag ?? '', PartNumber });
        sizeBytes += part.length;
        const next = await rest.next();
        part = next.done || next.value.length === 0 ? undefined : next.value;
      }
      await this.client.send(
        new CompleteMultipartUploadCommand({
          Bucket: this.bucket,
          Key: key,
          UploadId,
          MultipartUpload: { Parts: done },
        }),
      );
      return { sizeBytes };
    } catch (error) {
      await this.client
        .send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: key, UploadId }))
        .catch(() => undefined);
      throw error;
    }
  }
}
