/** SQLSTATEs after which the same statement may succeed when asked again (class 08: the connection). */
const TRANSIENT_SQLSTATES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '53300', // too_many_connections
  '57P01', // admin_shutdown (the server is restarting)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (the server is starting)
]);
const TRANSIENT_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/** What `pg` says when the connection went away under a query or could not be made in time. */
const LOST_CONNECTION =
  /connection terminated|connection ended|not queryable|timeout exceeded when trying to connect/i;

/** The first retry's delay, doubled each time up to `MAX_DELAY_MS`. */
const FIRST_DELAY_MS = 50;
export const MAX_DELAY_MS = 1000;

/** True when the database was unreachable or asked for the transaction again (not a wrong statement). */
export function isTransientDatabaseError(error: unknown): boolean {
  for (const candidate of [error, (error as { driverError?: unknown } | null)?.driverError]) {
    if (!candidate || typeof candidate !== 'object') continue;
    const { code, message } = candidate as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (code.startsWith('08') || TRANSIENT_SQLSTATES.has(code))) return true;
    if (typeof code === 'string' && TRANSIENT_SOCKET_CODES.has(code)) return true;
    if (typeof message === 'string' && LOST_CONNECTION.test(message)) return true;
  }
  return false;
}

/** The delay before retry `n` (1 = the first): doubling from 50 ms, never more than a second. */
export function retryDelayMs(retry: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, retry - 1), MAX_DELAY_MS);
}

/**
 * Runs `work` until it succeeds, asking again after a transient database error (bounded backoff) as
 * long as `keepTrying()` says so; any other error, or the last transient one, is thrown.
 */
export async function retryingTransient<T>(
  work: () => Promise<T>,
  keepTrying: () => boolean,
  onRetry?: (error: unknown, retry: number) => void,
): Promise<T> {
  for (let retry = 1; ; retry += 1) {
    try {
      return await work();
    } catch (error) {
      if (!isTransientDatabaseError(error) || !keepTrying()) throw error;
      onRetry?.(error, retry);
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(retry)));
    }
  }
}
