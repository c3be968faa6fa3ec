import { Network } from '@relais/contracts';
import { ConnectedAccount } from './fixtures';
import { PublishingHarness } from './publishing-harness';

/** One post or reply of an account, as the network's own read API shows it. */
export interface AccountItem {
  id: string;
  text: string;
  /** The post it answers (Mastodon `in_reply_to_id`, X `replied_to`, Bluesky `reply.parent`); null: a post. */
  parentId: string | null;
  /** Bluesky: the thread's first post (`reply.root`). */
  rootId?: string | null;
}

const stripHtml = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

async function getJson<T>(url: string, token: string): Promise<T> {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Every post and reply of the account (replies included), read through the network's own API. */
export async function itemsOf(h: PublishingHarness, account: ConnectedAccount): Promise<AccountItem[]> {
  const { sandbox } = account;
  if (account.network === Network.Mastodon) {
    const statuses = await getJson<{ id: string; content: string; in_reply_to_id: string | null }[]>(
      `${h.sandbox.endpoints.mastodon}/api/v1/accounts/${sandbox.externalId}/statuses?limit=40`,
      sandbox.accessToken,
    );
    return statuses.map((s) => ({ id: s.id, text: stripHtml(s.content), parentId: s.in_reply_to_id }));
  }
  if (account.network === Network.X) {
    const body = await getJson<{
      data?: { id: string; text: string; referenced_tweets?: { type: string; id: string }[] }[];
    }>(
      `${h.sandbox.endpoints.x}/2/users/${sandbox.externalId}/tweets?max_results=100&tweet.fields=referenced_tweets`,
      sandbox.accessToken,
    );
    return (body.data ?? []).map((t) => ({
      id: t.id,
      text: t.text,
      parentId: t.referenced_tweets?.find((ref) => ref.type === 'replied_to')?.id ?? null,
    }));
  }
  if (account.network === Network.Bluesky) {
    const query = new URLSearchParams({
      repo: sandbox.externalId,
      collection: 'app.bsky.feed.post',
      limit: '100',
    });
    const body = await getJson<{
      records: {
        uri: string;
        value: { text: string; reply?: { root: { uri: string }; parent: { uri: string } } };
      }[];
    }>(
      `${h.sandbox.endpoints.bluesky}/xrpc/com.atproto.repo.listRecords?${query.toString()}`,
      sandbox.accessToken,
    );
    return body.records.map((r) => ({
      id: r.uri,
      text: r.value.text,
      parentId: r.value.reply?.parent.uri ?? null,
      rootId: r.value.reply?.root.uri ?? null,
    }));
  }
  throw new Error(`No thread reads for ${account.network}`);
}
