import { randomUUID } from 'node:crypto';
import {
  AuthResult,
  ClientsSubjects,
  ContentEvents,
  CreatedInvitationView,
  LinkCardSpec,
  PostEventPayload,
  PostScheduledEvent,
  PostStatus,
  PublicationStatus,
  PublicationView,
  PublishingSubjects,
  RecurrenceView,
  Role,
} from '@relais/contracts';
import { Agency, anonymous, as, ConnectedAccount, SandboxNetwork, waitFor } from '@relais/server-testing';
import { PublishingHarness } from './publishing-harness';

export { connectAccount, createAgency, createBrand } from '@relais/server-testing';
export type { Agency, ConnectedAccount } from '@relais/server-testing';

export interface ScheduleOptions {
  postId?: string;
  version?: number;
  dueAt: Date;
  text?: string;
  timezone?: string;
  recurrence?: RecurrenceView | null;
  occurredAt?: Date;
  /** Library media of the brand (content's ids), attached in this order. */
  mediaIds?: string[];
  linkUrl?: string | null;
  linkCard?: LinkCardSpec | null;
  /** A thread's parts after the text, each target's as given (content sends them to X, Bluesky, Mastodon). */
  threadParts?: string[];
  firstComment?: string | null;
}

/** What content emits when a post is scheduled. */
export async function schedulePost(
  h: PublishingHarness,
  agency: Agency,
  accounts: ConnectedAccount[],
  options: ScheduleOptions,
): Promise<{ postId: string; version: number }> {
  const postId = options.postId ?? randomUUID();
  const version = options.version ?? 1;
  const text = options.text ?? `Nouvelle fournée ${postId.slice(0, 8)}`;
  const data: PostScheduledEvent = {
    postId,
    brandId: agency.brand.id,
    title: text.slice(0, 40),
    status: PostStatus.Scheduled,
    version,
    authorId: agency.owner.user.id,
    scheduledAt: options.dueAt.toISOString(),
    timezone: options.timezone ?? agency.brand.timezone,
    recurrence: options.recurrence ?? null,
    targets: accounts.map(({ account, network }) => ({
      accountId: account.id,
      network,
      text: `${text} (${network})`,
      linkUrl: options.linkUrl ?? null,
      firstComment: options.firstComment ?? null,
      mediaIds: options.mediaIds ?? [],
      ...(options.threadParts ? { threadParts: options.threadParts } : {}),
      ...(options.linkCard !== undefined ? { linkCard: options.linkCard } : {}),
    })),
  };
  await h.publishEvent(ContentEvents.postScheduled, as(agency.owner), data, options.occurredAt);
  return { postId, version };
}

/** What content emits when a scheduled post must not go out (cancelled, archived, deleted). */
export async function cancelPost(
  h: PublishingHarness,
  agency: Agency,
  postId: string,
  version: number,
  subject: string = ContentEvents.postCancelled,
): Promise<void> {
  const data: PostEventPayload = {
    postId,
    brandId: agency.brand.id,
    title: 'Annulé',
    status: PostStatus.Draft,
    version,
    authorId: agency.owner.user.id,
    scheduledAt: null,
  };
  await h.publishEvent(subject, as(agency.owner), data);
}

export function publicationsOf(
  h: PublishingHarness,
  agency: Agency,
  postId: string,
): Promise<PublicationView[]> {
  return h.call<PublicationView[]>(PublishingSubjects.publication.listForPost, as(agency.owner), { postId });
}

/** Waits until every publication of the post is settled; returns them. */
export async function settled(
  h: PublishingHarness,
  agency: Agency,
  postId: string,
  count: number,
  timeoutMs = 20_000,
): Promise<PublicationView[]> {
  return waitFor(
    async () => {
      const list = await publicationsOf(h, agency, postId);
      const done = list.filter(
        (p) => p.status === PublicationStatus.Published || p.status === PublicationStatus.Failed,
      );
      return done.length >= count ? list : null;
    },
    { timeoutMs, intervalMs: 100, description: `post ${postId} settled` },
  );
}

/** Posts the sandbox received for the account. */
export async function sentTo(h: PublishingHarness, account: ConnectedAccount) {
  const posts = await h.sandbox.client.posts({
    network: account.network as SandboxNetwork,
    accountId: account.sandbox.externalId,
  });
  return posts.posts;
}

/** A budget window long enough that no test sees it start over (windows are aligned on their length). */
export async function longMastodonWindow(h: PublishingHarness): Promise<void> {
  await h.sandbox.client.setRateLimit('mastodon', 10_000, 7 * 86_400);
}

/**
 * How many posting requests the Mastodon account was charged for in its budget window, as the
 * instance announces it: every POST counts, even one its Idempotency-Key answered with the same post.
 */
export async function mastodonRequestsSpent(account: ConnectedAccount): Promise<number> {
  const answer = await fetch(`${account.sandbox.instanceUrl}/api/v1/accounts/verify_credentials`, {
    headers: { authorization: `Bearer ${account.sandbox.accessToken}` },
  });
  const limit = Number(answer.headers.get('x-ratelimit-limit'));
  const remaining = Number(answer.headers.get('x-ratelimit-remaining'));
  if (!answer.ok || !Number.isInteger(limit) || !Number.isInteger(remaining)) {
    throw new Error(`The Mastodon emulator did not announce the account's budget (HTTP ${answer.status})`);
  }
  return limit - remaining;
}

/** The attempts recorded for a publication, in order. */
export function attemptsOf(h: PublishingHarness, publicationId: string) {
  return h.sql<{
    number: number;
    state: string;
    worker: string;
    sending_at: Date;
    failure_code: string | null;
  }>(
    `SELECT number, state, worker, sending_at, failure_code FROM publishing.publish_attempts
      WHERE publication_id = $1 ORDER BY number`,
    [publicationId],
  );
}

/** Someone invited by `inviter` who accepts with a new account: signed in to the agency. */
export async function join(
  h: PublishingHarness,
  inviter: AuthResult,
  member: { role: Role; brandIds?: string[] },
): Promise<AuthResult> {
  const created = await h.call<CreatedInvitationView>(ClientsSubjects.invitation.create, as(inviter), {
    email: `${member.role}.${randomUUID().slice(0, 8)}@example.test`,
    role: member.role,
    brandIds: member.brandIds,
  });
  const token = created.acceptUrl.slice(created.acceptUrl.lastIndexOf('/') + 1);
  return h.call<AuthResult>(ClientsSubjects.auth.acceptInvitation, anonymous(), {
    token,
    name: `${member.role} person`,
    password: 'correct horse battery staple',
  });
}
