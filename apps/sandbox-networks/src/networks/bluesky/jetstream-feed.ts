import { Network } from '@relais/contracts';
import { Sandbox } from '../../state/sandbox';
import { POST_COLLECTION } from './bluesky-records';
import { JetstreamServer } from './jetstream-server';

/**
 * Feeds the firehose: every record a Bluesky account creates through the PDS, and every listened
 * Bluesky post (public posts, mentions, replies; not direct messages, which live in the chat service).
 */
export function connectJetstream(sandbox: Sandbox, jetstream: JetstreamServer): void {
  sandbox.posts.subscribe((post) => {
    if (post.network !== Network.Bluesky) return;
    jetstream.publish({
      did: post.accountId,
      collection: typeof post.extra.collection === 'string' ? post.extra.collection : POST_COLLECTION,
      rkey: String(post.extra.rkey),
      record: post.extra.record,
      cid: String(post.extra.cid),
    });
  });
  sandbox.listening.subscribe((change) => {
    const item = change.item;
    if (change.type !== 'added' || item.network !== Network.Bluesky || item.kind === 'message') return;
    jetstream.publish({
      did: item.author.id,
      collection: POST_COLLECTION,
      rkey: String(item.extra.rkey),
      record: item.extra.record,
      cid: String(item.extra.cid),
    });
  });
}
