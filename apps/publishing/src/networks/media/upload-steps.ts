import { PublishFailureCode } from '@relais/contracts';
import { HttpAnswer, HttpResult } from '../http-call';
import { MediaFile, MediaUnavailable } from '../network-adapter';
import { FailedOutcome, beforePost } from '../publish-outcomes';
import { MediaBody, mediaBody } from './media-body';

/** The rendition could not be read from the content service: nothing went to the network. */
export function fileUnavailable(error: unknown): FailedOutcome {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    kind: 'failed',
    code: PublishFailureCode.NetworkUnavailable,
    message: `A media file could not be read from the media library (${reason}); nothing was posted.`,
    networkMessage: null,
    retryable: true,
    step: 'upload',
  };
}

/** The network answered an upload step with something that could not be read: safe to try again. */
export function unreadableAnswer(network: string, what: string): FailedOutcome {
  return {
    kind: 'failed',
    code: PublishFailureCode.NetworkUnavailable,
    message: `${network} answered the ${what} in a way that could not be read; nothing was posted.`,
    networkMessage: null,
    retryable: true,
    step: 'upload',
  };
}

/** Reads the file, runs `send` with its bytes, and lets them go; a file that cannot be read fails the upload. */
export async function withMediaBody<T>(
  file: MediaFile,
  signal: AbortSignal,
  send: (body: MediaBody) => Promise<T>,
): Promise<T | FailedOutcome> {
  let body: MediaBody;
  try {
    body = await mediaBody(file, signal);
  } catch (error) {
    // The sender reports the library's own refusal or silence (`MediaUnavailable`).
    if (error instanceof MediaUnavailable) throw error;
    return fileUnavailable(error);
  }
  try {
    return await send(body);
  } finally {
    await body.dispose();
  }
}

/**
 * Null when an upload or processing request succeeded; otherwise its failure at that step, mapped by
 * the network's own words (`map`), or unknown-then-retryable when the network did not answer.
 */
export function uploadStepFailure(
  network: string,
  result: HttpResult,
  step: 'upload' | 'processing',
  map: (answer: HttpAnswer, now: Date) => FailedOutcome,
): FailedOutcome | null {
  if (result.kind !== 'answer') {
    return beforePost({ kind: 'unknown', message: `${network} did not answer (${result.reason})` }, step);
  }
  if (result.status >= 200 && result.status < 300) return null;
  return { ...map(result, new Date()), step };
}
