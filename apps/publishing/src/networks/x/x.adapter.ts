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
import { firstCommentFailure, mediaUnsupported, noAnswerOutcome } from '../publish-outcomes';
import { orNothing } from '../rate-limit-headers';
import { sameTextUpToUrls } from '../text-matching';
import { mapXFailure, xErrorText } from './x-errors';
import { parseXRateLimit } from './x-rate-limits';

const NAME = 'X';

interface Tweet {
  id?: unknown;
  text?: unknown;
  created_at?: unknown;
}

export function xPostUrl(id: string): string {
  return `https://x.com/i/web/status/${id}`;
}

/** X's `start_time`: RFC 3339 to the second. */
export function xStartTime(since: Date): string {
  return `${since.toISOString().slice(0, 19)}Z`;
}

/**
 * X: `POST /2/tweets` with the user's OAuth 2 token. No idempotency key: after an unknown outcome the
 * account's latest posts are read back (links come back shortened, so texts are compared up to URLs).
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
    if (request.mediaIds.length > 0) return mediaUnsupported(NAME);
    const post = this.toOutcome(await this.call(access, 'POST', '/2/tweets', signal, { text: request.text }));
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

  async findPublished(
    access: AccountAccess,
    request: PublishRequest,
    since: Date,
    signal: AbortSignal,
  ): Promise<PublishedRef | null> {
    const query = new URLSearchParams({
      start_time: xStartTime(new Date(since.getTime() - 60_000)),
      max_results: '20',
      'tweet.fields': 'created_at',
      exclude: 'replies,retweets',
    });
    const path = `/2/users/${encodeURIComponent(access.externalId)}/tweets?${query.toString()}`;
    const result = await this.call(access, 'GET', path, signal);
    if (result.kind !== 'answer') throw new Error(`${NAME} could not be read back: ${result.reason}.`);
    if (result.status !== 200) {
      throw new Error(`${NAME} could not be read back: ${xErrorText(result) ?? `HTTP ${result.status}`}.`);
    }
    const tweets = (result.body as { data?: unknown } | undefined)?.data;
    if (!Array.isArray(tweets)) return null;
    const found = (tweets as Tweet[]).find(
      (tweet) =>
        typeof tweet.id === 'string' &&
        typeof tweet.text === 'string' &&
        sameTextUpToUrls(request.text, tweet.text),
    );
    return found ? { externalId: found.id as string, url: xPostUrl(found.id as string) } : null;
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
