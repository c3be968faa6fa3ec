import { NatsContext, ServerNats } from '@nestjs/microservices';
import { ErrorCode } from '@relais/contracts';
import type { Msg, NatsConnection as NatsClient, Subscription } from 'nats';
import { connectionOptions, NatsTransportOptions } from './nats.options';
import { encodeReply, ReplyPacket } from './wire';

const GRACE_PERIOD_MS = 10_000;

/**
 * Nest's NATS server with Relais' conventions: every handler joins the queue group named after the
 * service, subjects carry the environment prefix, the connection reconnects forever, a malformed
 * message is answered instead of crashing, and closing waits for requests being handled.
 */
export class RelaisNatsServer extends ServerNats {
  private readonly prefix: string;
  private readonly service: string;
  private readonly ownSubscriptions: Subscription[] = [];
  private readonly pending = new Set<Msg>();
  private readonly answering = new WeakSet<Msg>();
  private idle?: () => void;

  constructor(options: NatsTransportOptions) {
    super({ ...connectionOptions(options.url, options.service), queue: options.service });
    this.prefix = options.subjectPrefix ?? '';
    this.service = options.service;
  }

  /**
   * Started means the NATS server knows every handler: a request made on another connection as soon
   * as the service is up finds a responder instead of "no responders".
   */
  override start(callback: (err?: unknown) => void): void {
    const client = this.unwrap<NatsClient>();
    this.bindEvents(client);
    // Disconnected already: the subscriptions are sent again on reconnection; start anyway.
    client.flush().then(
      () => callback(),
      () => callback(),
    );
  }

  override bindEvents(client: NatsClient): void {
    for (const [pattern, handler] of this.messageHandlers) {
      const extras = handler.extras as { queue?: unknown } | undefined;
      const queue = typeof extras?.queue === 'string' ? extras.queue : this.service;
      const subject = `${this.prefix}${pattern}`;
      const subscription = client.subscribe(subject, {
        queue,
        callback: (error, message) => {
          if (error) {
            this.logger.error(`Subscription to ${subject} failed: ${error.message}`);
            return;
          }
          void this.handleMessage(pattern, message);
        },
      });
      this.ownSubscriptions.push(subscription);
    }
  }

  override async handleMessage(channel: string, message: Msg): Promise<void> {
    if (message.reply) this.pending.add(message);
    try {
      await super.handleMessage(channel, message);
      if (!this.answering.has(message)) this.settle(message);
    } catch (error) {
      this.logger.error(`Could not handle a message on ${message.subject}: ${String(error)}`);
      if (message.reply && !this.answering.has(message)) {
        message.respond(
          encodeReply({
            err: { code: ErrorCode.BadUserInput, message: 'Malformed request' },
            isDisposed: true,
          }),
        );
      }
      this.settle(message);
    }
  }

  override getPublisher(message: Msg, id: string, ctx: NatsContext): (response: ReplyPacket) => unknown {
    this.answering.add(message);
    const publish = super.getPublisher(message, id, ctx);
    return (response: ReplyPacket) => {
      const result: unknown = publish(response);
      if (response.isDisposed || response.err !== undefined) this.settle(message);
      return result;
    };
  }

  override async close(): Promise<void> {
    await Promise.all(
      this.ownSubscriptions.map((subscription) => subscription.drain().catch(() => undefined)),
    );
    this.ownSubscriptions.length = 0;
    if (this.pending.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, GRACE_PERIOD_MS);
        this.idle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    await super.close();
  }

  private settle(message: Msg): void {
    this.pending.delete(message);
    if (this.pending.size === 0 && this.idle) {
      this.idle();
      this.idle = undefined;
    }
  }
}
