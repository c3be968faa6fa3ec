/**
 * The platform behind the browser tests, run in its own Node process by the Playwright global setup
 * (through the repository's TypeScript register, which the services need for their decorators):
 * a fresh database cloned from the migrated template, the demo seed, and every service. Prints one
 * `relais-platform-ready {json}` line (gateway URL, network emulators' control URL, database, demo logins) when ready; stops everything and drops the database on SIGTERM.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_LOGINS, seedDemo, startPlatform } from '@relais/dev-platform';
import { createTestDatabase, testSubjectPrefix } from '@relais/server-testing';

/** Starts the line that tells the global setup the platform is ready (logs may share stdout). */
const READY_MARKER = 'relais-platform-ready ';

const root = join(__dirname, '..', '..', '..', '..');

/** The migrated template test databases are cloned from (built once, as for the Jest suites). */
function prepareTemplate(): string {
  const output = execFileSync(
    process.execPath,
    ['-r', './tools/register.js', 'tools/jest/prepare-template.ts'],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 180_000,
    },
  );
  return output.trim().split('\n').pop() ?? '';
}

/** The emulated networks' preset apps accept this console's callback (Mastodon apps are registered per instance). */
async function registerConsoleCallback(controlUrl: string, callback: string): Promise<void> {
  for (const network of ['x', 'linkedin', 'facebook_page']) {
    const response = await fetch(`${controlUrl}/control/oauth-apps`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        network,
        clientId: 'relais-local',
        clientSecret: 'relais-local-secret',
        redirectUris: [callback],
      }),
    });
    if (!response.ok) throw new Error(`The emulator refused the ${network} app: ${await response.text()}`);
  }
}

async function main(): Promise<void> {
  const consoleUrl = process.env.RELAIS_CONSOLE_URL;
  if (!consoleUrl) throw new Error('RELAIS_CONSOLE_URL must name the console the invitation links point to');
  process.env.RELAIS_TEST_TEMPLATE_DB = prepareTemplate();

  const database = await createTestDatabase();
  const subjectPrefix = testSubjectPrefix();
  const platform = await startPlatform({
    databaseUrl: database.appUrl,
    subjectPrefix,
    // The console uploads media straight to the content service: it must accept the console's origin.
    serviceEnv: {
      // The networks send people back to this console: the only redirect URI a connection may name.
      clients: {
        CONSOLE_URL: consoleUrl,
        CONNECT_REDIRECT_URIS: `${consoleUrl}/connect/callback`,
        CONNECT_LINK_BASE_URL: `${consoleUrl}/connect`,
      },
      content: { CORS_ORIGINS: consoleUrl },
      // A network that keeps failing gives up after two quick attempts, so a test sees the failure soon.
      publishing: { MAX_ATTEMPTS: '2', RETRY_BASE_MS: '200', RETRY_MAX_MS: '400' },
    },
  }).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });

  const stop = async () => {
    await platform.stop();
    await database.drop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());

  try {
    await registerConsoleCallback(platform.sandbox.control, `${consoleUrl}/connect/callback`);
    await seedDemo({
      ...process.env,
      ...platform.env,
      DATABASE_URL: database.appUrl,
      CONSOLE_URL: consoleUrl,
    });
  } catch (error) {
    await platform.stop();
    await database.drop();
    throw error;
  }
  const ready = {
    gatewayUrl: platform.gatewayUrl,
    sandboxUrl: platform.sandbox.control,
    database: database.name,
    logins: DEMO_LOGINS,
  };
  process.stdout.write(`${READY_MARKER}${JSON.stringify(ready)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
