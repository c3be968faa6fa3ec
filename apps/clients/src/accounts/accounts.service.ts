import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AccountCredentialsPayload,
  AccountIdPayload,
  AccountStatus,
  ClientsEvents,
  ConnectAccountPayload,
  ListAccountsPayload,
  Network,
  Page,
  ReconnectAccountPayload,
  SocialAccountView,
} from '@relais/contracts';
import { badInput, conflict } from '@relais/server-errors';
import {
  Actor,
  decodeCursor,
  encodeCursor,
  isUniqueViolation,
  pageOf,
  pageSize,
  TenantTransactions,
} from '@relais/server-database';
import { AuditAction } from '../audit/audit-action';
import { brandNamesOf, findVisibleBrand } from '../brands/brand.repository';
import { Permission } from '../core/role-rules';
import { authorize } from '../core/actor';
import { AccountChanges, ChangeAuthor } from './account-changes.service';
import { AccountConnectionEntity } from './account-connection.entity';
import { connectedElsewhere, connectedToOtherBrand, idempotencyKeyReused } from './account-refusals';
import { CredentialsCipher } from './credentials-cipher';
import {
  NEEDS_INSTANCE,
  networkAccountKey,
  NetworkAccountKey,
  normalizeInstanceUrl,
} from './network-account';
import {
  claimNetworkAccount,
  countLiveAccounts,
  deleteConnection,
  findAccountByIdempotencyKey,
  findLiveAccounts,
  findVisibleAccount,
  insertAccount,
  insertConnection,
  liveAccountsOf,
  lockConnection,
  lockConnectionOf,
  markConnectionShared,
  releaseNetworkAccount,
  setConnectionStatus,
  storeConnectionCredentials,
  updateAccount,
  widenToAgency,
} from './social-account.repository';
import { AccountRecord, toSocialAccountView } from './social-account.view';

function authorOf(actor: Actor): ChangeAuthor {
  return { envelope: actor.envelope, agencyId: actor.agencyId, userId: actor.userId };
}

/**
 * Connecting, reconnecting and disconnecting a brand's social accounts. A network account belongs to
 * one agency at a time (its claim) and, within it, to one brand unless connected with `share`: the
 * brands sharing it then use one connection, with one set of credentials.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: CredentialsCipher,
    private readonly changes: AccountChanges,
  ) {}

  async get(actor: Actor, payload: AccountIdPayload): Promise<SocialAccountView> {
    authorize(actor, Permission.ReadAccounts);
    return this.transactions.run(actor.scope, async (manager) =>
      toSocialAccountView(await findVisibleAccount(manager, actor.agencyId, payload.id)),
    );
  }

  /**
   * The live (not disconnected) accounts in scope, by network then handle. A `brandId` the caller
   * cannot see (missing, another agency's, outside their brand scope) answers NOT_FOUND; `brandIds`
   * keeps the accounts of those brands, and a brand the caller cannot see simply adds none.
   */
  async list(actor: Actor, payload: ListAccountsPayload): Promise<Page<SocialAccountView>> {
    authorize(actor, Permission.ReadAccounts);
    const first = pageSize(payload);
    const after = payload.after ? decodeCursor(payload.after, 3) : null;
    const filter = { brandId: payload.brandId ?? null, brandIds: payload.brandIds ?? null };
    return this.transactions.run(actor.scope, async (manager) => {
      if (payload.brandId) await findVisibleBrand(manager, actor.agencyId, payload.brandId);
      const rows = await findLiveAccounts(manager, actor.agencyId, filter, after, first + 1);
      const count = await countLiveAccounts(manager, actor.agencyId, filter);
      const page = pageOf(rows, first, (row) => encodeCursor([row.network, row.sortHandle, row.id]), count);
      return { ...page, items: page.items.map(toSocialAccountView) };
    });
  }

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
      const idempotencyKey = payload.idempotencyKey ?? null;
      const earlier = idempotencyKey
        ? await findAccountByIdempotencyKey(manager, actor.agencyId, idempotencyKey)
        : null;
      if (earlier) return toSocialAccountView(earlier);

      const brand = await findVisibleBrand(manager, actor.agencyId, payload.brandId);
      authorize(actor, Permission.ManageAccounts);
      if (brand.archivedAt) throw conflict('This brand is archived; restore it before connecting accounts');
      const input: AttachInput = {
        network: payload.network,
        handle: payload.handle,
        externalId: payload.externalId,
        displayName: payload.displayName,
        instanceUrl: payload.instanceUrl ?? null,
        credentials: payload.credentials,
        share: payload.share ?? false,
      };
      return toSocialAccountView(
        await this.attach(manager, authorOf(actor), brand.id, input, idempotencyKey),
      );
    });
  }

  /**
   * Connects a network account to a brand already found in the caller's scope, inside the caller's
   * transaction: claims it for the agency, then a connection of its own, fresh credentials for the
   * brand that has it, or (with `share`) one more brand on it. Another brand holding it without
   * `share` is refused, naming that brand.
   */
  async attach(
    manager: EntityManager,
    author: ChangeAuthor,
    brandId: string,
    input: AttachInput,
    idempotencyKey: string | null = null,
  ): Promise<AccountRecord> {
    const instanceUrl = normalizeInstanceUrl(input.instanceUrl);
    const key = networkAccountKey(input.network, input.externalId, instanceUrl);
    if (!(await claimNetworkAccount(manager, key))) throw connectedElsewhere();
    // A concurrent connect with the same key held the claim first: its account is the answer.
    const concurrent = idempotencyKey
      ? await findAccountByIdempotencyKey(manager, author.agencyId, idempotencyKey)
      : null;
    if (concurrent) return concurrent;

    await widenToAgency(manager);
    const existing = await lockConnectionOf(manager, author.agencyId, key);
    const request: ConnectRequest = { author, input, brandId, instanceUrl, idempotencyKey };
    if (!existing) return this.connectNew(manager, request, key);

    const linked = await liveAccountsOf(manager, existing.id);
    const own = linked.find((account) => account.brandId === brandId);
    if (own) return this.renew(manager, request, existing, linked, own);
    if (!input.share) {
      const holders = linked.map((each) => each.brandId);
      throw connectedToOtherBrand(await brandNamesOf(manager, holders));
    }
    return this.share(manager, request, existing, linked);
  }

  async reconnect(actor: Actor, payload: ReconnectAccountPayload): Promise<SocialAccountView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const account = await findVisibleAccount(manager, actor.agencyId, payload.id);
      authorize(actor, Permission.ManageAccounts);
      return toSocialAccountView(
        await this.renewCredentials(manager, authorOf(actor), account, payload.credentials),
      );
    });
  }

  /** Fresh credentials for an account found in the caller's scope (every brand sharing it uses them). */
  async renewCredentials(
    manager: EntityManager,
    author: ChangeAuthor,
    account: AccountRecord,
    credentials: AccountCredentialsPayload,
  ): Promise<AccountRecord> {
    if (!account.connectionId) {
      throw conflict('This account was disconnected; connect it again instead');
    }
    await widenToAgency(manager);
    await lockConnection(manager, account.connectionId);
    await storeConnectionCredentials(manager, this.cipher, account.connectionId, credentials);
    await setConnectionStatus(manager, account.connectionId, AccountStatus.Connected, null);
    const linked = await liveAccountsOf(manager, account.connectionId);
    const updated = linked.find((each) => each.id === account.id) as AccountRecord;
    await this.changes.audited(manager, author, AuditAction.AccountReconnected, updated);
    await this.changes.announce(manager, author, ClientsEvents.accountReconnected, linked, linked[0].id);
    return updated;
  }

  /**
   * Ends this brand's use of the account. The last brand to let it go erases the credentials and
   * releases the claim, so that any agency may connect the account again.
   */
  async disconnect(actor: Actor, payload: AccountIdPayload): Promise<SocialAccountView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const account = await findVisibleAccount(manager, actor.agencyId, payload.id);
      authorize(actor, Permission.ManageAccounts);
      if (!account.connectionId) return toSocialAccountView(account);
      const key = networkAccountKey(account.network, account.externalId, account.instanceUrl);
      // The claim first, then the connection: the order connect takes them in.
      await claimNetworkAccount(manager, key);
      await widenToAgency(manager);
      const connection = await lockConnection(manager, account.connectionId);
      const before = await liveAccountsOf(manager, connection.id);
      const now = new Date();
      await updateAccount(manager, account.id, {
        status: AccountStatus.Disconnected,
        connectionId: null,
        shared: false,
        disconnectedAt: now,
        updatedAt: now,
      });
      const remaining = before.filter((each) => each.id !== account.id);
      await this.letGo(manager, connection, remaining, key);

      const disconnected = await findVisibleAccount(manager, actor.agencyId, account.id);
      await this.changes.audited(manager, authorOf(actor), AuditAction.AccountDisconnected, disconnected);
      await this.changes.announce(
        manager,
        authorOf(actor),
        ClientsEvents.accountDisconnected,
        [disconnected],
        null,
      );
      if (remaining.length > 0 && before[0].id === account.id) {
        // The refresh of the tokens moves to the brand that keeps them.
        await this.changes.announce(
          manager,
          authorOf(actor),
          ClientsEvents.accountReconnected,
          [remaining[0]],
          remaining[0].id,
        );
      }
      return toSocialAccountView(disconnected);
    });
  }

  private async letGo(
    manager: EntityManager,
    connection: AccountConnectionEntity,
    remaining: readonly AccountRecord[],
    key: NetworkAccountKey,
  ): Promise<void> {
    if (remaining.length === 0) {
      await deleteConnection(manager, connection.id);
      await releaseNetworkAccount(manager, key);
    } else if (remaining.length === 1) {
      await updateAccount(manager, remaining[0].id, { shared: false });
    }
  }

  /** The account is new to the agency: a connection of its own. */
  private async connectNew(
    manager: EntityManager,
    request: ConnectRequest,
    key: NetworkAccountKey,
  ): Promise<AccountRecord> {
    const connectionId = randomUUID();
    await insertConnection(manager, this.cipher, {
      id: connectionId,
      agencyId: request.author.agencyId,
      key,
      credentials: request.input.credentials,
    });
    const account = await this.insertAccount(manager, request, connectionId, false);
    await this.changes.audited(manager, request.author, AuditAction.AccountConnected, account);
    await this.changes.announce(
      manager,
      request.author,
      ClientsEvents.accountConnected,
      [account],
      account.id,
    );
    return account;
  }

  /** Connected again to the same brand: fresh credentials (for every brand sharing them), never a second account. */
  private async renew(
    manager: EntityManager,
    request: ConnectRequest,
    connection: AccountConnectionEntity,
    linked: readonly AccountRecord[],
    own: AccountRecord,
  ): Promise<AccountRecord> {
    const { input } = request;
    await storeConnectionCredentials(manager, this.cipher, connection.id, input.credentials);
    await setConnectionStatus(manager, connection.id, AccountStatus.Connected, null);
    await updateAccount(manager, own.id, {
      handle: input.handle,
      ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
      instanceUrl: request.instanceUrl,
      updatedAt: new Date(),
    });
    const accounts = await liveAccountsOf(manager, connection.id);
    const updated = accounts.find((each) => each.id === own.id) as AccountRecord;
    await this.changes.audited(manager, request.author, AuditAction.AccountReconnected, updated);
    await this.changes.announce(
      manager,
      request.author,
      ClientsEvents.accountReconnected,
      accounts,
      linked[0].id,
    );
    return updated;
  }

  /** Shared on purpose with another brand: one more brand on the same connection, with the fresh credentials. */
  private async share(
    manager: EntityManager,
    request: ConnectRequest,
    connection: AccountConnectionEntity,
    linked: readonly AccountRecord[],
  ): Promise<AccountRecord> {
    await storeConnectionCredentials(manager, this.cipher, connection.id, request.input.credentials);
    await setConnectionStatus(manager, connection.id, AccountStatus.Connected, null);
    const account = await this.insertAccount(manager, request, connection.id, true);
    await markConnectionShared(manager, connection.id);
    const accounts = await liveAccountsOf(manager, connection.id);
    const others = accounts.filter((each) => each.id !== account.id);
    const author = request.author;
    await this.changes.audited(manager, author, AuditAction.AccountConnected, account, {
      sharedWith: others.map((each) => each.brandId),
    });
    await this.changes.announce(manager, author, ClientsEvents.accountConnected, [account], linked[0].id);
    await this.changes.announce(manager, author, ClientsEvents.accountReconnected, others, linked[0].id);
    return accounts.find((each) => each.id === account.id) as AccountRecord;
  }

  private async insertAccount(
    manager: EntityManager,
    request: ConnectRequest,
    connectionId: string,
    shared: boolean,
  ): Promise<AccountRecord> {
    const { author, input } = request;
    const id = randomUUID();
    const now = new Date();
    try {
      await insertAccount(manager, {
        id,
        agencyId: author.agencyId,
        brandId: request.brandId,
        network: input.network,
        handle: input.handle,
        externalId: input.externalId,
        displayName: input.displayName ?? null,
        instanceUrl: request.instanceUrl,
        status: AccountStatus.Connected,
        statusReason: null,
        connectedAt: now,
        updatedAt: now,
        disconnectedAt: null,
        idempotencyKey: request.idempotencyKey,
        connectionId,
        shared,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'social_accounts_agency_idempotency_key')) throw idempotencyKeyReused();
      throw error;
    }
    return findVisibleAccount(manager, author.agencyId, id);
  }
}

/** A network account to connect, with the tokens its network gave. */
export interface AttachInput {
  network: Network;
  handle: string;
  externalId: string;
  displayName?: string | null;
  instanceUrl: string | null;
  credentials: AccountCredentialsPayload;
  share: boolean;
}

interface ConnectRequest {
  author: ChangeAuthor;
  input: AttachInput;
  brandId: string;
  instanceUrl: string | null;
  idempotencyKey: string | null;
}
