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
import { linkedInErrorText, mapLinkedInFailure } from './linkedin-errors';
import { parseLinkedInRateLimit } from './linkedin-rate-limits';
import { escapeLittleText, linkedInAuthorUrn, linkedInPostUrl, unescapeLittleText } from './linkedin-text';

const NAME = 'LinkedIn';

interface LinkedInPost {
  id?: unknown;
  commentary?: unknown;
  createdAt?: unknown;
}

/**
 * LinkedIn: `POST /rest/posts` (versioned API) on behalf of a page or member. No idempotency key:
 * after an unknown outcome the author's latest posts are read back.
 */
@Injectable()
export class LinkedInAdapter implements NetworkAdapter {
  readonly network = Network.LinkedIn;
  readonly idempotent = false;

  constructor(@Inject(NETWORKS_CONFIG) private readonly config: NetworksConfig) {}

  async publish(
    access: AccountAccess,
    request: PublishRequest,
    signal: AbortSignal,
  ): Promise<PublishOutcome> {
    if (request.mediaIds.length > 0) return mediaUnsupported(NAME);
    const author = linkedInAuthorUrn(access.externalId);
    const link = request.linkUrl?.trim();
    const body = {
      author,
      commentary: escapeLittleText(request.text),
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
      ...(link ? { content: { article: { source: link, title: titleOf(link) } } } : {}),
    };
    const result = await this.call(access, 'POST', '/rest/posts', signal, body);
    const post = this.toOutcome(result);
    if (post.kind !== 'published' || !request.firstComment) return post;
    const comment = this.toOutcome(
      await this.call(
        access,
        'POST',
        `/rest/socialActions/${encodeURIComponent(post.externalId)}/comments`,
        signal,
        {
          actor: author,
          object: post.externalId,
          message: { text: request.firstComment },
        },
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
    const author = encodeURIComponent(linkedInAuthorUrn(access.externalId));
    const result = await this.call(access, 'GET', `/rest/posts?author=${author}&q=author&count=20`, signal);
    if (result.kind !== 'answer') throw new Error(`${NAME} could not be read back: ${result.reason}.`);
    const elements = (result.body as { elements?: unknown } | undefined)?.elements;
    if (result.status !== 200 || !Array.isArray(elements)) {
      throw new Error(
        `${NAME} could not be read back: ${linkedInErrorText(result) ?? `HTTP ${result.status}`}.`,
      );
    }
    const found = (elements as LinkedInPost[]).find(
      (post) =>
        typeof post.id === 'string' &&
        typeof post.commentary === 'string' &&
        (typeof post.createdAt !== 'number' || post.createdAt >= since.getTime() - 60_000) &&
        sameTextUpToUrls(request.text, unescapeLittleText(post.commentary)),
    );
    return found ? { externalId: found.id as string, url: linkedInPostUrl(found.id as string) } : null;
  }

  async refresh(access: AccountAccess, signal: AbortSignal): Promise<RefreshedCredentials | null> {
    const { linkedinClientId: clientId, linkedinClientSecret: clientSecret } = this.config;
    if (!clientId || !clientSecret) {
      throw new RefreshRefused(
        'LinkedIn access cannot be renewed: the LinkedIn application is not configured.',
        false,
      );
    }
    if (!access.refreshToken) {
      throw new RefreshRefused('The LinkedIn account has no refresh token; reconnect it.', true);
    }
    return refreshOAuthToken(
      NAME,
      `${trimBase(this.config.linkedinOauthUrl)}/oauth/v2/accessToken`,
      { refresh_token: access.refreshToken, client_id: clientId, client_secret: clientSecret },
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
        url: `${trimBase(this.config.linkedinApiUrl)}${path}`,
        headers: {
          Authorization: `Bearer ${access.accessToken}`,
          'LinkedIn-Version': this.config.linkedinVersion,
          'X-Restli-Protocol-Version': '2.0.0',
        },
        json,
      },
      signal,
      this.config.httpTimeoutMs,
    );
  }

  private toOutcome(result: HttpResult): PublishOutcome {
    if (result.kind !== 'answer') return noAnswerOutcome(NAME, result);
    const now = new Date();
    if (result.status < 200 || result.status >= 300) return mapLinkedInFailure(result, now);
    const header = result.headers.get('x-restli-id') ?? result.headers.get('x-linkedin-id');
    const urn = header && header.includes('%') ? decodeURIComponent(header) : header;
    const bodyId = (result.body as { id?: unknown } | undefined)?.id;
    const id = urn ?? (typeof bodyId === 'string' ? bodyId : null);
    if (!id) {
      return {
        kind: 'unknown',
        message: `${NAME} accepted the post but did not say its id; it is being checked.`,
      };
    }
    const rateLimit = orNothing(parseLinkedInRateLimit(result.headers, result.status, now));
    return {
      kind: 'published',
      externalId: id,
      url: linkedInPostUrl(id),
      ...(rateLimit ? { rateLimit } : {}),
    };
  }
}

function titleOf(link: string): string {
  try {
    return new URL(link).hostname;
  } catch {
    return link;
  }
}
