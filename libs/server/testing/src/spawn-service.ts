import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { waitFor } from './wait-for';

export interface SpawnServiceOptions {
  name: string;
  /**
   * Relative to the repository root: TypeScript run through `tools/register.js` (e.g.
   * `apps/clients/src/main.ts`), or compiled JavaScript run as production runs it (e.g.
   * `dist/apps/publishing/src/main.js`, made by `npm run build:services`).
   */
  entry: string;
  env: Record<string, string>;
  /** Polled until it answers 200. */
  healthUrl?: string;
  timeoutMs?: number;
}

export interface SpawnedService {
  readonly name: string;
  readonly pid: number;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
  kill(signal?: NodeJS.Signals): void;
  /** Stops and starts it again with the same options. */
  restart(): Promise<void>;
  /** The last lines it wrote (stdout and stderr). */
  logs(): string;
}

const KEPT_LINES = 200;
const STOP_GRACE_MS = 5000;

/** The repository root: the nearest folder above this file holding `tools/register.js`. */
export function repositoryRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'tools', 'register.js'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No repository root above ${from}`);
    dir = parent;
  }
  return dir;
}

class ServiceProcess implements SpawnedService {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  private readonly lines: string[] = [];

  constructor(private readonly options: SpawnServiceOptions) {}

  get name(): string {
    return this.options.name;
  }

  get pid(): number {
    return this.child?.pid ?? -1;
  }

  async start(): Promise<void> {
    const root = repositoryRoot();
    const args = this.options.entry.endsWith('.js')
      ? [this.options.entry]
      : ['-r', './tools/register.js', this.options.entry];
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...this.options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.stdout?.on('data', (chunk: Buffer) => this.keep(chunk));
    child.stderr?.on('data', (chunk: Buffer) => this.keep(chunk));
    try {
      await this.waitUntilHealthy(child);
    } catch (error) {
      await this.stop();
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`${this.name} did not start: ${message}\n--- ${this.name} output ---\n${this.logs()}`);
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await this.exited;
    clearTimeout(timer);
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): void {
    this.child?.kill(signal);
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  logs(): string {
    return this.lines.join('\n');
  }

  private keep(chunk: Buffer): void {
    this.lines.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((line) => line.length > 0),
    );
    if (this.lines.length > KEPT_LINES) this.lines.splice(0, this.lines.length - KEPT_LINES);
  }

  private async waitUntilHealthy(child: ChildProcess): Promise<void> {
    const { healthUrl, timeoutMs = 30_000 } = this.options;
    const exit = new AbortController();
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      exit.abort(new Error(`exited with ${code ?? signal}`));
    if (child.exitCode !== null || child.signalCode !== null) onExit(child.exitCode, child.signalCode);
    child.once('exit', onExit);
    try {
      await waitFor(
        async () => {
          if (!healthUrl) return true;
          const response = await fetch(healthUrl, { signal: AbortSignal.timeout(2000) }).catch(() => null);
          return response?.status === 200;
        },
        {
          timeoutMs,
          intervalMs: 200,
          signal: exit.signal,
          description: healthUrl ? `${healthUrl} to answer 200` : 'the process',
        },
      );
    } finally {
      child.off('exit', onExit);
    }
  }
}

/** Runs an app as a child process from the repository root (see `SpawnServiceOptions.entry`). */
export async function spawnService(options: SpawnServiceOptions): Promise<SpawnedService> {
  const service = new ServiceProcess(options);
  await service.start();
  return service;
}
