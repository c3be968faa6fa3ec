import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = join(__dirname, '..', '..', '..');
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const PLATFORM_TIMEOUT_MS = 240_000;
const STOP_GRACE_MS = 15_000;
/** What `e2e/platform/run-platform.ts` prints before its JSON when everything is up. */
const READY_MARKER = 'relais-platform-ready ';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('No free port'))));
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited(child);
  clearTimeout(timer);
}

/** Builds the console for production, as it is served. */
async function buildConsole(): Promise<void> {
  const build = spawn(
    process.execPath,
    [vite, 'build', '-c', 'apps/console/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const code = await exited(build);
  if (code !== 0) throw new Error(`vite build failed with exit code ${code}`);
}

interface PlatformInfo {
  gatewayUrl: string;
  /** The network emulators' control API. */
  sandboxUrl: string;
  database: string;
  logins: Array<{ email: string; password: string; name: string; role: string; brand: string | null }>;
}

/** Starts the database, seed and services in a child process and waits for its ready line. */
async function startPlatform(consoleUrl: string): Promise<{ child: ChildProcess; info: PlatformInfo }> {
  const child = spawn(
    process.execPath,
    ['-r', './tools/register.js', 'apps/console/e2e/platform/run-platform.ts'],
    {
      cwd: root,
      env: { ...process.env, RELAIS_CONSOLE_URL: consoleUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const ready = new Promise<PlatformInfo>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('The platform did not start in time')),
      PLATFORM_TIMEOUT_MS,
    );
    lines.on('line', (line) => {
      if (!line.startsWith(READY_MARKER)) return;
      clearTimeout(timer);
      resolve(JSON.parse(line.slice(READY_MARKER.length)) as PlatformInfo);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The platform exited with code ${code} before it was ready`));
    });
  });
  try {
    return { child, info: await ready };
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
}

async function waitForHttp(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in time`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Before the browser tests: a fresh seeded platform and the built console served by `vite preview`,
 * proxying /graphql to the gateway. The returned function stops both.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const consoleUrl = `http://127.0.0.1:${await freePort()}`;
  const [platform] = await Promise.all([startPlatform(consoleUrl), buildConsole()]);
  const preview = spawn(
    process.execPath,
    [
      vite,
      'preview',
      '-c',
      'apps/console/vite.config.ts',
      '--port',
      new URL(consoleUrl).port,
      '--strictPort',
    ],
    { cwd: root, env: { ...process.env, RELAIS_GATEWAY_URL: platform.info.gatewayUrl }, stdio: 'ignore' },
  );
  const stopAll = async () => {
    await stopProcess(preview);
    await stopProcess(platform.child);
  };
  try {
    await waitForHttp(`${consoleUrl}/`);
    await waitForHttp(`${platform.info.gatewayUrl}/health/ready`);
  } catch (error) {
    await stopAll();
    throw error;
  }
  process.env['RELAIS_CONSOLE_URL'] = consoleUrl;
  process.env['RELAIS_GATEWAY_URL'] = platform.info.gatewayUrl;
  process.env['RELAIS_SANDBOX_URL'] = platform.info.sandboxUrl;
  process.env['RELAIS_DEMO_LOGINS'] = JSON.stringify(platform.info.logins);
  return stopAll;
}
