import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  ConnectLinkIdPayload,
  ConnectLinkPublicView,
  ConnectLinkTokenPayload,
  ConnectLinkView,
  CreateConnectLinkPayload,
  Envelope,
  ListConnectLinksPayload,
  Network,
  systemEnvelope,
} from '@relais/contracts';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '@relais/server-errors';
import { Actor, actorFrom, TenantScope, TenantTransactions } from '@relais/server-database';
import { ChangeAuthor } from '../accounts/account-changes.service';
import { liveAccountsOfBrand } from '../accounts/social-account.repository';
import { findAgencyOrFail } from '../agencies/agency.repository';
import { AuditAction } from '../audit/audit-action';
import { AuditRepository } from '../audit/audit.repository';
import { findVisibleBrand } from '../brands/brand.repository';
import { CLIENTS_CONFIG, ClientsConfig } from '../config';
import { authorize } from '../core/actor';
import { Permission } from '../core/role-rules';
import { ConnectLinkEntity } from './connect-link.entity';
import {
  findVisibleLink,
  insertLink,
  linkOfToken,
  linksOfBrand,
  updateLink,
} from './connect-link.repository';
import { newLinkToken, secretHash } from './connection-secrets';
import { toConnectLinkView } from './connection.view';

const DEFAULT_LINK_HOURS = 72;

/**
 * Who acts on a connection: an agency member through their session, or whoever holds a brand's connect
 * link (no login; only that brand, only the link's networks).
 */
export interface ConnectionActor {
  readonly scope: TenantScope;
  readonly agencyId: string;
  readonly userId: string | null;
  readonly link: ConnectLinkEntity | null;
  readonly author: ChangeAuthor;
  /**
   * The signed-in member, whose role must allow connecting accounts: checked once the brand or the
   * connection is found visible, so a brand the caller cannot see answers NOT_FOUND as everywhere.
   */
  readonly member: Actor | null;
}

/** Connect links: created, listed and revoked by the agency; opened by the person they are sent to. */
@Injectable()
export class ConnectLinksService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditRepository,
    @Inject(CLIENTS_CONFIG) private readonly config: ClientsConfig,
  ) {}

  /**
   * The session's member (who must be allowed to connect accounts) or, with `linkToken`, the link's
   * holder; never both. A revoked or expired link is refused saying so.
   */
  async actorOf(envelope: Envelope, linkToken: string | undefined): Promise<ConnectionActor> {
    if (linkToken === undefined) {
      const actor = actorFrom(envelope);
      return {
        scope: actor.scope,
        agencyId: actor.agencyId,
        userId: actor.userId,
        link: null,
        author: { envelope, agencyId: actor.agencyId, userId: actor.userId },
        member: actor,
      };
    }
    if (envelope.userId) {
      throw badInput([
        { field: 'linkToken', message: 'give either a signed-in session or a link token, not both' },
      ]);
    }
    const link = await this.openToken(linkToken);
    return {
      scope: { agencyId: link.agencyId, userId: null, brandIds: [link.brandId] },
      agencyId: link.agencyId,
      userId: null,
      link,
      author: {
        envelope: systemEnvelope(envelope.correlationId, link.agencyId),
        agencyId: link.agencyId,
        userId: null,
      },
      member: null,
    };
  }

  async createLink(envelope: Envelope, payload: CreateConnectLinkPayload): Promise<ConnectLinkView> {
    const actor = actorFrom(envelope);
    const token = newLinkToken();
    const hours = payload.expiresInHours ?? DEFAULT_LINK_HOURS;
    return this.transactions.run(actor.scope, async (manager) => {
      const brand = await findVisibleBrand(manager, actor.agencyId, payload.brandId);
      authorize(actor, Permission.ManageAccounts);
      if (brand.archivedAt) throw conflict('This brand is archived; restore it before connecting accounts');
      const now = new Date();
      const link: ConnectLinkEntity = {
        id: randomUUID(),
        agencyId: actor.agencyId,
        brandId: brand.id,
        tokenHash: secretHash(token),
        networks: payload.networks ?? Object.values(Network),
        recipientEmail: payload.recipientEmail ?? null,
        createdBy: actor.userId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + hours * 3600_000),
        revokedAt: null,
      };
      await insertLink(manager, link);
      await this.audit.record(manager, {
        agencyId: actor.agencyId,
        actorUserId: actor.userId,
        action: AuditAction.ConnectLinkCreated,
        targetType: 'connect_link',
        targetId: link.id,
        details: {
          brandId: brand.id,
          networks: link.networks,
          recipientEmail: link.recipientEmail,
          expiresAt: link.expiresAt.toISOString(),
        },
      });
      return toConnectLinkView(link, `${this.config.CONNECT_LINK_BASE_URL}/${token}`);
    });
  }

  async listLinks(envelope: Envelope, payload: ListConnectLinksPayload): Promise<ConnectLinkView[]> {
    const actor = actorFrom(envelope);
    return this.transactions.run(actor.scope, async (manager) => {
      await findVisibleBrand(manager, actor.agencyId, payload.brandId);
      authorize(actor, Permission.ManageAccounts);
      const links = await linksOfBrand(manager, actor.agencyId, payload.brandId);
      return links.map((link) => toConnectLinkView(link));
    });
  }

  async revokeLink(envelope: Envelope, payload: ConnectLinkIdPayload): Promise<ConnectLinkView> {
    const actor = actorFrom(envelope);
    return this.transactions.run(actor.scope, async (manager) => {
      const link = await findVisibleLink(manager, actor.agencyId, payload.id);
      authorize(actor, Permission.ManageAccounts);
      if (link.revokedAt) return toConnectLinkView(link);
      link.revokedAt = new Date();
      await updateLink(manager, link.id, { revokedAt: link.revokedAt });
      await this.audit.record(manager, {
        agencyId: actor.agencyId,
        actorUserId: actor.userId,
        action: AuditAction.ConnectLinkRevoked,
        targetType: 'connect_link',
        targetId: link.id,
        details: { brandId: link.brandId },
      });
      return toConnectLinkView(link);
    });
  }

  /** Public: what the link's page shows (the brand, the agency, the networks, what is connected). */
  async openLink(payload: ConnectLinkTokenPayload): Promise<ConnectLinkPublicView> {
    const link = await this.openToken(payload.linkToken);
    const scope = { agencyId: link.agencyId, userId: null, brandIds: [link.brandId] };
    return this.transactions.run(scope, async (manager) => {
      const brand = await findVisibleBrand(manager, link.agencyId, link.brandId);
      const agency = await findAgencyOrFail(manager, link.agencyId);
      const accounts = await liveAccountsOfBrand(manager, link.agencyId, link.brandId);
      return {
        brandName: brand.name,
        agencyName: agency.name,
        networks: link.networks,
        expiresAt: link.expiresAt.toISOString(),
        accounts: accounts.map((account) => ({
          network: account.network as Network,
          handle: account.handle,
          status: account.status,
        })),
      };
    });
  }

  /** The link a token opens, if still valid. */
  private async openToken(token: string): Promise<ConnectLinkEntity> {
    const found = await this.transactions.runSystem((manager) => linkOfToken(manager, secretHash(token)));
    if (!found) throw unauthenticated('This connect link is not valid');
    const scope = { agencyId: found.agencyId, userId: null, brandIds: [found.brandId] };
    const link = await this.transactions.run(scope, async (manager) => {
      try {
        return await findVisibleLink(manager, found.agencyId, found.id);
      } catch {
        throw notFound('connect link');
      }
    });
    if (link.revokedAt) throw forbidden('This connect link was revoked; ask the agency for a new one');
    if (link.expiresAt.getTime() <= Date.now()) {
      throw forbidden('This connect link has expired; ask the agency for a new one');
    }
    return link;
  }
}
