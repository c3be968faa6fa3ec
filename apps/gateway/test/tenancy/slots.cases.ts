import { MISSING_ID, onBrandA1, TenancyDomain } from './tenancy-case';

const SLOTS = 'brandId timezone slots { weekday time } upcoming updatedAt';
const SET_SLOTS = `mutation M($input: SetPostingSlotsInput!) { setPostingSlots(input: $input) { ${SLOTS} } }`;

/** A brand's weekly posting slots: reading them, and replacing them. */
export const slotsTenancy: TenancyDomain<void> = {
  name: 'slots',
  async seed(w) {
    await w.ownerA.api.data(SET_SLOTS, {
      input: {
        brandId: w.brandA1.id,
        slots: [
          { weekday: 2, time: '09:30' },
          { weekday: 4, time: '18:00' },
        ],
      },
    });
  },
  ids: () => [],
  async snapshot(w) {
    return w.ownerA.api.data(
      'query S($brandId: ID!) { postingSlots(brandId: $brandId) { brandId timezone slots { weekday time } updatedAt } }',
      { brandId: w.brandA1.id },
    );
  },
  cases: {
    'Query.postingSlots': onBrandA1(
      'reads the posting slots of A1',
      `query Q($brandId: ID!) { postingSlots(brandId: $brandId, upcoming: 3) { ${SLOTS} } }`,
      (w) => ({ brandId: w.brandA1.id }),
      () => ({ brandId: MISSING_ID }),
    ),
    'Mutation.setPostingSlots': onBrandA1(
      'replaces the posting slots of A1',
      SET_SLOTS,
      (w) => ({ input: { brandId: w.brandA1.id, slots: [{ weekday: 1, time: '03:00' }] } }),
      () => ({ input: { brandId: MISSING_ID, slots: [{ weekday: 1, time: '03:00' }] } }),
    ),
  },
};
