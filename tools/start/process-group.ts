import { ChildProcess, spawn } from 'node:child_process';
import { Color, LineSplitter, formatLogLine, paint } from './log-lines';

export interface ProcessSpec {
  /** Short name shown before every line of the process's output. */
  name: string;
  color: Color;
  command: string;
  args: string[];
  env: Record<string, string>;
  /** Answers 2xx once the process can take traffic. */
  readyUrl: string;
}

interface Running {
  spec: ProcessSpec;
  child: ChildProcess;
  exited: Promise<number | null>;
}

const STOP_GRACE_MS = 10_000;

/**
 * Child processes started together and stopped together: their output is prefixed with their
 * name, and when one of them dies on its own the whole group stops.
 */
export class ProcessGroup {
  private readonly running: Running[] = [];
  private stopping = false;
  private readonly width: number;

  constructor(
    private readonly cwd: string,
    names: string[],
    private readonly onUnexpectedExit: (name: string, code: number | null) => void,
  ) {
    this.width = Math.max(...names.map((name) => name.length));
  }

  start(spec: ProcessSpec): void {
    const child = spawn(spec.command, spec.args, {
      cwd: this.cwd,
      env: { ...process.env, ...spec.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = paint(spec.color, `${spec.name.padEnd(this.width)} │ `);
    const print = (line: string) => {
      for (const part of formatLogLine(line).split('\n')) process.stdout.write(`${prefix}${part}\n`);
    };
    const stdout = new LineSplitter(print);
    const stderr = new LineSplitter(print);
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    const exited = new Promise<number | null>((resolve) => {
      child.on('error', (error) => {
        print(`could not start: ${error.message}`);
        resolve(null);
      });
      child.on('exit', (code) => {
        stdout.flush();
        stderr.flush();
        resolve(code);
      });
    });
    void exited.then((code) => {
      if (!this.stopping) this.onUnexpectedExit(spec.name, code);
    });
    this.running.push({ spec, child, exited });
  }

  /** Resolves when the process answers its readiness URL; rejects if it exits or times out first. */
  async waitUntilReady(name: string, timeoutMs: number): Promise<void> {
    const entry = this.running.find((candidate) => candidate.spec.name === name);
    if (!entry) throw new Error(`${name} was never started`);
    let exited = false;
    void entry.exited.then(() => {
      exited = true;
    });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (exited) throw new Error(`${name} exited before it was ready`);
      if (await answers(entry.spec.readyUrl)) return;
      await sleep(500);
    }
    throw new Error(`${name} was not ready at ${entry.spec.readyUrl} after ${timeoutMs / 1000}s`);
  }

  /** SIGTERM to every process (last started first), then SIGKILL to those still running after the grace period. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const { child } of [...this.running].reverse()) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    }
    const timer = setTimeout(() => {
      for (const { child } of this.running) {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    }, STOP_GRACE_MS);
    await Promise.all(this.running.map(({ exited }) => exited));
    clearTimeout(timer);
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
