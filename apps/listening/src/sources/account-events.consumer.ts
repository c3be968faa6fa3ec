import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AccountChangedEvent, ClientsEvents, EventMessage } from '@relais/contracts';
import { EventConsumer, EventSubscription } from '@relais/server-events';
import { EntityManager } from 'typeorm';
import { applySource, SourceStatus } from './source.repository';

/** The durable JetStream consumer reading the clients service's account events. */
export const ACCOUNT_EVENTS_CONSUMER = 'listening-accounts';

/** What each account event makes of the account, for listening. */
const STATUS_OF: Partial<Record<string, SourceStatus>> = {
  [ClientsEvents.accountConnected]: 'active',
  [ClientsEvents.accountReconnected]: 'active',
  [ClientsEvents.accountReconnectionRequired]: 'needs_reconnection',
  [ClientsEvents.accountDisconnected]: 'disconnected',
};

/**
 * Reads `evt.clients.account.>`: a connected account is listened to from then on (each of its
 * network's surfaces gets a cursor), one to reconnect or disconnected is not, and what was heard
 * through it stays. Events are applied in the order they occurred, whatever order they arrive in.
 */
@Injectable()
export class AccountEventsConsumer implements OnApplicationBootstrap {
  private subscription?: EventSubscription;

  constructor(private readonly consumer: EventConsumer) {}

  onApplicationBootstrap(): void {
    this.subscription = this.consumer.subscribe<AccountChangedEvent>({
      durable: ACCOUNT_EVENTS_CONSUMER,
      filterSubject: 'evt.clients.account.>',
      handle: (event, manager) => this.handle(event, manager),
    });
  }

  ready(): Promise<void> {
    return this.subscription?.ready ?? Promise.resolve();
  }

  private async handle(event: EventMessage<AccountChangedEvent>, manager: EntityManager): Promise<void> {
    const status = STATUS_OF[event.subject.slice(event.subject.indexOf('evt.'))];
    if (!status) return;
    await applySource(manager, {
      accountId: event.data.accountId,
      brandId: event.data.brandId,
      network: event.data.network,
      externalId: event.data.externalId ?? null,
      status,
      occurredAt: new Date(event.occurredAt),
    });
  }
}
