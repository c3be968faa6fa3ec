import { Logger } from '@nestjs/common';
import { PublishFailureCode } from '@relais/contracts';
import { PublishingConfig } from '../config';
import { AccountUnavailable, CredentialsClient } from '../credentials/credentials.client';
import { PublicationMediaService } from '../media/publication-media.service';
import { AdapterRegistry } from '../networks/adapter-registry';
import {
  AccountAccess,
  MediaUnavailable,
  NetworkAdapter,
  PublishedRef,
  PublishOutcome,
  PublishRequest,
  RefreshRefused,
} from '../networks/network-adapter';
import { PublicationRow } from '../publications/publication';
import { PublicationPartsService } from '../publications/publication-parts.service';
import { TokenRefreshService } from '../tokens/token-refresh.service';
import { SendLimits } from './concurrency';
import { DispatchMetrics } from './dispatch-metrics';
import { DispatchRepository } from './dispatch.repository';
import { DispatchResult } from './dispatch-result';
import { retryingTransient } from './database-retry';
import { ReplyStep, replyRequestOf, requestOf, resultOf, RetryPolicy } from './outcome-mapping';
import { ThreadSender } from './thread-sender';

const CREDENTIALS_RETRY_MS = 5000;
/** Reading back looks for the post from this long before its due instant (clocks differ). */
const CLOCK_MARGIN_MS = 60_000;

/** From when the post may be on the account: any attempt of the publication went out after its due instant. */
const sentSince = (row: PublicationRow) => new Date(new Date(row.due_at).getTime() - CLOCK_MARGIN_MS);

/** Uploads and processing come before the post request: a send with media has their time as well. */
const hasMedia = (row: PublicationRow) => row.media_ids.length > 0 || !!row.link_card?.thumbnailMediaId;

/** A thread sends one request per part: its lease is held while they go out. */
const isThread = (row: PublicationRow) => row.thread_parts.length > 0;

const publishedOf = (found: PublishedRef): PublishOutcome => ({
  kind: 'published',
  externalId: found.externalId,
  url: found.url,
  ...(found.cid ? { cid: found.cid } : {}),
});

export interface SenderDeps {
  repository: DispatchRepository;
  adapters: AdapterRegistry;
  credentials: CredentialsClient;
  media: PublicationMediaService;
  parts: PublicationPartsService;
  tokens: TokenRefreshService;
  metrics: DispatchMetrics;
  config: PublishingConfig;
  worker: string;
  limits: SendLimits;
  /** `admitted`: the outcome of a send `admit` let out. */
  emit: (result: DispatchResult, admitted?: boolean) => void;
  /** Room for up to `wanted` sends in the window of unrecorded work: how many may go. */
  admit: (wanted: number) => Promise<number>;
  /** Admitted sends that did not go out after all. */
  forgo: (count: number) => void;
  /** False once the replica stops: bookkeeping is not tried again. */
  running: () => boolean;
}

/**
 * Sends a batch of claimed publications at their due instant: credentials (cached, refreshed when
 * about to expire), one statement moving every row still claimed to `sending`, then the requests
 * under the per-network and per-account limits; every outcome goes to the result sink.
 */
export class PublicationSender {
  private readonly logger = new Logger(PublicationSender.name);
  private readonly policy: RetryPolicy;
  private readonly threads: ThreadSender;
  private inFlight = 0;

  constructor(private readonly deps: SenderDeps) {
    this.threads = new ThreadSender(deps.parts);
    this.policy = {
      maxAttempts: deps.config.MAX_ATTEMPTS,
      baseMs: deps.config.RETRY_BASE_MS,
      maxMs: deps.config.RETRY_MAX_MS,
    };
  }

  get busy(): number {
    return this.inFlight;
  }

  /**
   * `rows`: claimed by this worker, or taken over in `unknown` and read back (`checked`: the network
   * said the post is not there, so nothing is looked up again before sending).
   */
  async sendBatch(rows: PublicationRow[], checked = false): Promise<void> {
    const ready: { row: PublicationRow; access: AccountAccess }[] = [];
    await Promise.all(
      rows.map(async (row) => {
        const blocked = this.deps.limits.blockedUntil(row.account_id);
        if (blocked) return this.deps.emit({ row, attempt: null, kind: 'release', nextAttemptAt: blocked });
        const access = await this.accessFor(row);
        if (access) ready.push({ row, access });
      }),
    );
    const sends: Promise<void>[] = [];
    try {
      for (let start = 0; start < ready.length;) {
        const granted = await this.deps.admit(ready.length - start);
        const chunk = ready.slice(start, start + granted);
        start += granted;
        const moved = await this.startSending(chunk.map(({ row }) => row)).catch((error: unknown) => {
          this.deps.forgo(granted);
          throw error;
        });
        const attempts = new Map(moved.map((row) => [row.id, row.attempt]));
        const going = chunk.filter(({ row }) => attempts.has(row.id));
        this.deps.forgo(granted - going.length);
        for (const { row, access } of going) {
          const attempt = attempts.get(row.id) ?? row.attempts + 1;
          // Left in `sending` without an outcome: out of the window, reconciled once its lease expires.
          const send = this.publish(row, access, attempt, checked).catch((error: unknown) => {
            this.deps.forgo(1);
            throw error;
          });
          sends.push(send);
        }
      }
    } finally {
      await Promise.all(sends);
    }
  }

  /**
   * Moves the rows still held to `sending` (one attempt each). When the database cannot be reached,
   * asked again with bounded backoff until it answers, for as long as the claims hold: a row the lost
   * answer had moved already comes back as it is.
   */
  private startSending(rows: PublicationRow[]): Promise<{ id: string; attempt: number }[]> {
    const leaseEnds = Math.min(...rows.map((row) => new Date(row.lease_until ?? 0).getTime()));
    return retryingTransient(
      () =>
        this.deps.repository.startSending(
          this.deps.worker,
          rows.map((row) => row.id),
          this.deps.config.LEASE_SECONDS,
        ),
      () => this.deps.running() && Date.now() < leaseEnds,
      (error, retry) => {
        if (retry === 1)
          this.logger.warn(
            `Moving ${rows.length} publication(s) to sending failed (${String(error)}); retrying`,
          );
      },
    );
  }

  /**
   * Taken over in `sending` or `unknown` (a dispatcher stopped answering, or an answer was lost): the
   * previous attempt may have posted, on any network, so the post is looked for first. Found, it is
   * published; not there, it is sent now (same idempotency key or record key); the network cannot be
   * read, it stays `unknown` under this lease and is looked for again once the lease expires.
   */
  async reconcile(rows: PublicationRow[]): Promise<void> {
    const absent: PublicationRow[] = [];
    await Promise.all(
      rows.map(async (row) => {
        const access = await this.accessFor(row);
        if (!access) return;
        const release = await this.deps.limits.acquire(row.network, row.account_id);
        try {
          if (isThread(row)) {
            await this.reconcileThreadPost(row, access);
            absent.push(row);
            return;
          }
          const found = await this.deps.adapters
            .get(row.network)
            .findPublished(
              access,
              requestOf(row),
              sentSince(row),
              AbortSignal.timeout(this.deps.config.HTTP_TIMEOUT_MS),
            );
          if (!found) absent.push(row);
          else {
            this.deps.emit({
              row,
              attempt: null,
              kind: 'published',
              externalId: found.externalId,
              url: found.url,
              detail: 'found on the network after an interrupted send',
            });
          }
        } catch (error) {
          this.logger.warn(`Publication ${row.id} could not be checked on the network: ${String(error)}`);
        } finally {
          release();
        }
      }),
    );
    if (absent.length > 0) await this.sendBatch(absent, true);
  }

  /**
   * A thread taken over: its post is looked for (and recorded when found) unless recorded already;
   * the send that follows reads each further part back before sending it.
   */
  private async reconcileThreadPost(row: PublicationRow, access: AccountAccess): Promise<void> {
    const recorded = await this.deps.parts.recorded(row);
    if (recorded.has(0)) return;
    const found = await this.deps.adapters
      .get(row.network)
      .findPublished(
        access,
        requestOf(row),
        sentSince(row),
        AbortSignal.timeout(this.deps.config.HTTP_TIMEOUT_MS),
      );
    if (found) await this.deps.parts.record(row, 0, found);
  }

  private async accessFor(row: PublicationRow): Promise<AccountAccess | null> {
    try {
      const access = await this.deps.credentials.get(row.agency_id, row.account_id);
      if (!this.deps.tokens.expiresSoon(access)) return access;
      return await this.deps.tokens.refresh(row.agency_id, access).catch((error: unknown) => {
        if (error instanceof RefreshRefused && error.permanent) throw error;
        return access;
      });
    } catch (error) {
      if (error instanceof AccountUnavailable) {
        this.deps.emit({
          row,
          attempt: null,
          kind: 'failed',
          code: PublishFailureCode.AccountDisconnected,
          message: `The account cannot publish: ${error.message}`,
          networkMessage: null,
        });
      } else if (error instanceof RefreshRefused) {
        this.deps.emit({
          row,
          attempt: null,
          kind: 'failed',
          code: PublishFailureCode.NeedsReconnection,
          message: `The account must be reconnected: ${error.message}`,
          networkMessage: null,
        });
      } else {
        this.deps.emit({
          row,
          attempt: null,
          kind: 'release',
          nextAttemptAt: new Date(Date.now() + CREDENTIALS_RETRY_MS),
        });
      }
      return null;
    }
  }

  private async publish(
    row: PublicationRow,
    access: AccountAccess,
    attempt: number,
    checked: boolean,
  ): Promise<void> {
    const adapter = this.deps.adapters.get(row.network);
    const release = await this.deps.limits.acquire(row.network, row.account_id);
    const series = this.deps.metrics.of(row.network);
    this.inFlight += 1;
    series.inFlight.inc();
    const dueAt = new Date(row.due_at).getTime();
    let sentAt: number | undefined;
    // The first time the request leaves is what lateness measures (a resend does not move it).
    const onSent = (at: number) => {
      if (sentAt !== undefined) return;
      sentAt = at;
      series.lateness.observe(Math.max(0, at - dueAt) / 1000);
    };
    let outcome: PublishOutcome;
    const heartbeat = hasMedia(row) || isThread(row) ? this.holdLease(row) : undefined;
    try {
      const post = () => this.sendStep(adapter, row, access, !checked, onSent);
      outcome = isThread(row)
        ? await this.threads
            .send(row, {
              post,
              // A part an earlier attempt may have posted is looked for before it is sent again.
              reply: (step) => this.sendStep(adapter, row, access, attempt > 1, undefined, step),
            })
            .catch((error: unknown) => ({
              kind: 'unknown' as const,
              message: `The thread's progress could not be recorded: ${String(error)}`,
            }))
        : await post();
    } finally {
      clearInterval(heartbeat);
      release();
      this.inFlight -= 1;
      series.inFlight.dec();
    }
    const result = resultOf(row, attempt, outcome, this.policy);
    if (sentAt !== undefined) result.sentAt = sentAt;
    if (result.blockedUntil) this.deps.limits.block(row.account_id, result.blockedUntil);
    this.deps.emit(result, true);
  }

  /**
   * One request of a publication (its post, or with `step` one reply of its thread): looked for
   * first when an earlier attempt may have posted it, sent, its token renewed when refused, and read
   * back when the answer was lost.
   */
  private async sendStep(
    adapter: NetworkAdapter,
    row: PublicationRow,
    access: AccountAccess,
    lookFirst: boolean,
    onSent?: (at: number) => void,
    step?: ReplyStep,
  ): Promise<PublishOutcome> {
    const already = lookFirst ? await this.alreadyPublished(adapter, row, access, step) : null;
    let outcome = already ?? (await this.call(row, access, onSent, step));
    if (outcome.kind === 'failed' && outcome.authExpired)
      outcome = await this.afterAuthFailure(row, access, outcome, step);
    if (outcome.kind === 'unknown')
      outcome = await this.afterLostAnswer(adapter, row, access, outcome, onSent, step);
    return outcome;
  }

  /** What is asked of the network to read a step back: the post, or one reply of the thread. */
  private readRequest(row: PublicationRow, step?: ReplyStep): PublishRequest {
    return step ? replyRequestOf(row, step) : requestOf(row);
  }

  /**
   * The answer was lost: the post may be on the network, on any network. Read it back first; found,
   * it is published. Not there: a network that dedupes gets the same request again at once (same key,
   * so a post the read missed still comes back once); the others are tried again later, reading first.
   * The network cannot be read: the outcome stays unknown and is reconciled once the lease expires.
   */
  private async afterLostAnswer(
    adapter: NetworkAdapter,
    row: PublicationRow,
    access: AccountAccess,
    lost: PublishOutcome,
    onSent?: (at: number) => void,
    step?: ReplyStep,
  ): Promise<PublishOutcome> {
    const found = await adapter
      .findPublished(
        access,
        this.readRequest(row, step),
        sentSince(row),
        AbortSignal.timeout(this.deps.config.HTTP_TIMEOUT_MS),
      )
      .catch(() => undefined);
    if (found) return publishedOf(found);
    if (found === undefined) return lost;
    if (adapter.idempotent) return this.call(row, access, onSent, step);
    return {
      kind: 'failed',
      code: PublishFailureCode.NetworkUnavailable,
      message: 'The network did not answer and the post is not there; sending it again.',
      networkMessage: null,
      retryable: true,
    };
  }

  /**
   * Before sending again after an attempt that may have posted (a server error, a lost answer), on
   * any network: look for the post on the account; found, it is published.
   */
  private async alreadyPublished(
    adapter: NetworkAdapter,
    row: PublicationRow,
    access: AccountAccess,
    step?: ReplyStep,
  ): Promise<PublishOutcome | null> {
    if (!step && row.failure_code !== PublishFailureCode.NetworkUnavailable) return null;
    try {
      const found = await adapter.findPublished(
        access,
        this.readRequest(row, step),
        sentSince(row),
        AbortSignal.timeout(this.deps.config.HTTP_TIMEOUT_MS),
      );
      return found ? publishedOf(found) : null;
    } catch {
      // Sending without knowing could post twice: check again at the next attempt.
      return {
        kind: 'failed',
        code: PublishFailureCode.NetworkUnavailable,
        message: 'The network could not be asked whether the post is already there.',
        networkMessage: null,
        retryable: true,
      };
    }
  }

  /**
   * Uploading media and waiting for the network to process them can outlast a lease: while such a
   * send is under way its lease is extended, so that no other replica takes it over meanwhile.
   */
  private holdLease(row: PublicationRow): NodeJS.Timeout {
    const seconds = this.deps.config.LEASE_SECONDS;
    const timer = setInterval(
      () => {
        this.deps.repository
          .extendLease(this.deps.worker, row.id, seconds)
          .catch((error: unknown) =>
            this.logger.warn(`The lease of publication ${row.id} could not be extended: ${String(error)}`),
          );
      },
      Math.max(1000, (seconds * 1000) / 3),
    );
    timer.unref();
    return timer;
  }

  /** How long one send may take: the post request, plus the uploads and processing of its media. */
  private sendTimeoutMs(row: PublicationRow): number {
    const config = this.deps.config;
    const media = hasMedia(row)
      ? config.MEDIA_SOURCES_TIMEOUT_MS + config.MEDIA_UPLOAD_TIMEOUT_MS + config.MEDIA_PROCESSING_TIMEOUT_MS
      : 0;
    return config.HTTP_TIMEOUT_MS + 1000 + media;
  }

  private async call(
    row: PublicationRow,
    access: AccountAccess,
    onSent?: (at: number) => void,
    step?: ReplyStep,
  ): Promise<PublishOutcome> {
    if (step) {
      return this.deps.adapters
        .get(row.network)
        .publish(
          access,
          replyRequestOf(row, step),
          AbortSignal.timeout(this.deps.config.HTTP_TIMEOUT_MS + 1000),
        )
        .catch((error: unknown) => ({
          kind: 'unknown',
          message: `The request failed unexpectedly: ${String(error)}`,
        }));
    }
    try {
      const media = await this.deps.media.prepare(row);
      return await this.deps.adapters
        .get(row.network)
        .publish(access, { ...requestOf(row, media), onSent }, AbortSignal.timeout(this.sendTimeoutMs(row)));
    } catch (error) {
      if (error instanceof MediaUnavailable) {
        return {
          kind: 'failed',
          code: error.retryable ? PublishFailureCode.NetworkUnavailable : PublishFailureCode.Rejected,
          message: error.message,
          networkMessage: null,
          retryable: error.retryable,
          step: 'upload',
        };
      }
      return { kind: 'unknown', message: `The request failed unexpectedly: ${String(error)}` };
    }
  }

  /** The token was refused: renew it and send once more, or flag the account. */
  private async afterAuthFailure(
    row: PublicationRow,
    access: AccountAccess,
    outcome: PublishOutcome,
    step?: ReplyStep,
  ): Promise<PublishOutcome> {
    try {
      const renewed = await this.deps.tokens.refresh(row.agency_id, access);
      if (renewed.accessToken !== access.accessToken) return await this.call(row, renewed, undefined, step);
      await this.deps.tokens.needsReconnection(row.agency_id, access, 'The network refused the access token');
      return {
        kind: 'failed',
        code: PublishFailureCode.NeedsReconnection,
        message: 'The network refused the access token: reconnect the account.',
        networkMessage: outcome.kind === 'failed' ? outcome.networkMessage : null,
        retryable: false,
      };
    } catch (error) {
      if (error instanceof RefreshRefused && error.permanent) {
        return {
          kind: 'failed',
          code: PublishFailureCode.NeedsReconnection,
          message: `The account must be reconnected: ${error.message}`,
          networkMessage: null,
          retryable: false,
        };
      }
      return {
        kind: 'failed',
        code: PublishFailureCode.NetworkUnavailable,
        message: `The access token could not be renewed yet: ${String(error)}`,
        networkMessage: null,
        retryable: true,
      };
    }
  }
}
