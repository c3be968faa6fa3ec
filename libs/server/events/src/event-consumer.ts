import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { EventMessage } from '@relais/contracts';
import { quoteIdent, TenantTransactions, tenantScope } from '@relais/server-database';
import { NatsConnection } from '@relais/server-nats';
import { AckPolicy, ConsumerMessages, DeliverPolicy, JsMsg, NatsError } from 'nats';
import { EntityManager } from 'typeorm';
import { eventStreamName } from './event-stream';
import { EventStreamSetup } from './event-stream.setup';
import { EVENTS_MODULE_OPTIONS, EventsModuleOptions } from './events.options';

export interface EventSubscriptionOptions<T> {
  /** The durable consumer's name, e.g. `billing-on-brand-created` ([A-Za-z0-9_-]). */
  durable: string;
  /** Without the environment prefix, e.g. `evt.clients.brand.created.v1` or `evt.clients.>`. */
  filterSubject: string;
  /** Runs in the transaction that records the event as processed (tenant set from its envelope). */
  handle: (event: EventMessage<T>, manager: EntityManager) => Promise<void>;
  /** Deliveries before giving up on an event (default 5). */
  maxDeliver?: number;
}

export interface EventSubscription {
  /** Resolves once the durable consumer exists and messages flow. */
  readonly ready: Promise<void>;
  stop(): Promise<void>;
}

const ACK_WAIT_NS = 30 * 1_000_000_000;
const RETRY_MS = 2000;
const MAX_BACKOFF_MS = 30_000;

/** Delay before redelivering a failed event: 1 s, 2 s, 4 s ... up to 30 s. */
export function redeliveryDelayMs(deliveryCount: number): number {
  return Math.min(1000 * 2 ** Math.max(0, deliveryCount - 1), MAX_BACKOFF_MS);
}

function parseEvent<T>(msg: JsMsg): EventMessage<T> | null {
  try {
    const event = msg.json<EventMessage<T>>();
    return typeof event?.id === 'string' && typeof event.subject === 'string' && event.envelope
      ? event
      : null;
  } catch {
    return null;
  }
}

/**
 * Durable, idempotent event handling: a pull consumer with explicit acks; each event is handled in
 * one transaction that first records `(consumer, event id)` in `processed_events` and skips the
 * handler when it was already there; ack after commit, nak with backoff on failure, and after
 * `maxDeliver` attempts the event is terminated and logged.
 */
@Injectable()
export class EventConsumer implements OnModuleDestroy {
  private readonly logger = new Logger(EventConsumer.name);
  private readonly subscriptions = new Set<EventSubscription>();
  private readonly processed: string;
  private readonly prefix: string;

  constructor(
    @Inject(EVENTS_MODULE_OPTIONS) options: EventsModuleOptions,
    private readonly nats: NatsConnection,
    private readonly stream: EventStreamSetup,
    private readonly transactions: TenantTransactions,
  ) {
    this.processed = `${quoteIdent(options.schema)}.processed_events`;
    this.prefix = options.subjectPrefix ?? '';
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
  }

  subscribe<T>(options: EventSubscriptionOptions<T>): EventSubscription {
    let stopped = false;
    let messages: ConsumerMessages | undefined;
    let markReady: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    const loop = (async () => {
      while (!stopped) {
        try {
          messages = await this.open(options);
          markReady();
          for await (const msg of messages) await this.process(msg, options);
        } catch (error) {
          if (!stopped)
            this.logger.warn(`Consumer ${options.durable} interrupted (${String(error)}); resuming`);
        }
        if (!stopped) await new Promise((resolve) => setTimeout(resolve, RETRY_MS).unref());
      }
    })();
    const subscription: EventSubscription = {
      ready,
      stop: async () => {
        stopped = true;
        this.subscriptions.delete(subscription);
        messages?.stop();
        await loop;
        await this.flushUnsubscribe();
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  /**
   * Waits until the server has seen the stopped consumer's unsubscribe: until then it may still hand
   * a new event to that consumer's outstanding pull, where nobody reads it before the ack wait ends.
   */
  private async flushUnsubscribe(): Promise<void> {
    if (!this.nats.isConnected()) return;
    await this.nats.connection.flush().catch(() => undefined);
  }

  private async open<T>(options: EventSubscriptionOptions<T>): Promise<ConsumerMessages> {
    await this.nats.whenConnected();
    const stream = await this.stream.ready();
    const config = {
      durable_name: options.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: `${this.prefix}${options.filterSubject}`,
      max_deliver: options.maxDeliver ?? 5,
      ack_wait: ACK_WAIT_NS,
    };
    const jsm = await this.nats.jetstreamManager();
    try {
      await jsm.consumers.update(stream, options.durable, config);
    } catch (error) {
      if (!(error instanceof NatsError)) throw error;
      await jsm.consumers.add(stream, config);
    }
    const consumer = await this.nats.jetstream().consumers.get(stream, options.durable);
    return consumer.consume({ max_messages: 20 });
  }

  private async process<T>(msg: JsMsg, options: EventSubscriptionOptions<T>): Promise<void> {
    const event = parseEvent<T>(msg);
    if (!event) {
      this.logger.error(`Consumer ${options.durable} dropped a malformed event on ${msg.subject}`);
      msg.term();
      return;
    }
    try {
      await this.inTransaction(event, async (manager) => {
        const recorded = await manager.query<{ event_id: string }[]>(
          `INSERT INTO ${this.processed} (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
          [options.durable, event.id],
        );
        if (recorded.length > 0) await options.handle(event, manager);
      });
      msg.ack();
    } catch (error) {
      const deliveries = msg.info.redeliveryCount;
      if (deliveries >= (options.maxDeliver ?? 5)) {
        this.logger.error(
          { err: error, eventId: event.id, subject: event.subject },
          `Consumer ${options.durable} gave up on event ${event.id} after ${deliveries} attempts`,
        );
        // No reason text: NATS servers before 2.10 do not understand `+TERM <reason>`.
        msg.term();
      } else {
        this.logger.warn(
          `Consumer ${options.durable} failed on event ${event.id} (attempt ${deliveries}): ${String(error)}`,
        );
        msg.nak(redeliveryDelayMs(deliveries));
      }
    }
  }

  private inTransaction<T>(
    event: EventMessage<T>,
    fn: (manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    if (event.envelope.agencyId) return this.transactions.run(tenantScope(event.envelope), fn);
    return this.transactions.runSystem(fn);
  }

  /** The stream this service's consumers read. */
  streamName(): string {
    return eventStreamName(this.prefix);
  }
}
