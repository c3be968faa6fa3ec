import type { BrandFieldsFragment, CreateBrandInput, UpdateBrandInput } from '@relais/web-graphql';
import { localeFromLanguage, type UiLanguage } from '../i18n/language';
import type { BrandFormValues } from './brand-form-schema';
import { browserTimezone } from './timezones';

export function emptyBrandValues(language: UiLanguage): BrandFormValues {
  return {
    name: '',
    slug: '',
    timezone: browserTimezone(),
    defaultLanguage: localeFromLanguage(language),
    targetMarkets: [],
    guidelines: { toneNotes: '', requiredHashtags: [], bannedWords: [], requireAltText: false },
  };
}

export function brandToFormValues(brand: BrandFieldsFragment): BrandFormValues {
  return {
    name: brand.name,
    slug: brand.slug,
    timezone: brand.timezone,
    defaultLanguage: brand.defaultLanguage,
    targetMarkets: [...brand.targetMarkets],
    guidelines: {
      toneNotes: brand.guidelines.toneNotes,
      requiredHashtags: [...brand.guidelines.requiredHashtags],
      bannedWords: [...brand.guidelines.bannedWords],
      requireAltText: brand.guidelines.requireAltText,
    },
  };
}

export function toCreateBrandInput(values: BrandFormValues, idempotencyKey: string): CreateBrandInput {
  return {
    name: values.name,
    ...(values.slug ? { slug: values.slug } : {}),
    timezone: values.timezone,
    defaultLanguage: values.defaultLanguage,
    targetMarkets: values.targetMarkets,
    guidelines: values.guidelines,
    idempotencyKey,
  };
}

export function toUpdateBrandInput(id: string, values: BrandFormValues): UpdateBrandInput {
  return {
    id,
    name: values.name,
    ...(values.slug ? { slug: values.slug } : {}),
    timezone: values.timezone,
    defaultLanguage: values.defaultLanguage,
    targetMarkets: values.targetMarkets,
    guidelines: values.guidelines,
  };
}
