import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  BrandChangedEvent,
  BrandIdPayload,
  BrandView,
  ClientsEvent,
  ClientsEvents,
  CreateBrandPayload,
  UpdateBrandPayload,
} from '@relais/contracts';
import { conflict, notFound } from '@relais/server-errors';
import { Actor, isUniqueViolation, TenantTransactions } from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { AuditAction } from '../audit/audit-action';
import { AuditRecorder } from '../audit/audit-recorder.service';
import { Permission } from '../memberships/role-rules';
import { authorize } from '../core/actor';
import { firstFreeSlug, slugFamilyPattern, slugify } from '../core/slug';
import { BrandEntity } from './brand.entity';
import { toBrandView } from './brand.view';

const SLUG_ATTEMPTS = 5;
const SLUG_TAKEN = [
  { field: 'slug', message: 'is already used by another brand of the agency', constraint: 'taken' },
];

/** A brand visible to the transaction's scope (agency and brand scope), or NOT_FOUND. */
export async function findVisibleBrand(
  manager: EntityManager,
  agencyId: string,
  id: string,
): Promise<BrandEntity> {
  const brand = await manager.findOneBy(BrandEntity, { id, agencyId });
  if (!brand) throw notFound('brand');
  return brand;
}

@Injectable()
export class BrandsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditRecorder,
    private readonly outbox: Outbox,
  ) {}

  async create(actor: Actor, payload: CreateBrandPayload): Promise<BrandView> {
    authorize(actor, Permission.ManageBrands);
    return this.transactions.run(actor.scope, async (manager) => {
      const key = payload.idempotencyKey ?? null;
      const earlier = key
        ? await manager.findOneBy(BrandEntity, { agencyId: actor.agencyId, idempotencyKey: key })
        : null;
      if (earlier) return toBrandView(earlier);

      const id = randomUUID();
      const base = payload.slug ?? slugify(payload.name, 'brand');
      const taken = payload.slug ? new Set<string>() : await this.slugsLike(manager, actor.agencyId, base);
      for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
        const slug = payload.slug ?? firstFreeSlug(base, taken);
        const inserted = await manager.query<{ id: string }[]>(
          `INSERT INTO clients.brands
             (id, agency_id, name, slug, timezone, default_language, target_markets, guidelines, idempotency_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT DO NOTHING RETURNING id`,
          [
            id,
            actor.agencyId,
            payload.name,
            slug,
            payload.timezone,
            payload.defaultLanguage,
            payload.targetMarkets,
            JSON.stringify(payload.guidelines),
            key,
          ],
        );
        if (inserted.length > 0) {
          const brand = await manager.findOneByOrFail(BrandEntity, { id });
          await this.recordChange(
            manager,
            actor,
            brand,
            AuditAction.BrandCreated,
            ClientsEvents.brandCreated,
          );
          return toBrandView(brand);
        }
        const concurrent = key
          ? await manager.findOneBy(BrandEntity, { agencyId: actor.agencyId, idempotencyKey: key })
          : null;
        if (concurrent) return toBrandView(concurrent);
        if (payload.slug) throw conflict('Another brand already uses this slug', SLUG_TAKEN);
        taken.add(slug);
      }
      throw conflict('Could not find a free slug for this brand; choose one', SLUG_TAKEN);
    });
  }

  async update(actor: Actor, payload: UpdateBrandPayload): Promise<BrandView> {
    try {
      return await this.transactions.run(actor.scope, async (manager) => {
        const brand = await findVisibleBrand(manager, actor.agencyId, payload.id);
        authorize(actor, Permission.ManageBrands);
        if (brand.archivedAt) throw conflict('This brand is archived; restore it before changing it');
        const changes = changedFields(brand, payload);
        if (Object.keys(changes).length === 0) return toBrandView(brand);
        await manager.update(BrandEntity, { id: brand.id }, changes);
        const updated = await manager.findOneByOrFail(BrandEntity, { id: brand.id });
        await this.recordChange(
          manager,
          actor,
          updated,
          AuditAction.BrandUpdated,
          ClientsEvents.brandUpdated,
          {
            changed: Object.keys(changes),
          },
        );
        return toBrandView(updated);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'brands_agency_slug_key')) {
        throw conflict('Another brand already uses this slug', SLUG_TAKEN);
      }
      throw error;
    }
  }

  async archive(actor: Actor, payload: BrandIdPayload): Promise<BrandView> {
    return this.setArchived(actor, payload.id, true);
  }

  async restore(actor: Actor, payload: BrandIdPayload): Promise<BrandView> {
    return this.setArchived(actor, payload.id, false);
  }

  async get(actor: Actor, payload: BrandIdPayload): Promise<BrandView> {
    authorize(actor, Permission.ReadBrands);
    return this.transactions.run(actor.scope, async (manager) =>
      toBrandView(await findVisibleBrand(manager, actor.agencyId, payload.id)),
    );
  }

  private async setArchived(actor: Actor, id: string, archived: boolean): Promise<BrandView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const brand = await findVisibleBrand(manager, actor.agencyId, id);
      authorize(actor, Permission.ManageBrands);
      if ((brand.archivedAt !== null) === archived) return toBrandView(brand);
      await manager.update(BrandEntity, { id }, { archivedAt: archived ? new Date() : null });
      const updated = await manager.findOneByOrFail(BrandEntity, { id });
      await this.recordChange(
        manager,
        actor,
        updated,
        archived ? AuditAction.BrandArchived : AuditAction.BrandRestored,
        archived ? ClientsEvents.brandArchived : ClientsEvents.brandRestored,
      );
      return toBrandView(updated);
    });
  }

  private async slugsLike(manager: EntityManager, agencyId: string, base: string): Promise<Set<string>> {
    const rows = await manager.query<{ slug: string }[]>(
      `SELECT slug FROM clients.brands WHERE agency_id = $1 AND slug LIKE $2`,
      [agencyId, slugFamilyPattern(base)],
    );
    return new Set(rows.map((row) => row.slug));
  }

  private async recordChange(
    manager: EntityManager,
    actor: Actor,
    brand: BrandEntity,
    action: AuditAction,
    subject: ClientsEvent,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await this.audit.record(manager, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      action,
      targetType: 'brand',
      targetId: brand.id,
      details: { name: brand.name, ...details },
    });
    const event: BrandChangedEvent = {
      brandId: brand.id,
      name: brand.name,
      timezone: brand.timezone,
      archived: brand.archivedAt !== null,
    };
    await this.outbox.add(manager, { subject, envelope: actor.envelope, data: event });
  }
}

function changedFields(brand: BrandEntity, payload: UpdateBrandPayload): Partial<BrandEntity> {
  const changes: Partial<BrandEntity> = {};
  if (payload.name !== undefined && payload.name !== brand.name) changes.name = payload.name;
  if (payload.slug !== undefined && payload.slug !== brand.slug) changes.slug = payload.slug;
  if (payload.timezone !== undefined && payload.timezone !== brand.timezone)
    changes.timezone = payload.timezone;
  if (payload.defaultLanguage !== undefined && payload.defaultLanguage !== brand.defaultLanguage) {
    changes.defaultLanguage = payload.defaultLanguage;
  }
  if (payload.targetMarkets !== undefined && !sameList(payload.targetMarkets, brand.targetMarkets)) {
    changes.targetMarkets = payload.targetMarkets;
  }
  if (payload.guidelines !== undefined) {
    const next = {
      toneNotes: payload.guidelines.toneNotes,
      requiredHashtags: payload.guidelines.requiredHashtags,
      bannedWords: payload.guidelines.bannedWords,
    };
    const current = brand.guidelines;
    const same =
      next.toneNotes === current.toneNotes &&
      sameList(next.requiredHashtags, current.requiredHashtags) &&
      sameList(next.bannedWords, current.bannedWords);
    if (!same) changes.guidelines = next;
  }
  return changes;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
