import { ListenFailure } from './surface-listener';

export interface JsonAnswer<T> {
  body: T;
  headers: Headers;
}

/** Seconds or an instant until a rate limit resets, from the headers each network sends. */
function retryAfterMs(headers: Headers): number | null {
  const retryAfter = headers.get('retry-after');
  if (retryAfter && /^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
  const reset =
    headers.get('x-rate-limit-reset') ?? headers.get('ratelimit-reset') ?? headers.get('x-ratelimit-reset');
  if (!reset) return null;
  const at = /^\d+$/.test(reset) ? Number(reset) * 1000 : Date.parse(reset);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : null;
}

/**
 * GETs JSON from a network, bounded by `timeoutMs` and the caller's `signal`. Anything but a 2xx
 * with a JSON body is a `ListenFailure` saying what to do about it.
 */
export async function getJson<T>(
  url: string,
  options: { headers: Record<string, string>; timeoutMs: number; signal: AbortSignal },
): Promise<JsonAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json', ...options.headers },
      signal: AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]),
    });
  } catch (error) {
    const name = (error as { name?: unknown }).name;
    const reason = name === 'TimeoutError' ? 'no answer came in time' : 'the connection failed';
    throw new ListenFailure('unavailable', `${new URL(url).host}: ${reason}`);
  }
  const text = await response.text().catch(() => '');
  if (response.status === 401 || response.status === 403)
    throw new ListenFailure('auth', `${response.status} ${text.slice(0, 300)}`);
  if (response.status === 429)
    throw new ListenFailure('rate_limited', `429 ${text.slice(0, 300)}`, retryAfterMs(response.headers));
  if (response.status >= 500)
    throw new ListenFailure('unavailable', `${response.status} ${text.slice(0, 300)}`);
  if (response.status >= 300) throw new ListenFailure('refused', `${response.status} ${text.slice(0, 300)}`);
  try {
    return { body: JSON.parse(text) as T, headers: response.headers };
  } catch {
    throw new ListenFailure('unavailable', `${response.status}: the answer is not JSON`);
  }
}
