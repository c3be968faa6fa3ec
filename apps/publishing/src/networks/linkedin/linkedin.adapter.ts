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
import { FailedOutcome, firstCommentFailure, noAnswerOutcome } from '../publish-outcomes';
import { orNothing } from '../rate-limit-headers';
import { ReadBackPage, readFailure, searchPages, windowStart } from '../read-back';
import { sameTextUpToUrls } from '../text-matching';
import { linkedInErrorText, mapLinkedInFailure } from './linkedin-errors';
import { LinkedInMediaContext, linkedInArticleContent, linkedInMediaContent } from './linkedin-media';
import { parseLinkedInRateLimit } from './linkedin-rate-limits';
import { escapeLittleText, linkedInAuthorUrn, linkedInPostUrl, unescapeLittleText } from './linkedin-text';

const NAME = 'LinkedIn';
/** Posts per page of the author finder: 100 at most. */
const LINKEDIN_PAGE_SIZE = 100;

interface LinkedInPost {
  id?: unknown;
  commentary?: unknown;
  createdAt?: unknown;
  lastModifiedAt?: unknown;
}

/**
 * LinkedIn: `POST /rest/posts` (versioned API) on behalf of a page or member, its images, video or
 * link card's picture uploaded first (`linkedin-media.ts`). No idempotency key:
 * after an unknown outcome the author's posts back to the publication's time window are read.
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
    const author = linkedInAuthorUrn(access.externalId);
    const content = await this.content(access, request, signal);
    if (content.kind === 'failed') return content;
    const body = {
      author,
      commentary: escapeLittleText(request.text),
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
      ...(content.content ? { content: content.content } : {}),
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

  /**
   * The post's `content`: its media (`content.media`, `content.multiImage`), else its link's card
   * (`content.article` with the page's title, description and picture), else the bare link.
   */
  private async content(
    access: AccountAccess,
    request: PublishRequest,
    signal: AbortSignal,
  ): Promise<{ kind: 'ready'; content: Record<string, unknown> | null } | FailedOutcome> {
    const context: LinkedInMediaContext = {
      accessToken: access.accessToken,
      owner: linkedInAuthorUrn(access.externalId),
      uploadTimeoutMs: this.config.mediaUploadTimeoutMs,
      processingTimeoutMs: this.config.mediaProcessingTimeoutMs,
      call: (method, path, json) => this.call(access, method, path, signal, json),
    };
    if (request.media.length > 0) {
      return linkedInMediaContent(context, request.media, request.uploads, signal);
    }
    if (request.linkCard) {
      return linkedInArticleContent(context, request.linkCard, request.uploads, signal);
    }
    const link = request.linkUrl?.trim();
    return { kind: 'ready', content: link ? { article: { source: link, title: titleOf(link) } } : null };
  }

  /**
   * LinkedIn's author finder has no time filter: the author's posts, most recently modified first,
   * 100 a page, are read until they were last modified before the window's start (a post made in the
   * window was modified in it too, so older pages cannot hold it).
   */
  async findPublished(
    access: AccountAccess,
    request: PublishRequest,
    since: Date,
    signal: AbortSignal,
  ): Promise<PublishedRef | null> {
    const start = windowStart(since);
    const found = await searchPages(
      NAME,
      (cursor) => this.authorPage(access, start, Number(cursor ?? 0), signal),
      (post) =>
        (typeof post.createdAt !== 'number' || post.createdAt >= start) &&
        sameTextUpToUrls(request.text, unescapeLittleText(post.commentary)),
    );
    return found ? { externalId: found.id, url: linkedInPostUrl(found.id) } : null;
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

  private async authorPage(
    access: AccountAccess,
    start: number,
    offset: number,
    signal: AbortSignal,
  ): Promise<ReadBackPage<LinkedInPost & { id: string; commentary: string }>> {
    const query = new URLSearchParams({
      author: linkedInAuthorUrn(access.externalId),
      q: 'author',
      count: String(LINKEDIN_PAGE_SIZE),
      start: String(offset),
      sortBy: 'LAST_MODIFIED',
    });
    const result = await this.call(access, 'GET', `/rest/posts?${query.toString()}`, signal);
    const body =
      result.kind === 'answer'
        ? (result.body as { elements?: unknown; paging?: { links?: unknown } } | undefined)
        : undefined;
    if (result.kind !== 'answer' || result.status !== 200 || !Array.isArray(body?.elements)) {
      throw readFailure(NAME, result, result.kind === 'answer' ? linkedInErrorText(result) : null);
    }
    const elements = body.elements as LinkedInPost[];
    const links = Array.isArray(body.paging?.links) ? (body.paging.links as { rel?: unknown }[]) : [];
    const more = links.some((link) => link.rel === 'next') || elements.length >= LINKEDIN_PAGE_SIZE;
    const oldest = elements[elements.length - 1];
    const oldestTime = oldest ? (oldest.lastModifiedAt ?? oldest.createdAt) : undefined;
    return {
      posts: elements.filter(
        (post): post is LinkedInPost & { id: string; commentary: string } =>
          typeof post.id === 'string' && typeof post.commentary === 'string',
      ),
      next: more && elements.length > 0 ? String(offset + elements.length) : null,
      passedWindow: typeof oldestTime === 'number' && oldestTime < start,
      remaining: parseLinkedInRateLimit(result.headers, result.status, new Date()).remaining,
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
