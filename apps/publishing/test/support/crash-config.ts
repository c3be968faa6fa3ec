/**
 * The size of the crash test's burst: `PUBLISHING_CRASH_POSTS` posts over `PUBLISHING_CRASH_ACCOUNTS`
 * accounts (300 over 30 by default, fit for CI), spread over `PUBLISHING_CRASH_SPREAD_MS`, with
 * `PUBLISHING_CRASH_KILLS` SIGKILLs.
 */
export function crashConfig(env: Record<string, string | undefined> = process.env) {
  const int = (name: string, fallback: number) => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of 1 or more`);
    return value;
  };
  return {
    posts: int('PUBLISHING_CRASH_POSTS', 300),
    accounts: int('PUBLISHING_CRASH_ACCOUNTS', 30),
    spreadMs: int('PUBLISHING_CRASH_SPREAD_MS', 10_000),
    kills: int('PUBLISHING_CRASH_KILLS', 3),
    latencyMs: int('PUBLISHING_CRASH_LATENCY_MS', 100),
  };
}
