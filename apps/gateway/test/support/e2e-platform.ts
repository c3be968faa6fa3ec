import { createTestDatabase, TestDatabase, testSubjectPrefix } from '@relais/server-testing';
import { Platform, startPlatform } from '@relais/dev-platform';
import { GraphqlClient } from './graphql-client';

export interface E2ePlatform {
  platform: Platform;
  database: TestDatabase;
  subjectPrefix: string;
  /** GraphQL over HTTP against this platform's gateway. */
  api: GraphqlClient;
  stop(): Promise<void>;
}

export interface E2eOptions {
  /** Added to every service's environment (`NODE_ENV: 'production'`...). */
  env?: Record<string, string>;
  serviceEnv?: Record<string, Record<string, string>>;
  natsUrl?: string;
}

/**
 * Every service of the platform as child processes, on a fresh database cloned from the migrated
 * template and a NATS subject prefix of their own, so test files never see each other.
 */
export async function startE2ePlatform(options: E2eOptions = {}): Promise<E2ePlatform> {
  const database = await createTestDatabase();
  const subjectPrefix = testSubjectPrefix();
  let platform: Platform;
  try {
    platform = await startPlatform({
      databaseUrl: database.appUrl,
      subjectPrefix,
      natsUrl: options.natsUrl,
      env: { LOG_LEVEL: 'warn', ...options.env },
      serviceEnv: options.serviceEnv,
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const api = new GraphqlClient(platform.gatewayUrl, {
    url: platform.env['NATS_URL'] ?? 'nats://127.0.0.1:4222',
    subjectPrefix,
  });
  return {
    platform,
    database,
    subjectPrefix,
    api,
    async stop() {
      try {
        await api.close();
        await platform.stop();
      } finally {
        await database.drop();
      }
    },
  };
}
