import { Logger } from '@nestjs/common';
import { retryingTransient } from './database-retry';
import { DispatchResult } from './dispatch-result';
import { ResultWriter } from './result-writer.service';

const MAX_PARALLEL_WRITES = 3;
/** Sends in flight plus outcomes not yet written, in batches: what a crash can leave to read back. */
const WINDOW_BATCHES = 4;

export interface ResultSinkOptions {
  /** This replica's worker id: only rows it still holds are written. */
  worker: string;
  /** Outcomes per write; a full batch is written at once. */
  batchSize: number;
  /** The longest an outcome waits in memory before its write starts. */
  flushMs: number;
}

/**
 * Gathers outcomes as answers come back and writes them in batches, bounded in size (`batchSize`) and
 * in time (`flushMs`): with thousands of answers a second the database sees a few dozen transactions,
 * and what was sent is in Postgres moments later. A write the database could not take (connection
 * lost, restart, deadlock) is tried again with bounded backoff until it is written; the writes are
 * idempotent (only rows still open under this worker's lease change). Every send is admitted into a
 * window first (`admit`) and leaves it once its outcome is written: when the writes fall behind, or
 * the database is away, sending waits, so that what a crash leaves sent but unrecorded stays small.
 */
export class ResultSink {
  private readonly logger = new Logger(ResultSink.name);
  private buffer: DispatchResult[] = [];
  private timer?: NodeJS.Timeout;
  private writing = 0;
  /** Sends admitted and outcomes buffered or being written. */
  private inWindow = 0;
  private stopped = false;
  private readonly drained: (() => void)[] = [];
  private readonly admissions: { wanted: number; resolve: (granted: number) => void }[] = [];

  constructor(
    private readonly writer: ResultWriter,
    private readonly options: ResultSinkOptions,
    private readonly afterWrite: (results: DispatchResult[]) => void,
  ) {}

  /** How many sends may be in flight or waiting for their outcome's write at once. */
  get window(): number {
    return this.options.batchSize * WINDOW_BATCHES;
  }

  /**
   * Room for up to `wanted` sends (at least one batch's worth, or `wanted` if fewer): resolves with
   * how many were admitted. Each leaves the window when its outcome (pushed with `admitted`) is
   * written, or through `forgo` when it was not sent after all.
   */
  admit(wanted: number): Promise<number> {
    return new Promise((resolve) => {
      this.admissions.push({ wanted, resolve });
      this.admitWaiting();
    });
  }

  forgo(count: number): void {
    this.inWindow -= count;
    this.admitWaiting();
    if (this.inWindow === 0) this.drained.splice(0).forEach((resolve) => resolve());
  }

  /** `admitted`: the outcome of a send `admit` let out (already counted in the window). */
  push(result: DispatchResult, admitted = false): void {
    this.buffer.push(result);
    if (!admitted) this.inWindow += 1;
    if (this.buffer.length >= this.options.batchSize) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.options.flushMs);
  }

  /** Resolves once everything pushed so far is written (or given up). */
  async drain(): Promise<void> {
    if (this.inWindow === 0) return;
    await new Promise<void>((resolve) => this.drained.push(resolve));
  }

  /** Stops trying again: what is still unwritten is reconciled once its lease expires. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.buffer.length > 0 && this.writing < MAX_PARALLEL_WRITES) {
      void this.write(this.buffer.splice(0, this.options.batchSize));
    }
  }

  private async write(batch: DispatchResult[]): Promise<void> {
    this.writing += 1;
    try {
      await retryingTransient(
        () => this.writer.write(this.options.worker, batch),
        () => !this.stopped,
        (error, retry) => {
          if (retry === 1)
            this.logger.warn(`Writing ${batch.length} outcome(s) failed (${String(error)}); retrying`);
        },
      );
      this.afterWrite(batch);
    } catch (error) {
      this.logger.error(
        { err: error },
        `${batch.length} outcome(s) could not be written; they are reconciled once their lease expires`,
      );
    } finally {
      this.writing -= 1;
      this.inWindow -= batch.length;
      this.admitWaiting();
      if (this.buffer.length > 0) this.flush();
      else if (this.inWindow === 0) this.drained.splice(0).forEach((resolve) => resolve());
    }
  }

  private admitWaiting(): void {
    while (this.admissions.length > 0) {
      const free = this.window - this.inWindow;
      const next = this.admissions[0];
      if (free < Math.min(next.wanted, this.options.batchSize)) return;
      this.admissions.shift();
      const granted = Math.min(next.wanted, free);
      this.inWindow += granted;
      next.resolve(granted);
    }
  }
}
