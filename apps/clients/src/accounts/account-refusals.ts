import { conflict, DomainException } from '@relais/server-errors';

/**
 * The answer when another agency holds the network account. It is the same whoever holds it and
 * says nothing about them (no id, no name): the caller may not even learn which agency it is.
 */
export const CONNECTED_ELSEWHERE =
  'This account is already connected to Relais by another organisation; disconnect it there first or contact support';

export function connectedElsewhere(): DomainException {
  return conflict(CONNECTED_ELSEWHERE, [
    { field: 'externalId', message: CONNECTED_ELSEWHERE, constraint: 'connectedElsewhere' },
  ]);
}

/** Another brand of the caller's own agency has the account: naming it tells them where to look. */
export function connectedToOtherBrand(brandNames: readonly string[]): DomainException {
  const brand = brandNames.join(', ');
  const one = brandNames.length === 1;
  const which = one ? `the brand ${brand}` : `the brands ${brand}`;
  const share = one ? 'share it to use it with both brands' : 'share it to use it with all of them';
  return conflict(`This account is already connected to ${which}; ${share}`, [
    {
      field: 'externalId',
      message: `is already connected to ${which}`,
      constraint: 'connectedToOtherBrand',
      params: { brand },
    },
  ]);
}

export function idempotencyKeyReused(): DomainException {
  return conflict('This idempotency key was already used for another account', [
    { field: 'idempotencyKey', message: 'was already used for another account', constraint: 'taken' },
  ]);
}
