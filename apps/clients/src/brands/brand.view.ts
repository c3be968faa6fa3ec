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
      // Brands saved before the guideline existed have no such key: off.
      requireAltText: brand.guidelines.requireAltText === true,
    },
    archived: brand.archivedAt !== null,
    createdAt: brand.createdAt.toISOString(),
    updatedAt: brand.updatedAt.toISOString(),
  };
}
