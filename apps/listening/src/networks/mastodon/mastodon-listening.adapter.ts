import { Inject, Injectable } from '@nestjs/common';
import { Network } from '@relais/contracts';
import { LISTENING_CONFIG, ListeningConfig } from '../../config';
import { HeardItem } from '../../items/heard-item';
import { getJson } from '../http-json';
import { ListenFailure, ListenRequest, ListenResult, SurfaceListener } from '../surface-listener';
import { heardStatus, laterId, MastodonStatus, statusKind } from './mastodon-status';

interface MastodonNotification {
  id: string;
  type: string;
  status?: MastodonStatus | null;
}

interface MastodonConversation {
  id: string;
  last_status: MastodonStatus | null;
}

/** Mastodon's page size for notifications and conversations (its maximum is 80 and 40). */
const PAGE = 40;

/**
 * Mastodon, on the account's own server: `notifications` (mentions, `types[]=mention`, which carry
 * replies to the brand's statuses too) and `conversations` (direct messages), each read forward from
 * the last id seen with `min_id`, page after page while pages come full. A first poll reads the
 * latest page only, so connecting an account does not pour its whole history into the inbox.
 */
@Injectable()
export class MastodonListeningAdapter implements SurfaceListener {
  readonly network = Network.Mastodon;

  constructor(@Inject(LISTENING_CONFIG) private readonly config: ListeningConfig) {}

  async listen(request: ListenRequest): Promise<ListenResult> {
    switch (request.surface) {
      case 'notifications':
        return this.pages<MastodonNotification>(request, '/api/v1/notifications', 'types[]=mention', (page) =>
          page.flatMap((n) =>
            n.type === 'mention' && n.status
              ? [
                  heardStatus(
                    n.status,
                    request.account.accountId,
                    statusKind(n.status, request.account.externalId),
                  ),
                ]
              : [],
          ),
        );
      case 'conversations':
        return this.latestConversations(request);
      default:
        throw new ListenFailure('refused', `Mastodon has no surface "${request.surface}" here`);
    }
  }

  /**
   * Conversations are ordered by their last message and keep their id as messages come, so there is
   * no reading forward from an id: the latest page is read each time, and each message is stored once.
   */
  private async latestConversations(request: ListenRequest): Promise<ListenResult> {
    const { body } = await getJson<MastodonConversation[]>(
      `${this.server(request)}/api/v1/conversations?limit=${PAGE}`,
      {
        headers: { Authorization: `Bearer ${request.account.accessToken}` },
        timeoutMs: this.config.HTTP_TIMEOUT_MS,
        signal: request.signal,
      },
    );
    if (!Array.isArray(body))
      throw new ListenFailure('unavailable', '/api/v1/conversations did not answer a list');
    const statuses = body
      .map((conversation) => conversation.last_status)
      .filter(
        (status): status is MastodonStatus => !!status && status.account.id !== request.account.externalId,
      )
      .sort((a, b) => (laterId(a.id, b.id) === a.id ? 1 : -1));
    return {
      items: statuses.map((status) =>
        heardStatus(status, request.account.accountId, statusKind(status, request.account.externalId)),
      ),
      cursor: statuses.reduce<string | null>((latest, status) => laterId(latest, status.id), request.cursor),
    };
  }

  private server(request: ListenRequest): string {
    const server = request.account.instanceUrl;
    if (!server) throw new ListenFailure('refused', 'The Mastodon account has no server address');
    return server.replace(/\/+$/, '');
  }

  private async pages<T extends { id: string }>(
    request: ListenRequest,
    path: string,
    query: string,
    heard: (page: T[]) => HeardItem[],
  ): Promise<ListenResult> {
    const server = this.server(request);
    const items: HeardItem[] = [];
    let cursor = request.cursor;
    for (let page = 0; page < request.maxPages; page += 1) {
      const params = [query, `limit=${PAGE}`, cursor ? `min_id=${encodeURIComponent(cursor)}` : '']
        .filter(Boolean)
        .join('&');
      const { body } = await getJson<T[]>(`${server}${path}?${params}`, {
        headers: { Authorization: `Bearer ${request.account.accessToken}` },
        timeoutMs: this.config.HTTP_TIMEOUT_MS,
        signal: request.signal,
      });
      if (!Array.isArray(body)) throw new ListenFailure('unavailable', `${path} did not answer a list`);
      // Newest first on the wire: oldest first here, so conversations build in order.
      items.push(...heard([...body].reverse()));
      for (const entry of body) cursor = laterId(cursor, entry.id);
      // A first poll reads the latest page only; a page not full is the end.
      if (request.cursor === null || body.length < PAGE) break;
    }
    return { items, cursor };
  }
}
