import type { PublicationStatus } from '@relais/web-graphql';

/** Statuses whose outcome is still coming: the panel refreshes while one is near. */
const IN_FLIGHT: readonly PublicationStatus[] = ['PENDING', 'CLAIMED', 'SENDING', 'UNKNOWN'];

/** How soon a waiting publication must be due for the page to keep asking (a year-ahead one is not). */
export const POLL_HORIZON_MS = 2 * 60_000;

export interface PublicationTiming {
  status: PublicationStatus;
  dueAt: string;
  nextAttemptAt: string | null;
}

export interface PostTiming {
  status: string;
  scheduledAt: string | null;
}

export function isInFlight(status: PublicationStatus): boolean {
  return IN_FLIGHT.includes(status);
}

/**
 * Whether the page should keep refreshing the outcomes: a publication is being sent or checked, one is
 * waiting and due within the horizon (or its retry is), or the post is due and the publications have
 * not appeared yet.
 */
export function shouldPoll(post: PostTiming, publications: readonly PublicationTiming[], now: Date): boolean {
  const soon = now.getTime() + POLL_HORIZON_MS;
  const near = (iso: string | null) => iso !== null && new Date(iso).getTime() <= soon;
  if (publications.length === 0) {
    return post.status === 'SCHEDULED' && near(post.scheduledAt);
  }
  return publications.some((publication) => {
    if (!isInFlight(publication.status)) return false;
    if (publication.status !== 'PENDING') return true;
    return near(publication.nextAttemptAt ?? publication.dueAt);
  });
}

export interface Occurrence<P> {
  dueAt: string;
  publications: P[];
}

/** Publications grouped by the occurrence they belong to (their due instant), the latest first. */
export function byOccurrence<P extends { dueAt: string }>(publications: readonly P[]): Occurrence<P>[] {
  const groups = new Map<string, P[]>();
  for (const publication of publications) {
    const key = new Date(publication.dueAt).toISOString();
    const group = groups.get(key);
    if (group) group.push(publication);
    else groups.set(key, [publication]);
  }
  return [...groups]
    .map(([dueAt, items]) => ({ dueAt, publications: items }))
    .sort((a, b) => b.dueAt.localeCompare(a.dueAt));
}

export interface PartTiming {
  index: number;
  externalId: string | null;
  externalUrl: string | null;
}

/** A thread that stopped after some of its parts went out: how many of how many, and the posted ones. */
export interface PartialThread {
  posted: number;
  total: number;
  /** The parts on the network, in order (`number` counts from 1, as people do). */
  parts: { number: number; url: string | null }[];
}

/**
 * A failed thread publication with some parts on the network (its retry, when safe, resumes at the
 * first part not posted); null for a single post, a thread that went out whole, or one with none out.
 */
export function partialThread(publication: {
  status: PublicationStatus;
  parts: readonly PartTiming[];
}): PartialThread | null {
  if (publication.status !== 'FAILED' || publication.parts.length === 0) return null;
  const posted = [...publication.parts]
    .filter((part) => part.externalId !== null)
    .sort((a, b) => a.index - b.index);
  if (posted.length === 0) return null;
  return {
    posted: posted.length,
    total: publication.parts.length,
    parts: posted.map((part) => ({ number: part.index + 1, url: part.externalUrl })),
  };
}
