import { Inject, Injectable } from '@nestjs/common';
import { Network, PublishFailureCode } from '@relais/contracts';
import { HttpAnswer, httpCall, trimBase } from '../http-call';
import {
  AccountAccess,
  NetworkAdapter,
  PublishOutcome,
  PublishRequest,
  PublishedRef,
  RateLimitInfo,
  RefreshRefused,
  RefreshedCredentials,
} from '../network-adapter';
import { NETWORKS_CONFIG, NetworksConfig } from '../networks-config';
import { FailedOutcome, failedOutcome, firstCommentFailure, noAnswerOutcome } from '../publish-outcomes';
import { orNothing } from '../rate-limit-headers';
import { mapBlueskyFailure, refreshRefusalIsPermanent, xrpcError } from './bluesky-errors';
import { Facet, detectFacets, mentionedHandles, withMentionDids } from './bluesky-facets';
import { resolveHandles } from './bluesky-handles';
import { blueskyMediaEmbed } from './bluesky-media';
import { parseBlueskyRateLimit } from './bluesky-rate-limits';
import {
  StrongRef,
  blueskyPostRecord,
  blueskyPostUrl,
  blueskyReplyRefs,
  blueskyRkey,
} from './bluesky-record';
import { BlueskySessions, jwtExpiry } from './bluesky-sessions';

const NAME = 'Bluesky';
const COLLECTION = 'app.bsky.feed.post';

type Created = { kind: 'created'; ref: StrongRef; rateLimit?: RateLimitInfo };

/** The rkey of a publication's first comment: stable, and distinct from the post's. */
export function blueskyCommentRkey(idempotencyKey: string): string {
  return blueskyRkey(`${idempotencyKey}:first-comment`);
}

/**
 * Bluesky: `com.atproto.repo.createRecord` on the account's PDS with a record key derived from the
 * publication's idempotency key; a resend meets the PDS's refusal of a taken key and reads the
 * record back. Facets are found as Bluesky's client finds them, mentions resolved on the PDS first;
 * media and the link card's thumbnail are uploaded as blobs before the record (`bluesky-media.ts`),
 * a video through Bluesky's video service (`bluesky-video.ts`).
 */
@Injectable()
export class BlueskyAdapter implements NetworkAdapter {
  readonly network = Network.Bluesky;
  readonly idempotent = true;

  constructor(
    @Inject(NETWORKS_CONFIG) private readonly config: NetworksConfig,
    private readonly sessions: BlueskySessions,
  ) {}

  async publish(
    access: AccountAccess,
    request: PublishRequest,
    signal: AbortSignal,
  ): Promise<PublishOutcome> {
    const did = access.externalId;
    const rkey = blueskyRkey(request.idempotencyKey);
    const reply = request.replyTo ? blueskyReplyRefs(request.replyTo) : null;
    if (request.replyTo && !reply) {
      return failedOutcome(
        PublishFailureCode.Rejected,
        'The part this one answers has no recorded Bluesky CID: the thread cannot be continued.',
        null,
      );
    }
    // Both texts' mentions are resolved before anything is sent: nothing is left half done.
    const facets = await this.facetsOf(access, [request.text, request.firstComment ?? ''], signal);
    if (!Array.isArray(facets)) return facets;
    const [postFacets, commentFacets] = facets;
    // The files go up before the record: only the record is a post.
    const embed = await blueskyMediaEmbed(
      access,
      request.media,
      request.linkCard,
      request.uploads,
      {
        pds: this.pds(access),
        accessJwt: this.sessions.accessJwt(access.accountId, access.accessToken),
        did,
        videoServiceUrl: this.config.blueskyVideoServiceUrl,
        httpTimeoutMs: this.config.httpTimeoutMs,
        uploadTimeoutMs: this.config.mediaUploadTimeoutMs,
        processingTimeoutMs: this.config.mediaProcessingTimeoutMs,
      },
      signal,
    );
    if (embed.kind === 'failed') return embed;
    const record = blueskyPostRecord(request.text, request.createdAt, {
      facets: postFacets,
      linkUrl: request.linkUrl,
      embed: embed.embed,
      ...(reply ? { reply } : {}),
    });
    const post = await this.createRecord(access, rkey, record, signal);
    if (post.kind !== 'created') return post;
    const published: PublishOutcome = {
      kind: 'published',
      externalId: post.ref.uri,
      url: blueskyPostUrl(did, rkey),
      cid: post.ref.cid,
      ...(post.rateLimit ? { rateLimit: post.rateLimit } : {}),
    };
    if (!request.firstComment) return published;
    const comment = await this.addComment(access, request, post.ref, commentFacets, signal);
    const failure = firstCommentFailure(NAME, comment);
    return failure ? { ...published, firstCommentFailure: failure } : published;
  }

  /**
   * The record keys are known, so this is exact: the post is there or it is not. A post whose first
   * comment is missing (the worker stopped between the two) counts as not yet published: sending
   * again adds only the comment, the post's key being taken.
   */
  async findPublished(
    access: AccountAccess,
    request: PublishRequest,
    _since: Date,
    signal: AbortSignal,
  ): Promise<PublishedRef | null> {
    const rkey = blueskyRkey(request.idempotencyKey);
    const found = await this.getRecord(access, rkey, signal);
    if (found === 'missing') return null;
    if (typeof found === 'string') throw new Error(`${NAME} could not be read back: ${found}.`);
    if (request.firstComment) {
      const comment = await this.getRecord(access, blueskyCommentRkey(request.idempotencyKey), signal);
      if (comment === 'missing') return null;
      if (typeof comment === 'string')
        throw new Error(`${NAME} could not read the first comment back: ${comment}.`);
    }
    return { externalId: found.uri, url: blueskyPostUrl(access.externalId, rkey), cid: found.cid };
  }

  async refresh(access: AccountAccess, signal: AbortSignal): Promise<RefreshedCredentials | null> {
    const refreshJwt = this.sessions.refreshJwt(access.accountId, access.accessToken, access.refreshToken);
    if (!refreshJwt)
      throw new RefreshRefused('The Bluesky account has no refresh token; reconnect it.', true);
    const result = await httpCall(
      {
        method: 'POST',
        url: `${this.pds(access)}/xrpc/com.atproto.server.refreshSession`,
        headers: { Authorization: `Bearer ${refreshJwt}` },
      },
      signal,
      this.config.httpTimeoutMs,
    );
    if (result.kind !== 'answer') {
      throw new RefreshRefused(`Bluesky could not be reached to renew the session: ${result.reason}.`, false);
    }
    const body = result.body as { accessJwt?: unknown; refreshJwt?: unknown } | undefined;
    if (result.status === 200 && typeof body?.accessJwt === 'string' && typeof body.refreshJwt === 'string') {
      const session = {
        accessJwt: body.accessJwt,
        refreshJwt: body.refreshJwt,
        expiresAt: jwtExpiry(body.accessJwt),
      };
      this.sessions.remember(access.accountId, access.accessToken, session);
      return {
        accessToken: session.accessJwt,
        refreshToken: session.refreshJwt,
        expiresAt: session.expiresAt,
      };
    }
    const { error, message } = xrpcError(result);
    const words = [error, message].filter(Boolean).join(': ') || `HTTP ${result.status}`;
    if (refreshRefusalIsPermanent(result)) {
      this.sessions.forget(access.accountId);
      throw new RefreshRefused(
        `Bluesky refused to renew the session (${words}); reconnect the account.`,
        true,
      );
    }
    throw new RefreshRefused(`Bluesky could not renew the session now (${words}).`, false);
  }

  /** Each text's facets, its mentions resolved on the account's PDS; or why they could not be. */
  private async facetsOf(
    access: AccountAccess,
    texts: string[],
    signal: AbortSignal,
  ): Promise<Facet[][] | FailedOutcome> {
    const detected = texts.map(detectFacets);
    const handles = mentionedHandles(detected.flat());
    if (handles.length === 0) return detected;
    const dids = await resolveHandles(this.pds(access), handles, signal, this.config.httpTimeoutMs);
    if ('kind' in dids) return dids;
    return detected.map((facets) => withMentionDids(facets, dids));
  }

  private async addComment(
    access: AccountAccess,
    request: PublishRequest,
    parent: StrongRef,
    facets: Facet[],
    signal: AbortSignal,
  ): Promise<PublishOutcome> {
    const rkey = blueskyCommentRkey(request.idempotencyKey);
    const record = blueskyPostRecord(request.firstComment ?? '', request.createdAt, {
      facets,
      replyTo: parent,
    });
    let created = await this.createRecord(access, rkey, record, signal);
    // Same rkey: sending once more cannot add a second reply.
    if (
      created.kind === 'unknown' ||
      (created.kind === 'failed' && created.code === PublishFailureCode.NetworkUnavailable)
    ) {
      created = await this.createRecord(access, rkey, record, signal);
    }
    return created.kind === 'created'
      ? { kind: 'published', externalId: created.ref.uri, url: null }
      : created;
  }

  private async createRecord(
    access: AccountAccess,
    rkey: string,
    record: Record<string, unknown>,
    signal: AbortSignal,
  ): Promise<Created | PublishOutcome> {
    const result = await httpCall(
      {
        method: 'POST',
        url: `${this.pds(access)}/xrpc/com.atproto.repo.createRecord`,
        headers: { Authorization: `Bearer ${this.sessions.accessJwt(access.accountId, access.accessToken)}` },
        json: { repo: access.externalId, collection: COLLECTION, rkey, record },
      },
      signal,
      this.config.httpTimeoutMs,
    );
    if (result.kind !== 'answer') return noAnswerOutcome(NAME, result);
    const rateLimit = orNothing(parseBlueskyRateLimit(result.headers));
    if (result.status === 200) {
      const ref = strongRef(result);
      if (ref) return { kind: 'created', ref, ...(rateLimit ? { rateLimit } : {}) };
      return {
        kind: 'unknown',
        message: `${NAME} accepted the post but its answer could not be read; it is being checked.`,
      };
    }
    const failure = mapBlueskyFailure(result, new Date());
    if (failure.authExpired || failure.code === PublishFailureCode.RateLimited) return failure;
    // A PDS answers a create on a taken key with a bare 500 (InternalServerError, "Internal Server
    // Error"): the record under our key is an earlier attempt that went through, so it is read back.
    // Any other refusal is checked the same way: it may follow an earlier success too.
    const existing = await this.getRecord(access, rkey, signal);
    if (typeof existing !== 'string')
      return { kind: 'created', ref: existing, ...(rateLimit ? { rateLimit } : {}) };
    return failure;
  }

  /** The record, `'missing'`, or why it could not be read. */
  private async getRecord(
    access: AccountAccess,
    rkey: string,
    signal: AbortSignal,
  ): Promise<StrongRef | string> {
    const query = new URLSearchParams({ repo: access.externalId, collection: COLLECTION, rkey });
    const result = await httpCall(
      {
        method: 'GET',
        url: `${this.pds(access)}/xrpc/com.atproto.repo.getRecord?${query.toString()}`,
        headers: { Authorization: `Bearer ${this.sessions.accessJwt(access.accountId, access.accessToken)}` },
      },
      signal,
      this.config.httpTimeoutMs,
    );
    if (result.kind !== 'answer') return result.reason;
    if (result.status === 200) return strongRef(result) ?? 'the answer could not be read';
    const { error, message } = xrpcError(result);
    if (
      result.status === 404 ||
      error === 'RecordNotFound' ||
      /could not locate record/i.test(message ?? '')
    ) {
      return 'missing';
    }
    return [error, message].filter(Boolean).join(': ') || `HTTP ${result.status}`;
  }

  private pds(access: AccountAccess): string {
    return trimBase(access.instanceUrl ?? this.config.blueskyDefaultPdsUrl);
  }
}

function strongRef(answer: HttpAnswer): StrongRef | null {
  const body = answer.body as { uri?: unknown; cid?: unknown } | undefined;
  return typeof body?.uri === 'string' && typeof body.cid === 'string'
    ? { uri: body.uri, cid: body.cid }
    : null;
}
