import { BrandView } from '@relais/contracts';
import { BrandEntity } from './brand.entity';

export function toBrandView(brand: BrandEntity): BrandView {
  return {
    id: brand.id,
    name: brand.name,
    slug: brand.slug,
    timezone: brand.timezone,
    defaultLanguage: brand.defaultLanguage,
    targetMarkets: brand.targetMarkets,
    guidelines: {
      toneNotes: brand.guidelines.toneNotes,
      requiredHashtags: brand.guidelines.requiredHashtags,
      bannedWords: brand.guidelines.bannedWords,
    },
    archived: brand.archivedAt !== null,
    createdAt: brand.createdAt.toISOString(),
    updatedAt: brand.updatedAt.toISOString(),
  };
}

/** Brand columns under the entity's property names, for hand-written queries. */
export const BRAND_COLUMNS = `b.id, b.agency_id AS "agencyId", b.name, b.slug, b.timezone,
  b.default_language AS "defaultLanguage", b.target_markets AS "targetMarkets", b.guidelines,
  b.archived_at AS "archivedAt", b.idempotency_key AS "idempotencyKey", b.created_at AS "createdAt",
  b.updated_at AS "updatedAt"`;
