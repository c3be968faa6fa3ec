import type { TFunction } from 'i18next';
import { toApiError } from '../graphql/api-error';

/** Why the account cannot be connected to this brand as it is, and (same agency) which brand has it. */
export interface OwnershipRefusal {
  message: string;
  /** The brand of the agency that has the account; null when another organisation holds it. */
  brand: string | null;
}

/**
 * The API's refusal of an account another brand of the agency has (`connectedToOtherBrand`, which names
 * it and may be shared) or another organisation holds (`connectedElsewhere`), in the user's language.
 */
export function ownershipRefusal(error: unknown, t: TFunction): OwnershipRefusal | null {
  const apiError = toApiError(error);
  if (apiError.code !== 'CONFLICT') return null;
  for (const field of apiError.fields) {
    if (field.constraint === 'connectedToOtherBrand') {
      const brand = String(field.params?.['brand'] ?? '');
      return { message: t('accounts.errors.connectedToOtherBrand', { brand }), brand };
    }
    if (field.constraint === 'connectedElsewhere') {
      return { message: t('accounts.errors.connectedElsewhere'), brand: null };
    }
  }
  return null;
}
