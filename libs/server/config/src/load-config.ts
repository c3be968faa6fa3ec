import { z } from 'zod';
import { ConfigError } from './config.error';

/** Unset and empty variables are the same thing: both take the default or fail as required. */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const present: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') present[key] = value;
  }
  return present;
}

function describe(issue: z.core.$ZodIssue, env: Record<string, string>): string {
  const name = issue.path.length > 0 ? issue.path.map(String).join('.') : 'configuration';
  if (issue.path.length === 1 && env[String(issue.path[0])] === undefined && issue.code === 'invalid_type') {
    return `${name} is required`;
  }
  return /^(is|must|should) /.test(issue.message) ? `${name} ${issue.message}` : `${name}: ${issue.message}`;
}

/**
 * Reads and validates an app's configuration. The one place that reads `process.env`: apps call it in
 * `main.ts` and hand the typed result to their module. Throws `ConfigError` naming every bad variable.
 */
export function loadConfig<S extends z.ZodObject<z.ZodRawShape>>(
  appName: string,
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const present = withoutEmpty(env);
  const result = schema.safeParse(present);
  if (!result.success) {
    const problems = [...new Set(result.error.issues.map((issue) => describe(issue, present)))];
    throw new ConfigError(appName, problems);
  }
  return result.data;
}
