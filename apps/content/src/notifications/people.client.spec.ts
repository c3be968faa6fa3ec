import { Envelope, Role } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { PeopleClient } from './people.client';

const AGENCY = '11111111-1111-4111-8111-111111111111';
const AUTHOR = '22222222-2222-4222-8222-222222222222';
const BRAND = '33333333-3333-4333-8333-333333333333';

const envelope = (
  role: Role | null,
  userId: string | null = '44444444-4444-4444-8444-444444444444',
): Envelope => ({
  agencyId: AGENCY,
  userId,
  role,
  brandIds: role === Role.BrandApprover ? [BRAND] : null,
  correlationId: 'c-1',
});

describe('PeopleClient.lookupEnvelope', () => {
  const people = new PeopleClient(Object.create(NatsRequester.prototype) as NatsRequester);

  it('asks with the actor’s own envelope when the actor is agency staff', () => {
    const staff = envelope(Role.Analyst);
    expect(people.lookupEnvelope(staff, AGENCY, AUTHOR, BRAND)).toBe(staff);
  });

  it('asks in the post author’s name, with a community manager’s rights on the brand only, for clients and links', () => {
    for (const actor of [envelope(Role.BrandApprover), envelope(null, null)]) {
      expect(people.lookupEnvelope(actor, AGENCY, AUTHOR, BRAND)).toEqual({
        agencyId: AGENCY,
        userId: AUTHOR,
        role: Role.CommunityManager,
        brandIds: [BRAND],
        correlationId: 'c-1',
      });
    }
  });
});
