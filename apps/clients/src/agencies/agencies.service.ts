import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AgencyView, Locale, UpdateAgencyPayload } from '@relais/contracts';
import { conflict, notFound } from '@relais/server-errors';
import { Actor, TenantTransactions } from '@relais/server-database';
import { AuditAction } from '../audit/audit-action';
import { AuditRecorder } from '../audit/audit-recorder.service';
import { Permission } from '../memberships/role-rules';
import { authorize } from '../core/actor';
import { firstFreeSlug, slugFamilyPattern, slugify } from '../core/slug';
import { AgencyEntity } from './agency.entity';
import { toAgencyView } from './agency.view';

const SLUG_ATTEMPTS = 5;

@Injectable()
export class AgenciesService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditRecorder,
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
    const existing = await manager.query<{ slug: string }[]>(
      `SELECT s AS slug FROM clients.agency_slugs_like($1) s`,
      [slugFamilyPattern(base)],
    );
    const taken = new Set(existing.map((row) => row.slug));
    for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
      const slug = firstFreeSlug(base, taken);
      const inserted = await manager.query<{ id: string }[]>(
        `INSERT INTO clients.agencies (id, name, slug, default_locale) VALUES ($1, $2, $3, $4)
         ON CONFLICT (slug) DO NOTHING RETURNING id`,
        [agency.id, agency.name, slug, agency.defaultLocale],
      );
      if (inserted.length > 0) return manager.findOneByOrFail(AgencyEntity, { id: agency.id });
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
      await manager.update(AgencyEntity, { id: agency.id }, changes);
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
    const agency = await manager.findOneBy(AgencyEntity, { id: actor.agencyId });
    if (!agency) throw notFound('agency');
    return agency;
  }
}
