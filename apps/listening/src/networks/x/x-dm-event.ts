import { ListeningItemKind, Network } from '@relais/contracts';
import { HeardItem } from '../../items/heard-item';
import { XUser, xDate } from './x-tweet';

/** A `GET /2/dm_events` event, with the `dm_event.fields` listening asks for. */
export interface XDmEvent {
  id: string;
  event_type: string;
  text?: string;
  sender_id?: string;
  created_at?: string;
  dm_conversation_id?: string;
}

/** A message someone sent the brand's account (user id `accountExternalId`); null for the rest. */
export function heardDmEvent(
  event: XDmEvent,
  users: ReadonlyMap<string, XUser>,
  accountId: string,
  accountExternalId: string,
): HeardItem | null {
  if (event.event_type !== 'MessageCreate' || !event.sender_id || event.sender_id === accountExternalId)
    return null;
  const sender = users.get(event.sender_id);
  const conversation = event.dm_conversation_id ?? `${event.sender_id}-${accountExternalId}`;
  return {
    network: Network.X,
    externalId: event.id,
    kind: ListeningItemKind.Message,
    accountId,
    conversationKey: `x:dm:${conversation}`,
    parentExternalId: null,
    url: `https://x.com/messages/${conversation}`,
    author: {
      externalId: event.sender_id,
      handle: sender?.username ?? event.sender_id,
      name: sender?.name || null,
    },
    text: event.text ?? '',
    language: null,
    hasLink: /https?:\/\/\S/.test(event.text ?? ''),
    publishedAt: xDate(event.created_at, event.id),
  };
}
