import { RateLimitInfo } from '../network-adapter';

/** One usage header: `{"call_count":12,"total_cputime":3,"total_time":5,"estimated_time_to_regain_access":0}`. */
interface Usage {
  percent: number;
  regainMinutes: number;
}

function readUsage(value: string | null): Usage | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Record<string, unknown>;
    const numbers = (['call_count', 'total_cputime', 'total_time'] as const)
      .map((key) => parsed[key])
      .filter((n): n is number => typeof n === 'number');
    const regain = parsed.estimated_time_to_regain_access;
    return {
      percent: numbers.length > 0 ? Math.max(...numbers) : 0,
      regainMinutes: typeof regain === 'number' && regain > 0 ? regain : 0,
    };
  } catch {
    return null;
  }
}

/**
 * `X-Page-Usage` and `X-App-Usage` give a percentage of the budget used (the highest of calls, CPU and
 * time) and, once throttled, the minutes until access is regained. Expressed as a budget of 100.
 */
export function parseFacebookRateLimit(headers: Headers, now: Date): RateLimitInfo {
  const usages = [readUsage(headers.get('x-page-usage')), readUsage(headers.get('x-app-usage'))].filter(
    (usage): usage is Usage => usage != null,
  );
  if (usages.length === 0) return { limit: null, remaining: null, resetAt: null };
  const percent = Math.min(100, Math.max(...usages.map((usage) => usage.percent)));
  const regainMinutes = Math.max(...usages.map((usage) => usage.regainMinutes));
  return {
    limit: 100,
    remaining: Math.max(0, Math.round(100 - percent)),
    resetAt: regainMinutes > 0 ? new Date(now.getTime() + regainMinutes * 60_000) : null,
  };
}
