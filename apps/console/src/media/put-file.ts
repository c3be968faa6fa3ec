/** Why sending a file to its signed upload URL failed. */
export type UploadFailure = 'tooLarge' | 'wrongType' | 'expired' | 'network' | 'server' | 'aborted';

export class UploadError extends Error {
  constructor(readonly reason: UploadFailure) {
    super(`Upload failed: ${reason}`);
    this.name = 'UploadError';
  }
}

export function failureOfStatus(status: number): UploadFailure {
  if (status === 413) return 'tooLarge';
  if (status === 415) return 'wrongType';
  if (status === 403) return 'expired';
  return 'server';
}

export interface PutRequest {
  url: string;
  method: string;
  headers: Record<string, unknown>;
  file: Blob;
  /** Called with the share sent, from 0 to 1. */
  onProgress(fraction: number): void;
  signal?: AbortSignal;
}

/**
 * Sends a file with one HTTP request straight to its signed URL (this service or the S3 bucket),
 * reporting progress. XHR rather than fetch: fetch cannot tell how much of a body was sent.
 */
export function putFile(request: PutRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(request.method, request.url);
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) request.onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        request.onProgress(1);
        resolve();
      } else {
        reject(new UploadError(failureOfStatus(xhr.status)));
      }
    };
    xhr.onerror = () => reject(new UploadError('network'));
    xhr.onabort = () => reject(new UploadError('aborted'));
    request.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(request.file);
  });
}
