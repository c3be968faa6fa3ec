import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Network } from '@relais/contracts';
import { LISTENING_CONFIG, ListeningConfig } from '../config';
import { ItemsService } from '../items/items.service';
import { pageDeliveries } from './facebook-delivery';
import { ClaimedDelivery, WebhookDeliveryRepository } from './webhook-delivery.repository';

/** Deliveries read at once by a replica. */
const BATCH = 50;
/** Tries before a delivery is kept as failed, for a person to look at. */
const MAX_ATTEMPTS = 8;

/**
 * Keeps webhook deliveries as received, then reads them: each page's items go to every brand listening
 * through that page (found across agencies by the page id), stored once whatever Meta redelivers. A
 * delivery that cannot be read now is tried again later (doubling), never dropped.
 */
@Injectable()
export class WebhookDeliveriesService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDeliveriesService.name);
  private readonly stopping = new AbortController();
  private loop?: Promise<void>;
  private wake: () => void = () => undefined;

  constructor(
    private readonly deliveries: WebhookDeliveryRepository,
    private readonly items: ItemsService,
    @Inject(LISTENING_CONFIG) private readonly config: ListeningConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.WEBHOOKS_PROCESSING_ENABLED) this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    this.wake();
    await this.loop;
  }

  async keep(network: Network, payload: unknown): Promise<void> {
    await this.deliveries.add(network, payload);
    this.wake();
  }

  /** Reads the deliveries pending now, once; resolves with how many. */
  async processPending(): Promise<number> {
    const claimed = await this.deliveries.claim(BATCH, 60);
    for (const delivery of claimed) await this.process(delivery);
    return claimed.length;
  }

  private async run(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      let processed = 0;
      try {
        processed = await this.processPending();
      } catch (error) {
        this.logger.error(`Reading webhook deliveries failed: ${String(error)}`);
      }
      if (processed < BATCH)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.config.WEBHOOK_TICK_MS);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
    }
  }

  private async process(delivery: ClaimedDelivery): Promise<void> {
    try {
      const pages = pageDeliveries(delivery.payload);
      const sources = await this.deliveries.sourcesOnNetwork(
        delivery.network,
        pages.map((page) => page.pageId),
      );
      for (const page of pages) {
        for (const source of sources.filter((s) => s.external_id === page.pageId)) {
          const heard = page.items.map((item) => ({ ...item, accountId: source.account_id }));
          await this.items.ingest(source.agency_id, source.brand_id, heard, randomUUID());
        }
      }
      await this.deliveries.done(delivery.id);
    } catch (error) {
      const final = delivery.attempts >= MAX_ATTEMPTS;
      const retryInMs = Math.min(1000 * 2 ** delivery.attempts, 3600_000);
      this.logger.warn(
        `Webhook delivery ${delivery.id} could not be read (try ${delivery.attempts}): ${String(error)}`,
      );
      await this.deliveries.failed(delivery.id, String(error), retryInMs, final);
    }
  }
}
