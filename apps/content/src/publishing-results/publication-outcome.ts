import {
  Network,
  PostStatus,
  PublicationSettledEvent,
  PublicationSummaryView,
  PublishFailureCode,
} from '@relais/contracts';

/** What a settled publication changes on its post. */
export type PublicationOutcome =
  | { kind: 'ignore'; reason: string }
  /** A recurring post's occurrence settled: the post stays scheduled, at its next occurrence. */
  | { kind: 'next_occurrence'; at: Date; summary: string; figures: PublicationSummaryView; failed: boolean }
  /** The post's (last) occurrence settled: published when every account published, else failed. */
  | {
      kind: 'settle';
      to: PostStatus.Published | PostStatus.Failed;
      summary: string;
      figures: PublicationSummaryView;
    };

export interface PostState {
  status: PostStatus;
  version: number;
  scheduledAt: Date | null;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "Published on 3 accounts" / "Failed on 1 of 3 accounts: <reason>". */
export function outcomeSummary(event: PublicationSettledEvent): string {
  const { total, failed } = event.occurrence;
  if (failed === 0) return `Published on ${plural(total, 'account')}`;
  const reason = event.failure?.message ? `: ${event.failure.message}` : '';
  return `Failed on ${failed} of ${plural(total, 'account')}${reason}`;
}

/** The outcome in figures, for the console and the notifications to say it in the reader's language. */
export function outcomeFigures(event: PublicationSettledEvent): PublicationSummaryView {
  const { total, failed } = event.occurrence;
  const failure = failed > 0 ? event.failure : null;
  return {
    total,
    failed,
    network: failure ? event.network : null,
    failureCode: failure?.code ?? null,
    networkMessage: failure?.networkMessage ?? null,
  };
}

/**
 * How a publication's outcome moves its post. Only the last account of an occurrence to settle
 * (nothing pending) moves it; an outcome for an older version of the post (edited since), for an
 * earlier occurrence than the one the post waits for, or for a post no longer scheduled (unscheduled,
 * archived) changes nothing. A failed post whose retry then succeeds becomes published.
 */
export function publicationOutcome(post: PostState, event: PublicationSettledEvent): PublicationOutcome {
  if (event.postVersion < post.version) {
    return { kind: 'ignore', reason: `for version ${event.postVersion}; the post is at ${post.version}` };
  }
  if (event.occurrence.pending > 0) {
    return { kind: 'ignore', reason: `${event.occurrence.pending} account(s) still pending` };
  }
  const failed = event.occurrence.failed > 0;
  const summary = outcomeSummary(event);
  const figures = outcomeFigures(event);
  if (post.status === PostStatus.Failed) {
    return failed
      ? { kind: 'ignore', reason: 'the post has failed already' }
      : { kind: 'settle', to: PostStatus.Published, summary, figures };
  }
  if (post.status !== PostStatus.Scheduled) {
    return { kind: 'ignore', reason: `the post is ${post.status}` };
  }
  if (post.scheduledAt && new Date(event.dueAt).getTime() < post.scheduledAt.getTime()) {
    return { kind: 'ignore', reason: 'an earlier occurrence than the one the post waits for' };
  }
  if (event.nextOccurrenceAt) {
    return { kind: 'next_occurrence', at: new Date(event.nextOccurrenceAt), summary, figures, failed };
  }
  return { kind: 'settle', to: failed ? PostStatus.Failed : PostStatus.Published, summary, figures };
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Figures kept as JSON (a history line's changes, a notification), or null when they are not such. */
export function readFigures(value: unknown): PublicationSummaryView | null {
  if (typeof value !== 'object' || value === null) return null;
  const figures = value as Record<string, unknown>;
  if (!isCount(figures['total']) || !isCount(figures['failed'])) return null;
  const network = textOrNull(figures['network']);
  const code = textOrNull(figures['failureCode']);
  return {
    total: figures['total'],
    failed: figures['failed'],
    network: network && isNetwork(network) ? network : null,
    failureCode: code && isFailureCode(code) ? code : null,
    networkMessage: textOrNull(figures['networkMessage']),
  };
}

const isNetwork = (value: string): value is Network => (Object.values(Network) as string[]).includes(value);
const isFailureCode = (value: string): value is PublishFailureCode =>
  (Object.values(PublishFailureCode) as string[]).includes(value);
