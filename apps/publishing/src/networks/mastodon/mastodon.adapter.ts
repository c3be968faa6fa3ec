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
import { failedOutcome, firstCommentFailure, mediaUnsupported, noAnswerOutcome } from '../publish-outcomes';
import { orNothing } from '../rate-limit-headers';
import { htmlToText, sameTextUpToUrls } from '../text-matching';
import { mapMastodonFailure } from './mastodon-errors';
import { parseMastodonRateLimit } from './mastodon-rate-limits';

const NAME = 'Mastodon';

interface MastodonStatus {
  id: string;
  url?: string | null;
  uri?: string;
  content?: string;
  created_at?: string;
}

/** The Idempotency-Key of the first comment: stable, and distinct from the post's. */
export function mastodonCommentKey(idempotencyKey: string): string {
  return `${idempotencyKey}:first-comment`;
}

/**
 * Mastodon: `POST /api/v1/statuses` on the account's server, deduplicated by `Idempotency-Key`
 * (kept one hour by the server), so a resend after an unknown outcome answers the same status.
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
    if (request.mediaIds.length > 0) return mediaUnsupported(NAME);
    if (!access.instanceUrl) return this.noServer();
    const post = await this.postStatus(
      access,
      { status: request.text },
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
   * Resending with the same key is how Mastodon is reconciled within the hour; past it, the account's
   * latest statuses are read and the text compared.
   */
  async findPublished(
    access: AccountAccess,
    request: PublishRequest,
    since: Date,
    signal: AbortSignal,
  ): Promise<PublishedRef | null> {
    if (!access.instanceUrl) return null;
    const url = `${trimBase(access.instanceUrl)}/api/v1/accounts/${encodeURIComponent(access.externalId)}/statuses?limit=20&exclude_replies=true&exclude_reblogs=true`;
    const result = await httpCall(
      { method: 'GET', url, headers: { Authorization: `Bearer ${access.accessToken}` } },
      signal,
      this.config.httpTimeoutMs,
    );
    if (result.kind !== 'answer') throw new Error(`${NAME} could not be read back: ${result.reason}.`);
    if (result.status !== 200 || !Array.isArray(result.body)) {
      throw new Error(`${NAME} could not be read back (HTTP ${result.status}).`);
    }
    const found = (result.body as MastodonStatus[]).find(
      (status) =>
        (!status.created_at || new Date(status.created_at).getTime() >= since.getTime() - 1000) &&
        sameTextUpToUrls(request.text, htmlToText(status.content ?? '')),
    );
    return found ? { externalId: found.id, url: found.url ?? found.uri ?? null } : null;
  }

  /** Mastodon tokens do not expire. */
  async refresh(): Promise<RefreshedCredentials | null> {
    return null;
  }

  private async postStatus(
    access: AccountAccess,
    fields: { status: string; in_reply_to_id?: string },
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
