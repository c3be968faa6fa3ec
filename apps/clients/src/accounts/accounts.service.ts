import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AccountChangedEvent,
  AccountIdPayload,
  AccountStatus,
  ClientsEvent,
  ClientsEvents,
  ConnectAccountPayload,
  Network,
  ReconnectAccountPayload,
  SocialAccountView,
} from '@relais/contracts';
import { badInput, conflict } from '@relais/server-errors';
import { TenantTransactions } from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { AuditAction } from '../audit/audit-action';
import { AuditRecorder } from '../audit/audit-recorder.service';
import { findVisibleBrand } from '../brands/brands.service';
import { Permission } from '../memberships/role-rules';
import { Actor, authorize } from '../core/actor';
import { CredentialsCipher } from './credentials-cipher';
import { findVisibleAccount } from './account-queries.service';
import { NO_CREDENTIALS, sealCredentials } from './sealed-credentials';
import { isoOrNull } from '../core/pages';
import { SocialAccountEntity } from './social-account.entity';
import { toSocialAccountView } from './social-account.view';

/** Networks whose accounts live on a server the agency names (a Mastodon instance). */
const NEEDS_INSTANCE: readonly Network[] = [Network.Mastodon];

/** Connecting, reconnecting and disconnecting a brand's social accounts. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: CredentialsCipher,
    private readonly audit: AuditRecorder,
    private readonly outbox: Outbox,
  ) {}

  async connect(actor: Actor, payload: ConnectAccountPayload): Promise<SocialAccountView> {
    if (NEEDS_INSTANCE.includes(payload.network) && !payload.instanceUrl) {
      throw badInput([
        {
          field: 'instanceUrl',
          message: `instanceUrl is required for ${payload.network} accounts`,
          constraint: 'required',
        },
      ]);
    }
    return this.transactions.run(actor.scope, async (manager) => {
      const key = payload.idempotencyKey ?? null;
      const earlier = key ? await this.byIdempotencyKey(manager, actor, key) : null;
      if (earlier) return toSocialAccountView(earlier);

      const brand = await findVisibleBrand(manager, actor.agencyId, payload.brandId);
      authorize(actor, Permission.ManageAccounts);
      if (brand.archivedAt) throw conflict('This brand is archived; restore it before connecting accounts');

      const id = randomUUID();
      const now = new Date();
      const credentials = sealCredentials(this.cipher, id, payload.credentials);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(SocialAccountEntity)
        .values({
          id,
          agencyId: actor.agencyId,
          brandId: brand.id,
          network: payload.network,
          handle: payload.handle,
          externalId: payload.externalId,
          displayName: payload.displayName ?? null,
          instanceUrl: payload.instanceUrl ? payload.instanceUrl.replace(/\/+$/, '') : null,
          ...credentials,
          status: AccountStatus.Connected,
          statusReason: null,
          connectedAt: now,
          updatedAt: now,
          disconnectedAt: null,
          idempotencyKey: key,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0) {
        const concurrent = key ? await this.byIdempotencyKey(manager, actor, key) : null;
        if (concurrent) return toSocialAccountView(concurrent);
        throw conflict('This account is already connected to the brand', [
          { field: 'externalId', message: 'is already connected to this brand', constraint: 'taken' },
        ]);
      }
      const account = await manager.findOneByOrFail(SocialAccountEntity, { id });
      await this.recordChange(
        manager,
        actor,
        account,
        AuditAction.AccountConnected,
        ClientsEvents.accountConnected,
      );
      return toSocialAccountView(account);
    });
  }

  async reconnect(actor: Actor, payload: ReconnectAccountPayload): Promise<SocialAccountView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const account = await findVisibleAccount(manager, actor.agencyId, payload.id);
      authorize(actor, Permission.ManageAccounts);
      if (account.status === AccountStatus.Disconnected) {
        throw conflict('This account was disconnected; connect it again instead');
      }
      await manager.update(
        SocialAccountEntity,
        { id: account.id },
        {
          ...sealCredentials(this.cipher, account.id, payload.credentials),
          status: AccountStatus.Connected,
          statusReason: null,
          updatedAt: new Date(),
        },
      );
      const updated = await manager.findOneByOrFail(SocialAccountEntity, { id: account.id });
      await this.recordChange(
        manager,
        actor,
        updated,
        AuditAction.AccountReconnected,
        ClientsEvents.accountReconnected,
      );
      return toSocialAccountView(updated);
    });
  }

  /** Ends the connection and erases the stored credentials. */
  async disconnect(actor: Actor, payload: AccountIdPayload): Promise<SocialAccountView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const account = await findVisibleAccount(manager, actor.agencyId, payload.id);
      authorize(actor, Permission.ManageAccounts);
      if (account.status === AccountStatus.Disconnected) return toSocialAccountView(account);
      const now = new Date();
      await manager.update(
        SocialAccountEntity,
        { id: account.id },
        { ...NO_CREDENTIALS, status: AccountStatus.Disconnected, disconnectedAt: now, updatedAt: now },
      );
      const updated = await manager.findOneByOrFail(SocialAccountEntity, { id: account.id });
      await this.recordChange(
        manager,
        actor,
        updated,
        AuditAction.AccountDisconnected,
        ClientsEvents.accountDisconnected,
      );
      return toSocialAccountView(updated);
    });
  }

  private byIdempotencyKey(
    manager: EntityManager,
    actor: Actor,
    key: string,
  ): Promise<SocialAccountEntity | null> {
    return manager.findOneBy(SocialAccountEntity, { agencyId: actor.agencyId, idempotencyKey: key });
  }

  private async recordChange(
    manager: EntityManager,
    actor: Actor,
    account: SocialAccountEntity,
    action: AuditAction,
    subject: ClientsEvent,
  ): Promise<void> {
    await this.audit.record(manager, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      action,
      targetType: 'social_account',
      targetId: account.id,
      details: { brandId: account.brandId, network: account.network, handle: account.handle },
    });
    const event: AccountChangedEvent = {
      accountId: account.id,
      brandId: account.brandId,
      network: account.network,
      status: account.status,
      tokenExpiresAt: isoOrNull(account.tokenExpiresAt),
    };
    await this.outbox.add(manager, { subject, envelope: actor.envelope, data: event });
  }
}
