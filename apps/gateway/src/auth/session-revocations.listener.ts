import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import {
  ClientsEvents,
  ClientsSubjects,
  EventMessage,
  REVOKED_SESSIONS_PAGE_MAX,
  RevokedSession,
  SessionsRevokedEvent,
  systemEnvelope,
} from '@relais/contracts';
import { ensureEventStream } from '@relais/server-events';
import { NATS_MODULE_OPTIONS, NatsConnection, NatsModuleOptions, NatsRequester } from '@relais/server-nats';
import { ConsumerMessages, DeliverPolicy, JsMsg } from 'nats';
import { RevokedSessions } from './revoked-sessions';

const RETRY_MS = 1000;
const PRUNE_MS = 60_000;

function revokedSessionsOf(msg: JsMsg): RevokedSession[] | null {
  try {
    const sessions = msg.json<EventMessage<SessionsRevokedEvent>>().data?.sessions;
    return Array.isArray(sessions) ? sessions : null;
  } catch {
    return null;
  }
}

/**
 * Keeps this replica's `RevokedSessions` current. Each replica reads every
 * `evt.clients.session.revoked.v1` through an ordered consumer of its own (not a shared durable one:
 * every replica must see every revocation), from the oldest revocation that still matters; and at
 * start it also asks the clients service for the revocations of the last access-token lifetime, so a
 * replica never serves before it knows them, whatever the stream holds.
 */
@Injectable()
export class SessionRevocationsListener implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SessionRevocationsListener.name);
  private readonly prefix: string;
  private stopped = false;
  private messages?: ConsumerMessages;
  private following?: Promise<void>;
  private pruner?: NodeJS.Timeout;

  constructor(
    @Inject(NATS_MODULE_OPTIONS) options: NatsModuleOptions,
    private readonly nats: NatsConnection,
    private readonly requester: NatsRequester,
    private readonly revoked: RevokedSessions,
  ) {
    this.prefix = options.subjectPrefix ?? '';
  }

  async onApplicationBootstrap(): Promise<void> {
    let markFollowing: () => void = () => undefined;
    const consuming = new Promise<void>((resolve) => (markFollowing = resolve));
    this.following = this.follow(markFollowing).finally(markFollowing);
    await consuming;
    await this.loadRecent();
    this.pruner = setInterval(() => this.revoked.prune(), PRUNE_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pruner);
    this.messages?.stop();
    await this.following;
  }

  /** Reads revocations from the stream until stopped, starting again after any interruption. */
  private async follow(onConsuming: () => void): Promise<void> {
    while (!this.stopped) {
      try {
        await this.nats.whenConnected();
        const stream = await ensureEventStream(await this.nats.jetstreamManager(), this.prefix);
        const consumer = await this.nats.jetstream().consumers.get(stream, {
          filterSubjects: `${this.prefix}${ClientsEvents.sessionsRevoked}`,
          deliver_policy: DeliverPolicy.StartTime,
          opt_start_time: this.revoked.since().toISOString(),
        });
        this.messages = await consumer.consume();
        onConsuming();
        for await (const msg of this.messages) {
          const sessions = revokedSessionsOf(msg);
          if (sessions) for (const session of sessions) this.revoked.add(session);
          else this.logger.error(`Dropped a malformed session revocation on ${msg.subject}`);
        }
      } catch (error) {
        if (!this.stopped) this.logger.warn(`Session revocations interrupted (${String(error)}); resuming`);
      }
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, RETRY_MS).unref());
    }
  }

  /** Asks the clients service, page by page, until it answers. */
  private async loadRecent(): Promise<void> {
    for (let attempt = 1; !this.stopped; attempt += 1) {
      try {
        const count = await this.loadPages();
        this.logger.log(`Knows ${count} sessions revoked in the last access-token lifetime`);
        return;
      } catch (error) {
        this.logger.warn(`Could not load revoked sessions (attempt ${attempt}: ${String(error)}); retrying`);
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS).unref());
      }
    }
  }

  private async loadPages(): Promise<number> {
    let since = this.revoked.since().toISOString();
    let afterSessionId: string | undefined;
    let count = 0;
    for (;;) {
      const page = await this.requester.request<RevokedSession[]>(
        ClientsSubjects.session.revokedSince,
        systemEnvelope(randomUUID()),
        { since, afterSessionId, limit: REVOKED_SESSIONS_PAGE_MAX },
      );
      for (const session of page) this.revoked.add(session);
      count += page.length;
      const last = page.at(-1);
      if (!last || page.length < REVOKED_SESSIONS_PAGE_MAX) return count;
      since = last.revokedAt;
      afterSessionId = last.sessionId;
    }
  }
}
