import { Network } from '@relais/contracts';
import {
  ConnectedAccount,
  connectAccount,
  createAgency,
  SandboxListeningItem,
  SandboxListeningKind,
  waitFor,
} from '@relais/server-testing';
import { PollerService } from '../../src/polling/poller.service';
import { SURFACES } from '../../src/sources/source.repository';
import { ListeningHarness } from './listening-harness';

/** An item as stored. */
export interface PolledItem {
  external_id: string;
  kind: string;
  text: string;
  author_handle: string;
  author_external_id: string;
  conversation_key: string;
  parent_external_id: string | null;
  url: string | null;
  language: string | null;
  sentiment: string | null;
}

/** Where a surface stands, and in how many seconds it is polled again. */
export interface PolledCursor {
  cursor: string | null;
  failures: number;
  last_error: string | null;
  wait_s: number;
}

/** An account of a new agency's brand, connected on the emulator and listened to on each surface. */
export interface PolledAccount {
  connected: ConnectedAccount;
  /** Its items, oldest first (of one kind when given). */
  items(kind?: string): Promise<PolledItem[]>;
  cursor(surface: string): Promise<PolledCursor | undefined>;
  /** Puts an item in French concerning the account on the emulator (answering `postId` when given). */
  inject(
    kind: SandboxListeningKind,
    text: string,
    author: string,
    postId?: string,
  ): Promise<SandboxListeningItem>;
  /**
   * What people say to the brand, in French: an angry mention (by camille), a delighted comment under
   * the brand's post `postId` (by hugo), and a reply to that comment (by lea).
   */
  injectThread(postId: string): Promise<Record<'mention' | 'comment' | 'reply', SandboxListeningItem>>;
  /** Polls, by hand, every surface due, after making this account's due now. */
  pollNow(): Promise<void>;
}

export async function polledAccount(h: ListeningHarness, network: Network): Promise<PolledAccount> {
  const agency = await createAgency(h);
  const connected = await connectAccount(h, agency.owner, agency.brand.id, network);
  const accountId = connected.account.id;
  await waitFor(
    async () =>
      (await h.sql(`SELECT 1 FROM listening.source_cursors WHERE account_id = $1`, [accountId])).length ===
      SURFACES[network].length,
    { description: 'the connected account listened to' },
  );
  const inject: PolledAccount['inject'] = async (kind, text, author, postId) => {
    const [item] = await h.sandbox.client.injectListening({
      network,
      kind,
      account: connected.sandbox.handle,
      ...(postId ? { postId } : {}),
      text,
      author: { handle: author },
      lang: 'fr',
    });
    if (!item) throw new Error('The emulator placed nothing');
    return item;
  };
  return {
    connected,
    inject,
    async injectThread(postId) {
      const handle = connected.sandbox.handle;
      const mention = await inject(
        'mention',
        `@${handle} Franchement déçu, ma commande n'est jamais arrivée 😡`,
        'camille',
      );
      const comment = await inject('comment', "Merci, la collection est superbe, j'adore !", 'hugo', postId);
      const reply = await inject('reply', "Tout à fait d'accord avec toi", 'lea', comment.id);
      return { mention, comment, reply };
    },
    items: (kind) =>
      h.sql<PolledItem>(
        `SELECT external_id, kind, text, author_handle, author_external_id, conversation_key,
                parent_external_id, url, language, sentiment
           FROM listening.items WHERE account_id = $1 AND ($2::text IS NULL OR kind = $2)
          ORDER BY published_at, external_id`,
        [accountId, kind ?? null],
      ),
    cursor: async (surface) =>
      (
        await h.sql<PolledCursor>(
          `SELECT cursor, failures, last_error, extract(epoch FROM next_poll_at - now())::int AS wait_s
             FROM listening.source_cursors WHERE account_id = $1 AND surface = $2`,
          [accountId, surface],
        )
      )[0],
    async pollNow() {
      await h.sql(`UPDATE listening.source_cursors SET next_poll_at = now() WHERE account_id = $1`, [
        accountId,
      ]);
      await h.app.get(PollerService).pollDue();
    },
  };
}
