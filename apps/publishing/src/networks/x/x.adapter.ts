import { Inject, Injectable } from '@nestjs/common';
import { Network } from '@relais/contracts';
import { HttpResult, httpCall, trimBase } from '../http-call';
import {
  AccountAccess,
  NetworkAdapter,
  PublishOutcome,
  PublishRequest,
  PublishedRef,
  RefreshRefused,
  RefreshedCredentials,
} from '../network-adapter';
import { NETWORKS_CONFIG, NetworksConfig } from '../networks-config';
import { refreshOAuthToken } from '../oauth-refresh';
import { firstCommentFailure, noAnswerOutcome } from '../publish-outcomes';
import { orNothing } from '../rate-limit-headers';
import { ReadBackPage, readFailure, searchPages, windowStart } from '../read-back';
import { sameTextUpToUrls } from '../text-matching';
import { mapXFailure, xErrorText } from './x-errors';
import { XMediaContext, uploadXMedia } from './x-media';
import { parseXRateLimit } from './x-rate-limits';

const NAME = 'X';
/** `max_results` of a user's posts: 100 at most. */
const X_PAGE_SIZE = 100;

interface Tweet {
  id?: unknown;
  text?: unknown;
  created_at?: unknown;
  referenced_tweets?: unknown;
}

/** The post a tweet answers (`referenced_tweets` of type `replied_to`), if any. */
function repliedTo(tweet: Tweet): string | null {
  if (!Array.isArray(tweet.referenced_tweets)) return null;
  const ref = (tweet.referenced_tweets as { type?: unknown; id?: unknown }[]).find(
    (candidate) => candidate.type === 'replied_to',
  );
  return typeof ref?.id === 'string' ? ref.id : null;
}

export function xPostUrl(id: string): string {
  return `https://x.com/i/web/status/${id}`;
}

/** X's `start_time`: RFC 3339 to the second. */
export function xStartTime(since: Date): string {
  return `${since.toISOString().slice(0, 19)}Z`;
}

/**
 * X: `POST /2/tweets` with the user's OAuth 2 token, its media uploaded first (`x-media.ts`) and
 * attached by `media.media_ids`. No idempotency key: after an unknown outcome the
 * account's posts in the publication's time window are read back (links come back shortened, so texts
 * are compared up to URLs).
 */
@Injectable()
export class XAdapter implements NetworkAdapter {
  readonly network = Network.X;
  readonly idempotent = false;

  constructor(@Inject(NETWORKS_CONFIG) private readonly config: NetworksConfig) {}

  async publish(
    access: AccountAccess,
    request: PublishRequest,
    signal: AbortSignal,
  ): Promise<PublishOutcome> {
    let mediaIds: string[] = [];
    if (request.media.length > 0) {
      const uploaded = await uploadXMedia(
        this.mediaContext(access, signal),
        request.media,
        request.uploads,
        signal,
      );
      if (uploaded.kind === 'failed') return uploaded;
      mediaIds = uploaded.mediaIds;
    }
    const post = this.toOutcome(
      await this.call(access, 'POST', '/2/tweets', signal, {
        text: request.text,
        ...(mediaIds.length > 0 ? { media: { media_ids: mediaIds } } : {}),
        ...(request.replyTo ? { reply: { in_reply_to_tweet_id: request.replyTo.parent.externalId } } : {}),
      }),
    );
    if (post.kind !== 'published' || !request.firstComment) return post;
    const comment = this.toOutcome(
      await this.call(access, 'POST', '/2/tweets', signal, {
        text: request.firstComment,
        reply: { in_reply_to_tweet_id: post.externalId },
      }),
    );
    const failure = firstCommentFailure(NAME, comment);
    return failure ? { ...post, firstCommentFailure: failure } : post;
  }

  /**
   * The account's posts since the window's start (`start_time`), newest first, 100 a page, followed by
   * `next_token` until the window is covered (replies and reposts left out: a post is neither).
   */
  async findPublished(
    access: AccountAccess,
    request: PublishRequest,
    since: Date,
    signal: AbortSignal,
  ): Promise<PublishedRef | null> {
    const start = new Date(windowStart(since));
    // A part of a thread is a reply: looked for among the replies, under the part before.
    const parent = request.replyTo?.parent.externalId ?? null;
    const found = await searchPages(
      NAME,
      (cursor) => this.timelinePage(access, start, cursor, signal, parent !== null),
      (tweet) =>
        (parent === null || tweet.repliedTo === parent) && sameTextUpToUrls(request.text, tweet.text),
    );
    return found ? { externalId: found.id, url: xPostUrl(found.id) } : null;
  }

  /** X rotates the refresh token: the new one replaces the old, which stops working. */
  async refresh(access: AccountAccess, signal: AbortSignal): Promise<RefreshedCredentials | null> {
    const clientId = this.config.xClientId;
    if (!clientId) {
      throw new RefreshRefused('X access cannot be renewed: the X application is not configured.', false);
    }
    if (!access.refreshToken)
      throw new RefreshRefused('The X account has no refresh token; reconnect it.', true);
    return refreshOAuthToken(
      NAME,
      `${trimBase(this.config.xApiUrl)}/2/oauth2/token`,
      { refresh_token: access.refreshToken, client_id: clientId },
      signal,
      this.config.httpTimeoutMs,
    );
  }

  private mediaContext(access: AccountAccess, signal: AbortSignal): XMediaContext {
    return {
      apiUrl: trimBase(this.config.xApiUrl),
      accessToken: access.accessToken,
      uploadTimeoutMs: this.config.mediaUploadTimeoutMs,
      processingTimeoutMs: this.config.mediaProcessingTimeoutMs,
      call: (method, path, json) => this.call(access, method, path, signal, json),
    };
  }

  private call(
    access: AccountAccess,
    method: 'GET' | 'POST',
    path: string,
    signal: AbortSignal,
    json?: unknown,
  ): Promise<HttpResult> {
    return httpCall(
      {
        method,
        url: `${trimBase(this.config.xApiUrl)}${path}`,
        headers: { Authorization: `Bearer ${access.accessToken}` },
        json,
      },
      signal,
      this.config.httpTimeoutMs,
    );
  }

  private async timelinePage(
    access: AccountAccess,
    start: Date,
    cursor: string | null,
    signal: AbortSignal,
    withReplies = false,
  ): Promise<ReadBackPage<{ id: string; text: string; repliedTo: string | null }>> {
    const query = new URLSearchParams({
      start_time: xStartTime(start),
      max_results: String(X_PAGE_SIZE),
      'tweet.fields': withReplies ? 'created_at,referenced_tweets' : 'created_at',
      exclude: withReplies ? 'retweets' : 'replies,retweets',
      ...(cursor ? { pagination_token: cursor } : {}),
    });
    const path = `/2/users/${encodeURIComponent(access.externalId)}/tweets?${query.toString()}`;
    const result = await this.call(access, 'GET', path, signal);
    if (result.kind !== 'answer' || result.status !== 200) {
      throw readFailure(NAME, result, result.kind === 'answer' ? xErrorText(result) : null);
    }
    const body = result.body as { data?: unknown; meta?: { next_token?: unknown } } | undefined;
    const tweets = Array.isArray(body?.data) ? (body.data as Tweet[]) : [];
    return {
      posts: tweets
        .filter(
          (tweet): tweet is Tweet & { id: string; text: string } =>
            typeof tweet.id === 'string' && typeof tweet.text === 'string',
        )
        .map((tweet) => ({ id: tweet.id, text: tweet.text, repliedTo: repliedTo(tweet) })),
      next: typeof body?.meta?.next_token === 'string' ? body.meta.next_token : null,
      passedWindow: false,
      remaining: parseXRateLimit(result.headers).remaining,
    };
  }

  private toOutcome(result: HttpResult): PublishOutcome {
    if (result.kind !== 'answer') return noAnswerOutcome(NAME, result);
    const now = new Date();
    if (result.status < 200 || result.status >= 300) return mapXFailure(result, now);
    const id = (result.body as { data?: { id?: unknown } } | undefined)?.data?.id;
    if (typeof id !== 'string') {
      return {
        kind: 'unknown',
        message: `${NAME} accepted the post but its answer could not be read; it is being checked.`,
      };
    }
    const rateLimit = orNothing(parseXRateLimit(result.headers));
    return { kind: 'published', externalId: id, url: xPostUrl(id), ...(rateLimit ? { rateLimit } : {}) };
  }
}
