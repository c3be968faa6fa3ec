import { Inject, Injectable } from '@nestjs/common';
import { MediaKind, Network } from '@relais/contracts';
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
import { firstCommentFailure, noAnswerOutcome } from '../publish-outcomes';
import { orNothing } from '../rate-limit-headers';
import { ReadBackPage, readFailure, searchPages, windowStart } from '../read-back';
import { sameTextUpToUrls } from '../text-matching';
import { mapFacebookFailure } from './facebook-errors';
import {
  FacebookMediaContext,
  facebookMediaRefusal,
  publishPhoto,
  publishVideo,
  refused,
  uploadUnpublishedPhotos,
} from './facebook-media';
import { parseFacebookRateLimit } from './facebook-rate-limits';

const NAME = 'Facebook';
/** Posts per page of a Graph edge: 100 at most. */
const FACEBOOK_PAGE_SIZE = 100;

interface FeedPost {
  id?: unknown;
  message?: unknown;
  created_time?: unknown;
  permalink_url?: unknown;
}

/** A page of a Graph edge: `data` and cursor paging. */
interface GraphPage {
  data?: unknown;
  paging?: { cursors?: { after?: unknown }; next?: unknown };
}

/** `{page}_{post}` → the post's address on facebook.com. */
export function facebookPostUrl(postId: string): string {
  const [page, post] = postId.split('_');
  return post ? `https://www.facebook.com/${page}/posts/${post}` : `https://www.facebook.com/${postId}`;
}

/**
 * Facebook pages: a form `POST /{version}/{page-id}/feed` with the page token, or the media edges
 * (`facebook-media.ts`). Facebook has no
 * idempotency key: after an unknown outcome the page's published posts in the publication's time
 * window are read back.
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
    const post = await this.post(access, request, signal);
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

  /**
   * The post itself: text and link on `/feed` (Facebook builds the link's card); one photo on
   * `/photos` with the text; several photos uploaded unpublished then attached to a `/feed` post;
   * a video through the resumable upload, published once processed.
   */
  private async post(
    access: AccountAccess,
    request: PublishRequest,
    signal: AbortSignal,
  ): Promise<PublishOutcome> {
    const feed = `${encodeURIComponent(access.externalId)}/feed`;
    const { media } = request;
    if (media.length === 0) {
      const link = request.linkUrl?.trim();
      return this.toOutcome(
        await this.send(access, feed, { message: request.text, ...(link ? { link } : {}) }, signal),
      );
    }
    const refusal = facebookMediaRefusal(media);
    if (refusal) return refused(refusal);
    const context = this.mediaContext(access, signal);
    if (media[0].kind === MediaKind.Video) {
      const video = await publishVideo(context, media[0], request.text, request.uploads, signal);
      if (video.kind !== 'ready') return video;
      const externalId = video.postId ?? `${access.externalId}_${video.videoId}`;
      return { kind: 'published', externalId, url: facebookPostUrl(externalId) };
    }
    if (media.length === 1) {
      const photo = await publishPhoto(context, media[0], request.text, signal);
      return photo.kind === 'failed' ? photo : this.toOutcome(photo);
    }
    const photos = await uploadUnpublishedPhotos(context, media, request.uploads, signal);
    if (photos.kind === 'failed') return photos;
    const attached = Object.fromEntries(
      photos.photoIds.map((id, index) => [`attached_media[${index}]`, JSON.stringify({ media_fbid: id })]),
    );
    return this.toOutcome(await this.send(access, feed, { message: request.text, ...attached }, signal));
  }

  private mediaContext(access: AccountAccess, signal: AbortSignal): FacebookMediaContext {
    return {
      graphUrl: this.base(),
      pageId: access.externalId,
      accessToken: access.accessToken,
      uploadTimeoutMs: this.config.mediaUploadTimeoutMs,
      processingTimeoutMs: this.config.mediaProcessingTimeoutMs,
      form: (path, fields) => this.send(access, path, fields, signal),
      get: (path, query) =>
        httpCall(
          {
            method: 'GET',
            url: `${this.base()}/${path}?${new URLSearchParams({ ...query, access_token: access.accessToken }).toString()}`,
          },
          signal,
          this.config.httpTimeoutMs,
        ),
    };
  }

  /**
   * The page's published posts since the window's start (`since`), newest first, 100 a page,
   * followed by the `after` cursor while Graph gives a next page.
   */
  async findPublished(
    access: AccountAccess,
    request: PublishRequest,
    since: Date,
    signal: AbortSignal,
  ): Promise<PublishedRef | null> {
    const start = Math.floor(windowStart(since) / 1000);
    const found = await searchPages(
      NAME,
      (cursor) => this.publishedPage(access, start, cursor, signal),
      (post) => sameTextUpToUrls(request.text, post.message),
    );
    if (!found) return null;
    return {
      externalId: found.id,
      url: typeof found.permalink_url === 'string' ? found.permalink_url : facebookPostUrl(found.id),
    };
  }

  /** Page tokens do not expire on their own and cannot be renewed without the person who granted them. */
  async refresh(): Promise<RefreshedCredentials | null> {
    return null;
  }

  private async publishedPage(
    access: AccountAccess,
    startSeconds: number,
    cursor: string | null,
    signal: AbortSignal,
  ): Promise<ReadBackPage<FeedPost & { id: string; message: string }>> {
    const query = new URLSearchParams({
      since: String(startSeconds),
      fields: 'id,message,created_time,permalink_url',
      limit: String(FACEBOOK_PAGE_SIZE),
      access_token: access.accessToken,
      ...(cursor ? { after: cursor } : {}),
    });
    const url = `${this.base()}/${encodeURIComponent(access.externalId)}/published_posts?${query.toString()}`;
    const result = await httpCall({ method: 'GET', url }, signal, this.config.httpTimeoutMs);
    const body = result.kind === 'answer' ? (result.body as GraphPage | undefined) : undefined;
    if (result.kind !== 'answer' || result.status !== 200 || !Array.isArray(body?.data)) {
      throw readFailure(
        NAME,
        result,
        result.kind === 'answer' ? mapFacebookFailure(result, new Date()).networkMessage : null,
      );
    }
    const after = body.paging?.cursors?.after;
    return {
      posts: (body.data as FeedPost[]).filter(
        (post): post is FeedPost & { id: string; message: string } =>
          typeof post.id === 'string' && typeof post.message === 'string',
      ),
      next: typeof body.paging?.next === 'string' && typeof after === 'string' ? after : null,
      passedWindow: false,
      remaining: parseFacebookRateLimit(result.headers, new Date()).remaining,
    };
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
    // A photo published with its message answers `{id, post_id}`: the post is `post_id`.
    const body = result.body as { id?: unknown; post_id?: unknown } | undefined;
    const id = typeof body?.post_id === 'string' ? body.post_id : body?.id;
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
