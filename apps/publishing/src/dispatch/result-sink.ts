import { Logger } from '@nestjs/common';
import { DispatchResult } from './dispatch-result';
import { ResultWriter } from './result-writer';

const MAX_PARALLEL_FLUSHES = 3;
/** Answers arriving within this window share one write (the lease covers far longer). */
const GATHER_MS = 5;

/**
 * Gathers outcomes as answers come back and writes them in batches (at most `batchSize` a statement,
 * a few batches at once): with thousands of answers a second, the database sees a few dozen
 * transactions, not thousands. A batch that cannot be written stays under its lease and is
 * reconciled after it expires.
 */
export class ResultSink {
  private readonly logger = new Logger(ResultSink.name);
  private buffer: DispatchResult[] = [];
  private flushing = 0;
  private scheduled = false;
  private readonly drained: (() => void)[] = [];

  constructor(
    private readonly writer: ResultWriter,
    private readonly worker: string,
    private readonly batchSize: number,
    private readonly afterWrite: (results: DispatchResult[]) => void,
  ) {}

  push(result: DispatchResult): void {
    this.buffer.push(result);
    this.schedule();
  }

  /** Resolves once everything pushed so far is written. */
  async drain(): Promise<void> {
    if (this.buffer.length === 0 && this.flushing === 0) return;
    await new Promise<void>((resolve) => this.drained.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // Answers arriving in the same few milliseconds share one write.
    setTimeout(() => {
      this.scheduled = false;
      this.flush();
    }, GATHER_MS);
  }

  private flush(): void {
    while (this.buffer.length > 0 && this.flushing < MAX_PARALLEL_FLUSHES) {
      const batch = this.buffer.splice(0, this.batchSize);
      this.flushing += 1;
      this.writer
        .write(this.worker, batch)
        .then(
          () => this.afterWrite(batch),
          (error: unknown) =>
            this.logger.error(
              { err: error },
              `${batch.length} outcome(s) could not be written; they are reconciled once their lease expires`,
            ),
        )
        .finally(() => {
          this.flushing -= 1;
          if (this.buffer.length > 0) this.flush();
          else if (this.flushing === 0) this.drained.splice(0).forEach((resolve) => resolve());
        });
    }
  }
}
