/**
 * Runs every app locally (after scripts/start.sh prepared the machine and built the console): the
 * network emulators, clients, content, publishing, the gateway and the console, with prefixed logs.
 * Once everything answers, seeds the demo agency through the services (idempotent) and prints where to
 * go and who to sign in as; Ctrl-C stops them all.
 */
import { join } from 'node:path';
import { DEMO_BRANDS, DEMO_LOGINS, DEMO_PASSWORD, printSummary, seedDemo } from './seed';
import { localApps } from './start/local-apps';
import { LOCAL_DEV_URLS, LOCAL_SANDBOX_URLS } from './start/local-dev-settings';
import { bold, paint } from './start/log-lines';
import { ProcessGroup } from './start/process-group';

const READY_TIMEOUT_MS = 120_000;

function banner(): string {
  const rows = DEMO_LOGINS.map((login) => [
    login.email,
    login.role,
    login.brand ? DEMO_BRANDS[login.brand].name : '',
  ]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const logins = rows.map(([email = '', role = '', brand]) =>
    `    ${email.padEnd(widths[0] ?? 0)}  ${role.padEnd(widths[1] ?? 0)}  ${brand}`.trimEnd(),
  );
  return [
    '',
    bold(paint('green', 'Relais is running.')),
    '',
    `  Console      ${bold(LOCAL_DEV_URLS.console)}`,
    `  GraphQL API  ${LOCAL_DEV_URLS.gateway}/graphql`,
    `  Networks     ${LOCAL_SANDBOX_URLS.control}/control/posts  (what the emulated networks received)`,
    '',
    `  Demo logins (password for all: ${bold(DEMO_PASSWORD)}):`,
    ...logins,
    '',
    '  Press Ctrl-C to stop.',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const root = join(__dirname, '..');
  const apps = localApps(root);
  let stopping: Promise<void> | undefined;
  const shutDown = (code: number): Promise<void> => {
    stopping ??= (async () => {
      console.log(paint('gray', '\nStopping every app…'));
      await group.stop();
      process.exit(code);
    })();
    return stopping;
  };
  const group = new ProcessGroup(
    root,
    apps.map((app) => app.name),
    (name, code) => {
      console.error(
        paint('red', `${name} stopped on its own (exit code ${code ?? 'none'}); stopping the others.`),
      );
      void shutDown(1);
    },
  );
  process.on('SIGINT', () => void shutDown(0));
  process.on('SIGTERM', () => void shutDown(0));

  for (const app of apps) group.start(app);
  try {
    await Promise.all(apps.map((app) => group.waitUntilReady(app.name, READY_TIMEOUT_MS)));
    console.log(paint('gray', 'Seeding the demo agency…'));
    printSummary(await seedDemo());
  } catch (error) {
    console.error(paint('red', error instanceof Error ? error.message : String(error)));
    await shutDown(1);
    return;
  }
  console.log(banner());
}

void main();
