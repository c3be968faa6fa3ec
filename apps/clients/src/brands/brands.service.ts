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
  ListBrandsPayload,
  Page,
  UpdateBrandPayload,
} from '@relais/contracts';
import { conflict } from '@relais/server-errors';
import {
  Actor,
  containsPattern,
  decodeCursor,
  encodeCursor,
  isUniqueViolation,
  pageOf,
  pageSize,
  TenantTransactions,
} from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { AuditAction } from '../audit/audit-action';
import { AuditRepository } from '../audit/audit.repository';
import { Permission } from '../core/role-rules';
import { authorize } from '../core/actor';
import { firstFreeSlug, slugFamilyPattern, slugify } from '../core/slug';
import { BrandEntity } from './brand.entity';
import {
  brandSlugsLike,
  countBrands,
  findBrand,
  findBrandByIdempotencyKey,
  findBrands,
  findVisibleBrand,
  insertBrandIfFree,
  updateBrand,
} from './brand.repository';
import { toBrandView } from './brand.view';

const SLUG_ATTEMPTS = 5;
const SLUG_TAKEN = [
  { field: 'slug', message: 'is already used by another brand of the agency', constraint: 'taken' },
];

@Injectable()
export class BrandsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditRepository,
    private readonly outbox: Outbox,
  ) {}

  async create(actor: Actor, payload: CreateBrandPayload): Promise<BrandView> {
    authorize(actor, Permission.ManageBrands);
    return this.transactions.run(actor.scope, async (manager) => {
      const key = payload.idempotencyKey ?? null;
      const earlier = key ? await findBrandByIdempotencyKey(manager, actor.agencyId, key) : null;
      if (earlier) return toBrandView(earlier);

      const id = randomUUID();
      const base = payload.slug ?? slugify(payload.name, 'brand');
      const taken = payload.slug
        ? new Set<string>()
        : await brandSlugsLike(manager, actor.agencyId, slugFamilyPattern(base));
      for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
        const slug = payload.slug ?? firstFreeSlug(base, taken);
        const brandRow = { id, agencyId: actor.agencyId, slug, idempotencyKey: key };
        if (await insertBrandIfFree(manager, brandRow, payload)) {
          const brand = await findBrand(manager, id);
          await this.recordChange(
            manager,
            actor,
            brand,
            AuditAction.BrandCreated,
            ClientsEvents.brandCreated,
          );
          return toBrandView(brand);
        }
        const concurrent = key ? await findBrandByIdempotencyKey(manager, actor.agencyId, key) : null;
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
        const updated = await updateBrand(manager, brand.id, changes);
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

  /** Brands the actor may see (row-level security applies the brand scope), by name. */
  async list(actor: Actor, payload: ListBrandsPayload): Promise<Page<BrandView>> {
    authorize(actor, Permission.ReadBrands);
    const first = pageSize(payload);
    const after = payload.after ? (decodeCursor(payload.after, 2).map(String) as [string, string]) : null;
    const search = payload.search?.trim() ? containsPattern(payload.search.trim()) : null;
    const filter = { includeArchived: payload.includeArchived ?? false, search };
    return this.transactions.run(actor.scope, async (manager) => {
      const rows = await findBrands(manager, actor.agencyId, filter, after, first + 1);
      const count = await countBrands(manager, actor.agencyId, filter);
      const page = pageOf(rows, first, (row) => encodeCursor([row.sortName, row.id]), count);
      return { ...page, items: page.items.map(toBrandView) };
    });
  }

  private async setArchived(actor: Actor, id: string, archived: boolean): Promise<BrandView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const brand = await findVisibleBrand(manager, actor.agencyId, id);
      authorize(actor, Permission.ManageBrands);
      if ((brand.archivedAt !== null) === archived) return toBrandView(brand);
      const updated = await updateBrand(manager, id, { archivedAt: archived ? new Date() : null });
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
      requireAltText: payload.guidelines.requireAltText ?? brand.guidelines.requireAltText === true,
    };
    const current = brand.guidelines;
    const same =
      next.toneNotes === current.toneNotes &&
      sameList(next.requiredHashtags, current.requiredHashtags) &&
      sameList(next.bannedWords, current.bannedWords) &&
      next.requireAltText === (current.requireAltText === true);
    if (!same) changes.guidelines = next;
  }
  return changes;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
