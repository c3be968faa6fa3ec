import { setTimeout as sleep } from 'node:timers/promises';
import { PublishFailureCode } from '@relais/contracts';
import { FailedOutcome } from '../publish-outcomes';

/** What one look at a network's processing status says. */
export type ProcessingState<T> =
  | { state: 'ready'; value: T }
  /** `checkAfterMs`: the network's own hint (`check_after_secs`, `Retry-After`). */
  | { state: 'pending'; checkAfterMs?: number }
  | { state: 'failed'; outcome: FailedOutcome };

export interface ProcessingWaitOptions {
  /** The longest the network may take (`MEDIA_PROCESSING_TIMEOUT_MS`). */
  timeoutMs: number;
  signal: AbortSignal;
  /** Used for the network's name in the timeout's message. */
  networkName: string;
  /** Between two looks when the network gives no hint (doubling from here, up to `maxIntervalMs`). */
  intervalMs?: number;
  maxIntervalMs?: number;
}

const DEFAULT_INTERVAL_MS = 500;
const DEFAULT_MAX_INTERVAL_MS = 5000;

/** The media were not ready in time: nothing was posted, sending again is safe. */
export function processingTimeout(networkName: string, timeoutMs: number): FailedOutcome {
  return {
    kind: 'failed',
    code: PublishFailureCode.NetworkUnavailable,
    message: `${networkName} did not finish processing the media within ${Math.round(timeoutMs / 1000)} s; nothing was posted.`,
    networkMessage: null,
    retryable: true,
    step: 'processing',
  };
}

/**
 * Polls `check` until the network says the media are ready or failed, or the deadline passes (a
 * retryable failure at step `processing`). Honours the network's hint of when to look again, never
 * past the deadline; without one, waits `intervalMs` doubling up to `maxIntervalMs`.
 */
export async function waitForProcessing<T>(
  check: () => Promise<ProcessingState<T>>,
  options: ProcessingWaitOptions,
): Promise<{ kind: 'ready'; value: T } | FailedOutcome> {
  const deadline = Date.now() + options.timeoutMs;
  let interval = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const maxInterval = options.maxIntervalMs ?? DEFAULT_MAX_INTERVAL_MS;
  for (;;) {
    const state = await check();
    if (state.state === 'ready') return { kind: 'ready', value: state.value };
    if (state.state === 'failed') return { ...state.outcome, step: state.outcome.step ?? 'processing' };
    const left = deadline - Date.now();
    if (left <= 0) return processingTimeout(options.networkName, options.timeoutMs);
    const wait = Math.min(state.checkAfterMs ?? interval, left);
    interval = Math.min(interval * 2, maxInterval);
    try {
      await sleep(Math.max(0, wait), undefined, { signal: options.signal });
    } catch {
      return {
        ...processingTimeout(options.networkName, options.timeoutMs),
        message: `Waiting for ${options.networkName} to process the media was interrupted; nothing was posted.`,
      };
    }
  }
}

/** `Retry-After` (seconds or an HTTP date) in milliseconds, if the answer has a usable one. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
