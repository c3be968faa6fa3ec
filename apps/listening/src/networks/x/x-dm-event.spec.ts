import { ListeningItemKind, Network } from '@relais/contracts';
import { heardDmEvent, XDmEvent } from './x-dm-event';
import { usersById } from './x-tweet';

const BRAND = '1500000000000000001';

function event(overrides: Partial<XDmEvent> = {}): XDmEvent {
  return {
    id: '1866000000000000007',
    event_type: 'MessageCreate',
    text: 'Bonjour, ma commande 42 ?',
    sender_id: '42',
    created_at: '2026-12-07T10:00:00.000Z',
    dm_conversation_id: `42-${BRAND}`,
    ...overrides,
  };
}

const heard = (e: XDmEvent) =>
  heardDmEvent(e, usersById([{ id: '42', username: 'emma', name: 'Emma' }]), 'account-1', BRAND);

describe('heardDmEvent', () => {
  it("makes someone's message an item of the conversation", () => {
    expect(heard(event())).toEqual({
      network: Network.X,
      externalId: '1866000000000000007',
      kind: ListeningItemKind.Message,
      accountId: 'account-1',
      conversationKey: `x:dm:42-${BRAND}`,
      parentExternalId: null,
      url: `https://x.com/messages/42-${BRAND}`,
      author: { externalId: '42', handle: 'emma', name: 'Emma' },
      text: 'Bonjour, ma commande 42 ?',
      language: null,
      hasLink: false,
      publishedAt: new Date('2026-12-07T10:00:00.000Z'),
    });
    expect(heard(event({ text: 'voir https://t.co/x' }))?.hasLink).toBe(true);
  });

  it("leaves out the brand's own messages and what is no message", () => {
    expect(heard(event({ sender_id: BRAND }))).toBeNull();
    expect(heard(event({ event_type: 'ParticipantsJoin' }))).toBeNull();
  });
});
