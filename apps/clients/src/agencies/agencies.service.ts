import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AgencyView, Locale, UpdateAgencyPayload } from '@relais/contracts';
import { conflict, notFound } from '@relais/server-errors';
import { Actor, TenantTransactions } from '@relais/server-database';
import { AuditAction } from '../audit/audit-action';
import { AuditRepository } from '../audit/audit.repository';
import { Permission } from '../core/role-rules';
import { authorize } from '../core/actor';
import { firstFreeSlug, slugFamilyPattern, slugify } from '../core/slug';
import { AgencyEntity } from './agency.entity';
import {
  agencySlugsLike,
  findAgency,
  findAgencyOrFail,
  insertAgencyIfFree,
  updateAgency,
} from './agency.repository';
import { toAgencyView } from './agency.view';

const SLUG_ATTEMPTS = 5;

@Injectable()
export class AgenciesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * Creates an agency in the caller's transaction (whose tenant is the new agency's id) with a slug
   * unique across agencies: `lumiere`, then `lumiere-2`... A slug taken meanwhile by a concurrent
   * sign-up is skipped rather than failing the transaction.
   */
  async create(
    manager: EntityManager,
    agency: { id: string; name: string; defaultLocale: Locale },
  ): Promise<AgencyEntity> {
    const base = slugify(agency.name, 'agency');
    const taken = await agencySlugsLike(manager, slugFamilyPattern(base));
    for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
      const slug = firstFreeSlug(base, taken);
      if (await insertAgencyIfFree(manager, { ...agency, slug })) return findAgencyOrFail(manager, agency.id);
      taken.add(slug);
    }
    throw conflict('Could not give the agency a unique address; try again');
  }

  async get(actor: Actor): Promise<AgencyView> {
    return this.transactions.run(actor.scope, async (manager) =>
      toAgencyView(await this.load(manager, actor)),
    );
  }

  async update(actor: Actor, payload: UpdateAgencyPayload): Promise<AgencyView> {
    authorize(actor, Permission.UpdateAgency);
    return this.transactions.run(actor.scope, async (manager) => {
      const agency = await this.load(manager, actor);
      const changes: Partial<AgencyEntity> = {};
      if (payload.name !== undefined && payload.name !== agency.name) changes.name = payload.name;
      if (payload.defaultLocale !== undefined && payload.defaultLocale !== agency.defaultLocale) {
        changes.defaultLocale = payload.defaultLocale;
      }
      if (Object.keys(changes).length === 0) return toAgencyView(agency);
      await updateAgency(manager, agency.id, changes);
      await this.audit.record(manager, {
        agencyId: agency.id,
        actorUserId: actor.userId,
        action: AuditAction.AgencyUpdated,
        targetType: 'agency',
        targetId: agency.id,
        details: { changed: Object.keys(changes) },
      });
      return toAgencyView({ ...agency, ...changes });
    });
  }

  private async load(manager: EntityManager, actor: Actor): Promise<AgencyEntity> {
    const agency = await findAgency(manager, actor.agencyId);
    if (!agency) throw notFound('agency');
    return agency;
  }
}
