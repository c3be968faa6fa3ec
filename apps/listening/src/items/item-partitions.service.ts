import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LISTENING_CONFIG, ListeningConfig } from '../config';
import { ItemPartitionRepository } from './item-partition.repository';
import { insideWindow, partitionWindow } from './partition-window';

/**
 * Keeps a partition of `listening.items` for every month an item may be stored in: made before the
 * service takes any work (so an insert never finds its month missing), then again every
 * `PARTITION_UPKEEP_MS` as months pass.
 */
@Injectable()
export class ItemPartitionsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ItemPartitionsService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly partitions: ItemPartitionRepository,
    @Inject(LISTENING_CONFIG) private readonly config: ListeningConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.upkeep();
    this.timer = setInterval(() => {
      this.upkeep().catch((error: unknown) => this.logger.error(`Partition upkeep failed: ${String(error)}`));
    }, this.config.PARTITION_UPKEEP_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Makes the months of the window that are missing. */
  async upkeep(now = new Date()): Promise<void> {
    const window = this.window(now);
    const made = await this.partitions.ensure(window.first, window.last);
    if (made > 0) this.logger.log(`Made ${made} monthly partition(s) of listening.items`);
  }

  /** Whether an item published at `at` can be stored now (its month is kept). */
  storable(at: Date, now = new Date()): boolean {
    return insideWindow(at, this.window(now));
  }

  private window(now: Date) {
    return partitionWindow(now, this.config.RETENTION_MAX_MONTHS, this.config.PARTITIONS_AHEAD_MONTHS);
  }
}
