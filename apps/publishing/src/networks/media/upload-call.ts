import { HttpResult } from '../http-call';
import { TransferGate } from './transfer-gate';

/**
 * Upload requests in flight at once in this process, whatever the network. The platform's `fetch`
 * holds about a whole file in memory while it is being sent (measured: ~1.2 MB for each 1 MB upload
 * in flight, from a file, a `FormData` or a stream alike), so a burst of posts with images would hold
 * hundreds of them; this bound keeps the memory flat (~20 MB) while still filling the uplink.
 */
const UPLOADS_IN_FLIGHT = 16;
const uploads = new TransferGate(UPLOADS_IN_FLIGHT);

/** One upload request: a multipart form, or raw bytes (`Content-Type` given in `headers`). */
export interface UploadRequest {
  method: 'POST' | 'PUT';
  url: string;
  headers?: Record<string, string>;
  body: FormData | Blob;
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Sends an upload with the platform's `fetch` (which encodes `FormData` as multipart and streams a
 * file-backed `Blob`) once one of the `UPLOADS_IN_FLIGHT` places is free, bounded by `timeoutMs` (from
 * the moment it leaves) and the caller's `signal`. Never throws. An upload is not a post: whatever went
 * wrong, nothing was published, so the failure's kind only tells what to say.
 */
export async function uploadCall(
  request: UploadRequest,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<HttpResult> {
  let release: () => void;
  try {
    release = await uploads.enter(signal);
  } catch {
    return { kind: 'not_sent', reason: 'the request was cancelled before it left' };
  }
  try {
    return await send(request, signal, timeoutMs);
  } finally {
    release();
  }
}

async function send(request: UploadRequest, signal: AbortSignal, timeoutMs: number): Promise<HttpResult> {
  if (signal.aborted) return { kind: 'not_sent', reason: 'the request was cancelled before it left' };
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: { Accept: 'application/json', ...request.headers },
      body: request.body,
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
    });
    const text = await response.text();
    return {
      kind: 'answer',
      status: response.status,
      headers: response.headers,
      body: parseBody(text),
      text,
    };
  } catch (error) {
    const name = (error as { name?: unknown }).name;
    if (name === 'TimeoutError') return { kind: 'unknown', reason: 'no answer came in time' };
    if (name === 'AbortError') return { kind: 'unknown', reason: 'the request was interrupted' };
    const cause = (error as { cause?: { code?: unknown } }).cause;
    if (cause?.code === 'ECONNREFUSED' || cause?.code === 'ENOTFOUND')
      return { kind: 'not_sent', reason: 'the connection was refused' };
    return { kind: 'unknown', reason: 'the connection failed without an answer' };
  }
}
