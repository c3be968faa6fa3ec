import { loadConfig, url, z } from '@relais/server-config';

export const TEMPLATE_ENV = 'RELAIS_TEST_TEMPLATE_DB';
export const LOCAL_SUPERUSER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

const testEnv = z.object({
  DATABASE_SUPERUSER_URL: url(['postgres:', 'postgresql:']).default(LOCAL_SUPERUSER_URL),
  NATS_URL: z.string().default('nats://127.0.0.1:4222'),
  [TEMPLATE_ENV]: z.string().optional(),
});

export type TestEnv = z.infer<typeof testEnv>;

/** What tests read from the environment: the superuser URL, NATS, the template built by globalSetup. */
export function testEnvironment(env: Record<string, string | undefined> = process.env): TestEnv {
  return loadConfig('tests', testEnv, env);
}
