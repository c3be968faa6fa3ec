import { Inject, Injectable } from '@nestjs/common';
import { Network } from '@relais/contracts';
import { HttpResult, httpCall, trimBase } from '../http-call';
import {
  AccountAccess,
  NetworkAdapter,
  PublishOutcome,
  PublishRequest,
  PublishedRef,
  RefreshedCredentials,
} from '../network-adapter';
import { NETWORKS_CONFIG, NetworksConfig } from '../networks-config';
import { firstCommentFailure, mediaUnsupported, noAnswerOutcome } from '../publish-outcomes';
import { orNothing } from '../rate-limit-headers';
import { sameTextUpToUrls } from '../text-matching';
import { mapFacebookFailure } from './facebook-errors';
import { parseFacebookRateLimit } from './facebook-rate-limits';

const NAME = 'Facebook';

interface FeedPost {
  id?: unknown;
  message?: unknown;
  created_time?: unknown;
  permalink_url?: unknown;
}

/** `{page}_{post}` → the post's address on facebook.com. */
export function facebookPostUrl(postId: string): string {
  const [page, post] = postId.split('_');
  return post ? `https://www.facebook.com/${page}/posts/${post}` : `https://www.facebook.com/${postId}`;
}

/**
 * Facebook pages: a form `POST /{version}/{page-id}/feed` with the page token. Facebook has no
 * idempotency key: after an unknown outcome the page's feed is read back.
 */
@Injectable()
export class FacebookAdapter implements NetworkAdapter {
  readonly network = Network.FacebookPage;
  readonly idempotent = false;

  constructor(@Inject(NETWORKS_CONFIG) private readonly config: NetworksConfig) {}

  async publish(
    access: AccountAccess,
    request: PublishRequest,
    signal: AbortSignal,
  ): Promise<PublishOutcome> {
    if (request.mediaIds.length > 0) return mediaUnsupported(NAME);
    const link = request.linkUrl?.trim();
    const post = this.toOutcome(
      await this.send(
        access,
        `${encodeURIComponent(access.externalId)}/feed`,
        { message: request.text, ...(link ? { link } : {}) },
        signal,
      ),
    );
    if (post.kind !== 'published' || !request.firstComment) return post;
    const comment = this.toOutcome(
      await this.send(
        access,
        `${encodeURIComponent(post.externalId)}/comments`,
        { message: request.firstComment },
        signal,
      ),
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
      since: String(Math.floor(since.getTime() / 1000) - 60),
      fields: 'id,message,created_time,permalink_url',
      limit: '50',
      access_token: access.accessToken,
    });
    const result = await httpCall(
      {
        method: 'GET',
        url: `${this.base()}/${encodeURIComponent(access.externalId)}/feed?${query.toString()}`,
      },
      signal,
      this.config.httpTimeoutMs,
    );
    if (result.kind !== 'answer') throw new Error(`${NAME} could not be read back: ${result.reason}.`);
    const posts = (result.body as { data?: unknown } | undefined)?.data;
    if (result.status !== 200 || !Array.isArray(posts)) {
      throw new Error(
        `${NAME} could not be read back: ${mapFacebookFailure(result, new Date()).networkMessage ?? `HTTP ${result.status}`}.`,
      );
    }
    const found = (posts as FeedPost[]).find(
      (post) =>
        typeof post.id === 'string' &&
        typeof post.message === 'string' &&
        sameTextUpToUrls(request.text, post.message),
    );
    if (!found) return null;
    const id = found.id as string;
    return {
      externalId: id,
      url: typeof found.permalink_url === 'string' ? found.permalink_url : facebookPostUrl(id),
    };
  }

  /** Page tokens do not expire on their own and cannot be renewed without the person who granted them. */
  async refresh(): Promise<RefreshedCredentials | null> {
    return null;
  }

  private send(
    access: AccountAccess,
    path: string,
    fields: Record<string, string>,
    signal: AbortSignal,
  ): Promise<HttpResult> {
    return httpCall(
      {
        method: 'POST',
        url: `${this.base()}/${path}`,
        form: { ...fields, access_token: access.accessToken },
      },
      signal,
      this.config.httpTimeoutMs,
    );
  }

  private toOutcome(result: HttpResult): PublishOutcome {
    if (result.kind !== 'answer') return noAnswerOutcome(NAME, result);
    const now = new Date();
    if (result.status < 200 || result.status >= 300) return mapFacebookFailure(result, now);
    const id = (result.body as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string') {
      return {
        kind: 'unknown',
        message: `${NAME} accepted the post but its answer could not be read; it is being checked.`,
      };
    }
    const rateLimit = orNothing(parseFacebookRateLimit(result.headers, now));
    return {
      kind: 'published',
      externalId: id,
      url: facebookPostUrl(id),
      ...(rateLimit ? { rateLimit } : {}),
    };
  }

  private base(): string {
    return `${trimBase(this.config.facebookGraphUrl)}/${this.config.facebookGraphVersion}`;
  }
}
