import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { DigestService } from './digest.service';

/** Runs a digest pass every `DIGEST_INTERVAL_SECONDS`, never two at once in one replica. */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(DigestScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(CONTENT_CONFIG) private readonly config: ContentConfig,
    private readonly digests: DigestService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.config.DIGEST_INTERVAL_SECONDS * 1000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.digests
      .runOnce()
      .catch((error: unknown) => this.logger.warn({ err: error }, 'Digest pass failed'))
      .finally(() => (this.running = undefined));
  }
}
