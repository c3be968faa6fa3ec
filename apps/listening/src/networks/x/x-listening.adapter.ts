import { Inject, Injectable } from '@nestjs/common';
import { Network } from '@relais/contracts';
import { LISTENING_CONFIG, ListeningConfig } from '../../config';
import { getJson } from '../http-json';
import { compareIds, NewestFirstPage, readNewestFirst } from '../newest-first-reader';
import { ListenFailure, ListenRequest, ListenResult, SurfaceListener } from '../surface-listener';
import { heardDmEvent, XDmEvent } from './x-dm-event';
import { heardTweet, usersById, XTweet, XUser } from './x-tweet';

interface XPage<T> {
  data?: T[];
  includes?: { users?: XUser[] };
  meta?: { next_token?: string; oldest_id?: string; result_count?: number };
}

/** X's largest page, for mentions and direct message events. */
const PAGE = 100;
const TWEET_FIELDS =
  'created_at,author_id,conversation_id,in_reply_to_user_id,lang,referenced_tweets,entities';
const DM_EVENT_FIELDS = 'created_at,sender_id,dm_conversation_id,text';

/**
 * X API v2 with the account's user token: `mentions` (`GET /2/users/:id/mentions`, which carries the
 * replies to the brand's posts too) and `messages` (`GET /2/dm_events`). Both come newest first and
 * are read back to the newest id seen before (`readNewestFirst`): mentions bounded by `since_id` and
 * paged with `until_id`, which stays valid from one poll to the next; direct message events, which
 * take neither, by `pagination_token`.
 */
@Injectable()
export class XListeningAdapter implements SurfaceListener {
  readonly network = Network.X;

  constructor(@Inject(LISTENING_CONFIG) private readonly config: ListeningConfig) {}

  listen(request: ListenRequest): Promise<ListenResult> {
    switch (request.surface) {
      case 'mentions':
        return this.mentions(request);
      case 'messages':
        return this.messages(request);
      default:
        throw new ListenFailure('refused', `X has no surface "${request.surface}" here`);
    }
  }

  private async mentions(request: ListenRequest): Promise<ListenResult> {
    const { account } = request;
    const users = new Map<string, XUser>();
    const read = await readNewestFirst<XTweet>({
      cursor: request.cursor,
      maxPages: request.maxPages,
      page: async (from, until) => {
        const path = `/2/users/${encodeURIComponent(account.externalId)}/mentions`;
        const page = await this.page<XTweet>(request, path, users, {
          'tweet.fields': TWEET_FIELDS,
          expansions: 'author_id',
          ...(until ? { since_id: until } : {}),
          ...(from ? { until_id: from } : {}),
        });
        const entries = page.data ?? [];
        const oldest = entries[entries.length - 1]?.id;
        return { entries, next: page.meta?.next_token && oldest ? oldest : null };
      },
      positionOf: (tweet) => tweet.id,
      compare: compareIds,
    });
    return {
      items: read.entries.map((tweet) => heardTweet(tweet, users, account.accountId, account.externalId)),
      cursor: read.cursor,
    };
  }

  private async messages(request: ListenRequest): Promise<ListenResult> {
    const { account } = request;
    const users = new Map<string, XUser>();
    const read = await readNewestFirst<XDmEvent>({
      cursor: request.cursor,
      maxPages: request.maxPages,
      page: async (from): Promise<NewestFirstPage<XDmEvent>> => {
        const page = await this.page<XDmEvent>(request, '/2/dm_events', users, {
          event_types: 'MessageCreate',
          'dm_event.fields': DM_EVENT_FIELDS,
          expansions: 'sender_id',
          ...(from ? { pagination_token: from } : {}),
        });
        return { entries: page.data ?? [], next: page.meta?.next_token ?? null };
      },
      positionOf: (event) => event.id,
      compare: compareIds,
    });
    return {
      items: read.entries.flatMap((event) => {
        const item = heardDmEvent(event, users, account.accountId, account.externalId);
        return item ? [item] : [];
      }),
      cursor: read.cursor,
    };
  }

  /** A page of 100 at most, the users it expands added to `users`. */
  private async page<T>(
    request: ListenRequest,
    path: string,
    users: Map<string, XUser>,
    query: Record<string, string>,
  ): Promise<XPage<T>> {
    const params = new URLSearchParams({
      max_results: String(PAGE),
      'user.fields': 'username,name',
      ...query,
    });
    const { body } = await getJson<XPage<T>>(`${this.config.X_API_URL}${path}?${params.toString()}`, {
      headers: { Authorization: `Bearer ${request.account.accessToken}` },
      timeoutMs: this.config.HTTP_TIMEOUT_MS,
      signal: request.signal,
    });
    if (body.data !== undefined && !Array.isArray(body.data))
      throw new ListenFailure('unavailable', `${path} did not answer a list`);
    for (const [id, user] of usersById(body.includes?.users)) users.set(id, user);
    return body;
  }
}
