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

const SMALL_BODY_BYTES = 1024 * 1024;

/**
 * A body that may be multipart (with files) or a small form or JSON body (no files): the same route
 * takes both, as the Graph API's upload edges do (`upload_phase=start` as a form, `transfer` as multipart).
 */
export async function readFormOrFields(
  headers: IncomingHttpHeaders,
  body: Readable,
  digest?: (stream: Readable, fields: Record<string, string>) => Promise<UploadDigest>,
): Promise<MultipartResult> {
  const type = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'multipart/form-data') return readMultipart(headers, body, digest);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > SMALL_BODY_BYTES) {
      body.resume();
      return { ok: false, problem: 'The request body is larger than 1 MB' };
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return { ok: true, fields: {}, files: [] };
  if (type === 'application/x-www-form-urlencoded') {
    return { ok: true, fields: Object.fromEntries(new URLSearchParams(text)), files: [] };
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      return { ok: false, problem: 'The JSON body must be an object' };
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(parsed))
      fields[name] = typeof value === 'string' ? value : JSON.stringify(value);
    return { ok: true, fields, files: [] };
  } catch {
    return { ok: false, problem: `Unsupported content type ${type || '(none)'}` };
  }
}
