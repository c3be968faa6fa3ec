import { RateLimitInfo } from './network-adapter';

/** A non-negative integer header, or null. */
export function intHeader(headers: Headers, name: string): number | null {
  const value = headers.get(name);
  if (value == null || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value.trim());
}

/** A header holding Unix seconds, as a date. */
export function unixSecondsHeader(headers: Headers, name: string): Date | null {
  const seconds = intHeader(headers, name);
  return seconds == null ? null : new Date(seconds * 1000);
}

/** `Retry-After` in seconds or as an HTTP date. */
export function retryAfter(headers: Headers, now: Date): Date | null {
  const value = headers.get('retry-after');
  if (value == null) return null;
  if (/^\s*\d+\s*$/.test(value)) return new Date(now.getTime() + Number(value.trim()) * 1000);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Null when the network announced nothing. */
export function orNothing(info: RateLimitInfo): RateLimitInfo | undefined {
  return info.limit == null && info.remaining == null && info.resetAt == null ? undefined : info;
}

/** When to send again: the announced instant if it is ahead, else `fallbackMs` from now. */
export function retryInstant(announced: Date | null, now: Date, fallbackMs: number): Date {
  if (announced && announced.getTime() > now.getTime()) return announced;
  return new Date(now.getTime() + fallbackMs);
}
