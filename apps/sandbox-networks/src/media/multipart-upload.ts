import busboy from 'busboy';
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { digestStream, UploadDigest } from './upload-digest';

export interface UploadedFile extends UploadDigest {
  field: string;
  fileName: string;
  /** The part's own Content-Type. */
  mimeType: string;
}

export type MultipartResult =
  { ok: true; fields: Record<string, string>; files: UploadedFile[] } | { ok: false; problem: string };

/**
 * A `multipart/form-data` body read as a stream: text fields kept, each file part digested (size,
 * sha-256, first bytes) and dropped. `digest` may replace how a file's bytes are read (chunks of a
 * larger upload hash on); it sees the fields sent before the file.
 */
export function readMultipart(
  headers: IncomingHttpHeaders,
  body: Readable,
  digest: (stream: Readable, fields: Record<string, string>) => Promise<UploadDigest> = digestStream,
): Promise<MultipartResult> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers, limits: { fieldSize: 1024 * 1024 } });
  } catch (error) {
    body.resume();
    return Promise.resolve({
      ok: false,
      problem: error instanceof Error ? error.message : 'The body is not multipart/form-data',
    });
  }
  return new Promise((resolve) => {
    const fields: Record<string, string> = {};
    const pending: Promise<UploadedFile>[] = [];
    let failed = false;
    const fail = (problem: string) => {
      if (failed) return;
      failed = true;
      body.unpipe(parser);
      body.resume();
      resolve({ ok: false, problem });
    };
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      pending.push(
        digest(stream, { ...fields }).then((result) => ({
          ...result,
          field: name,
          fileName: info.filename ?? '',
          mimeType: info.mimeType,
        })),
      );
    });
    parser.on('error', (error: Error) => fail(`The multipart body could not be read: ${error.message}`));
    parser.on('close', () => {
      if (failed) return;
      Promise.all(pending).then(
        (files) => resolve({ ok: true, fields, files }),
        (error: unknown) => fail(error instanceof Error ? error.message : 'The upload failed'),
      );
    });
    body.pipe(parser);
  });
}

/** Drains a body a route refuses before reading it (the connection stays usable). */
export function discard(body: Readable): void {
  body.resume();
}
