import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import {
  AccountChangedEvent,
  BrandChangedEvent,
  ClientsEvents,
  EventMessage,
  PublishFailureCode,
} from '@relais/contracts';
import { EventConsumer, EventSubscription } from '@relais/server-events';
import { EntityManager } from 'typeorm';
import { PUBLISHING_CONFIG, PublishingConfig } from '../config';
import { CredentialsClient } from '../credentials/credentials.client';
import { OpenPublicationsService } from '../publications/open-publications.service';
import { notifyDue } from '../schedules/schedule.repository';
import { TokenRefreshRepository } from '../tokens/token-refresh.repository';

/** The durable JetStream consumer reading the clients service's events. */
export const ACCOUNT_EVENTS_CONSUMER = 'publishing-accounts';

/**
 * Reads `evt.clients.>`: what waits for a disconnected account, an account to reconnect or an
 * archived brand fails visibly (never silently dropped); a (re)connected account gets its token
 * refresh scheduled from its expiry.
 */
@Injectable()
export class AccountEventsConsumer implements OnApplicationBootstrap {
  private subscription?: EventSubscription;

  constructor(
    private readonly consumer: EventConsumer,
    private readonly openPublications: OpenPublicationsService,
    private readonly refreshes: TokenRefreshRepository,
    private readonly credentials: CredentialsClient,
    @Inject(PUBLISHING_CONFIG) private readonly config: PublishingConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = this.consumer.subscribe<unknown>({
      durable: ACCOUNT_EVENTS_CONSUMER,
      filterSubject: 'evt.clients.>',
      handle: (event, manager) => this.handle(event, manager),
    });
  }

  ready(): Promise<void> {
    return this.subscription?.ready ?? Promise.resolve();
  }

  private async handle(event: EventMessage<unknown>, manager: EntityManager): Promise<void> {
    const subject = event.subject.slice(event.subject.indexOf('evt.'));
    switch (subject) {
      case ClientsEvents.accountDisconnected: {
        const data = event.data as AccountChangedEvent;
        this.credentials.forget(data.accountId);
        await this.refreshes.remove(manager, data.accountId);
        await this.openPublications.fail(
          manager,
          { accountId: data.accountId },
          {
            code: PublishFailureCode.AccountDisconnected,
            message: 'The account was disconnected from the brand: connect it again, then retry.',
          },
        );
        return;
      }
      case ClientsEvents.accountReconnectionRequired: {
        const data = event.data as AccountChangedEvent;
        this.credentials.forget(data.accountId);
        await this.openPublications.fail(
          manager,
          { accountId: data.accountId },
          {
            code: PublishFailureCode.NeedsReconnection,
            message: `The account must be reconnected${data.reason ? `: ${data.reason}` : ''}. Reconnect it, then retry.`,
          },
        );
        return;
      }
      case ClientsEvents.brandArchived: {
        const data = event.data as BrandChangedEvent;
        await this.openPublications.fail(
          manager,
          { brandId: data.brandId },
          {
            code: PublishFailureCode.BrandArchived,
            message: 'The brand was archived, so nothing more is published for it.',
          },
        );
        return;
      }
      case ClientsEvents.accountConnected:
      case ClientsEvents.accountReconnected:
        return this.scheduleRefresh(manager, event as EventMessage<AccountChangedEvent>);
      default:
        return;
    }
  }

  private async scheduleRefresh(
    manager: EntityManager,
    event: EventMessage<AccountChangedEvent>,
  ): Promise<void> {
    const data = event.data;
    this.credentials.forget(data.accountId);
    if (!data.tokenExpiresAt) {
      await this.refreshes.remove(manager, data.accountId);
      return;
    }
    const expiresAt = new Date(data.tokenExpiresAt);
    const dueAt = new Date(expiresAt.getTime() - this.config.TOKEN_REFRESH_MARGIN_SECONDS * 1000);
    await this.refreshes.schedule(manager, {
      accountId: data.accountId,
      brandId: data.brandId,
      network: data.network,
      expiresAt,
      dueAt,
    });
    await notifyDue(manager);
  }
}
