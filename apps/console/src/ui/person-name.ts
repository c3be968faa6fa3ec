import type { TFunction } from 'i18next';

/**
 * How the console names a person of the agency who acted: their display name, or "former team member"
 * once they left (the API gives no name then). Never "someone": see docs/architecture.md, Tenancy.
 */
export function personName(name: string | null | undefined, t: TFunction): string {
  return name?.trim() || t('people.formerMember');
}
