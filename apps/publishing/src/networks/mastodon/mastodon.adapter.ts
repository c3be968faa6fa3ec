import { Inject, Injectable } from '@nestjs/common';
import { Network, PublishFailureCode } from '@relais/contracts';
import { HttpAnswer, httpCall, trimBase } from '../http-call';
import {
  AccountAccess,
  NetworkAdapter,
  PublishOutcome,
  PublishRequest,
  PublishedRef,
  RefreshedCredentials,
} from '../network-adapter';
import { NETWORKS_CONFIG, NetworksConfig } from '../networks-config';
import { failedOutcome, firstCommentFailure, noAnswerOutcome } from '../publish-outcomes';
import { orNothing } from '../rate-limit-headers';
import { ReadBackPage, readFailure, searchPages, windowStart } from '../read-back';
import { htmlToText, sameTextUpToUrls } from '../text-matching';
import { mapMastodonFailure, mastodonErrorText } from './mastodon-errors';
import { uploadMastodonMedia } from './mastodon-media';
import { parseMastodonRateLimit } from './mastodon-rate-limits';

const NAME = 'Mastodon';
/** Statuses per page of an account's statuses: 40 at most. */
const MASTODON_PAGE_SIZE = 40;

interface MastodonStatus {
  id: string;
  url?: string | null;
  uri?: string;
  content?: string;
  created_at?: string;
  in_reply_to_id?: string | null;
}

/** When a status was created (Unix ms); one without a readable date counts as in the window. */
function createdAt(status: MastodonStatus): number {
  const at = status.created_at ? Date.parse(status.created_at) : NaN;
  return Number.isNaN(at) ? Number.POSITIVE_INFINITY : at;
}

/** The `max_id` of the `Link` header's `rel="next"` page, if there is one. */
export function nextMaxId(link: string | null): string | null {
  const next = link?.split(',').find((part) => /;\s*rel="?next"?/.test(part));
  const url = next ? /<([^>]+)>/.exec(next)?.[1] : undefined;
  if (!url) return null;
  try {
    return new URL(url).searchParams.get('max_id');
  } catch {
    return null;
  }
}

/** The Idempotency-Key of the first comment: stable, and distinct from the post's. */
export function mastodonCommentKey(idempotencyKey: string): string {
  return `${idempotencyKey}:first-comment`;
}

/**
 * Mastodon: `POST /api/v1/statuses` on the account's server, deduplicated by `Idempotency-Key`
 * (kept one hour by the server), so a resend after an unknown outcome answers the same status. Its
 * media are uploaded and processed first (`mastodon-media.ts`), then attached by `media_ids[]`.
 */
@Injectable()
export class MastodonAdapter implements NetworkAdapter {
  readonly network = Network.Mastodon;
  readonly idempotent = true;

  constructor(@Inject(NETWORKS_CONFIG) private readonly config: NetworksConfig) {}

  async publish(
    access: AccountAccess,
    request: PublishRequest,
    signal: AbortSignal,
  ): Promise<PublishOutcome> {
    if (!access.instanceUrl) return this.noServer();
    const mediaIds = await uploadMastodonMedia(
      access,
      request.media,
      request.uploads,
      {
        uploadTimeoutMs: this.config.mediaUploadTimeoutMs,
        processingTimeoutMs: this.config.mediaProcessingTimeoutMs,
        httpTimeoutMs: this.config.httpTimeoutMs,
      },
      signal,
    );
    if (!Array.isArray(mediaIds)) return mediaIds;
    const post = await this.postStatus(
      access,
      {
        status: request.text,
        ...(mediaIds.length > 0 ? { media_ids: mediaIds } : {}),
        ...(request.replyTo ? { in_reply_to_id: request.replyTo.parent.externalId } : {}),
      },
      request.idempotencyKey,
      signal,
      request.onSent,
    );
    if (post.kind !== 'published' || !request.firstComment) return post;
    const sendComment = () =>
      this.postStatus(
        access,
        { status: request.firstComment ?? '', in_reply_to_id: post.externalId },
        mastodonCommentKey(request.idempotencyKey),
        signal,
      );
    let comment = await sendComment();
    // Same Idempotency-Key: sending once more cannot add a second reply.
    if (
      comment.kind === 'unknown' ||
      (comment.kind === 'failed' && comment.code === PublishFailureCode.NetworkUnavailable)
    ) {
      comment = await sendComment();
    }
    const failure = firstCommentFailure(NAME, comment);
    return failure ? { ...post, firstCommentFailure: failure } : post;
  }

  /**
   * The account's statuses (replies and boosts left out), newest first, 40 a page, followed by the
   * `Link` header's `max_id` until they were created before the window's start. Within the hour a
   * resend with the same Idempotency-Key also answers the status; past it, only this finds it.
   */
  async findPublished(
    access: AccountAccess,
    request: PublishRequest,
    since: Date,
    signal: AbortSignal,
  ): Promise<PublishedRef | null> {
    if (!access.instanceUrl) return null;
    const start = windowStart(since);
    // A part of a thread is a reply: looked for among the replies, under the part before.
    const parent = request.replyTo?.parent.externalId ?? null;
    const found = await searchPages(
      NAME,
      (cursor) => this.statusesPage(access, start, cursor, signal, parent !== null),
      (status) =>
        createdAt(status) >= start &&
        (parent === null || status.in_reply_to_id === parent) &&
        sameTextUpToUrls(request.text, htmlToText(status.content ?? '')),
    );
    return found ? { externalId: found.id, url: found.url ?? found.uri ?? null } : null;
  }

  /** Mastodon tokens do not expire. */
  async refresh(): Promise<RefreshedCredentials | null> {
    return null;
  }

  private async statusesPage(
    access: AccountAccess,
    start: number,
    maxId: string | null,
    signal: AbortSignal,
    withReplies = false,
  ): Promise<ReadBackPage<MastodonStatus>> {
    const query = new URLSearchParams({
      limit: String(MASTODON_PAGE_SIZE),
      exclude_replies: String(!withReplies),
      exclude_reblogs: 'true',
      ...(maxId ? { max_id: maxId } : {}),
    });
    const url = `${trimBase(access.instanceUrl ?? '')}/api/v1/accounts/${encodeURIComponent(access.externalId)}/statuses?${query.toString()}`;
    const result = await httpCall(
      { method: 'GET', url, headers: { Authorization: `Bearer ${access.accessToken}` } },
      signal,
      this.config.httpTimeoutMs,
    );
    if (result.kind !== 'answer' || result.status !== 200 || !Array.isArray(result.body)) {
      throw readFailure(NAME, result, result.kind === 'answer' ? mastodonErrorText(result) : null);
    }
    const statuses = (result.body as MastodonStatus[]).filter((status) => typeof status.id === 'string');
    const oldest = statuses[statuses.length - 1];
    return {
      posts: statuses,
      next: nextMaxId(result.headers.get('link')),
      passedWindow: oldest !== undefined && createdAt(oldest) < start,
      remaining: parseMastodonRateLimit(result.headers).remaining,
    };
  }

  private async postStatus(
    access: AccountAccess,
    fields: { status: string; in_reply_to_id?: string; media_ids?: string[] },
    idempotencyKey: string,
    signal: AbortSignal,
    onSent?: (at: number) => void,
  ): Promise<PublishOutcome> {
    const result = await httpCall(
      {
        method: 'POST',
        url: `${trimBase(access.instanceUrl ?? '')}/api/v1/statuses`,
        headers: { Authorization: `Bearer ${access.accessToken}`, 'Idempotency-Key': idempotencyKey },
        json: { ...fields, visibility: 'public' },
        onWritten: onSent,
      },
      signal,
      this.config.httpTimeoutMs,
    );
    if (result.kind !== 'answer') return noAnswerOutcome(NAME, result);
    if (result.status >= 200 && result.status < 300) return this.published(result);
    return mapMastodonFailure(result, new Date());
  }

  private published(answer: HttpAnswer): PublishOutcome {
    const status = answer.body as MastodonStatus | undefined;
    const rateLimit = orNothing(parseMastodonRateLimit(answer.headers));
    if (!status || typeof status.id !== 'string') {
      return {
        kind: 'unknown',
        message: `${NAME} accepted the post but its answer could not be read; it is being checked.`,
      };
    }
    return {
      kind: 'published',
      externalId: status.id,
      url: status.url ?? status.uri ?? null,
      ...(rateLimit ? { rateLimit } : {}),
    };
  }

  private noServer(): PublishOutcome {
    return failedOutcome(
      PublishFailureCode.NeedsReconnection,
      'The Mastodon account has no server address; reconnect it.',
      null,
    );
  }
}
