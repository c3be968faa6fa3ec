import { Network, PostStatus, PublicationSettledEvent, PublishFailureCode } from '@relais/contracts';
import { outcomeFigures, outcomeSummary, PostState, publicationOutcome } from './publication-outcome';

const DUE = '2031-06-02T07:00:00.000Z';
const post = (status: PostStatus, extra: Partial<PostState> = {}): PostState => ({
  status,
  version: 4,
  scheduledAt: new Date(DUE),
  ...extra,
});
const event = (
  published: number,
  failed: number,
  pending: number,
  extra: Partial<PublicationSettledEvent> = {},
): PublicationSettledEvent => ({
  publicationId: 'p1',
  postId: 'post',
  postVersion: 4,
  brandId: 'brand',
  accountId: 'acc',
  network: Network.X,
  dueAt: DUE,
  externalId: null,
  externalUrl: null,
  publishedAt: null,
  failure: null,
  occurrence: { total: published + failed + pending, published, failed, pending },
  nextOccurrenceAt: null,
  ...extra,
});
const rejected = {
  failure: { code: PublishFailureCode.Rejected, message: 'LinkedIn refused the text', networkMessage: null },
};

describe('publicationOutcome', () => {
  it('waits while an account is pending', () => {
    expect(publicationOutcome(post(PostStatus.Scheduled), event(2, 0, 1)).kind).toBe('ignore');
  });

  it('publishes when every account published, fails when one or more failed', () => {
    expect(publicationOutcome(post(PostStatus.Scheduled), event(3, 0, 0))).toEqual({
      kind: 'settle',
      to: PostStatus.Published,
      summary: 'Published on 3 accounts',
      figures: { total: 3, failed: 0, network: null, failureCode: null, networkMessage: null },
    });
    expect(publicationOutcome(post(PostStatus.Scheduled), event(2, 1, 0, rejected))).toEqual({
      kind: 'settle',
      to: PostStatus.Failed,
      summary: 'Failed on 1 of 3 accounts: LinkedIn refused the text',
      figures: { total: 3, failed: 1, network: Network.X, failureCode: 'rejected', networkMessage: null },
    });
  });

  it('moves a failed post to published when a retry completes it, never failed again', () => {
    expect(publicationOutcome(post(PostStatus.Failed), event(3, 0, 0))).toMatchObject({
      kind: 'settle',
      to: PostStatus.Published,
    });
    expect(publicationOutcome(post(PostStatus.Failed), event(2, 1, 0, rejected)).kind).toBe('ignore');
  });

  it('keeps a recurring post scheduled at its next occurrence', () => {
    const next = '2031-06-09T07:00:00.000Z';
    expect(
      publicationOutcome(post(PostStatus.Scheduled), event(0, 1, 0, { ...rejected, nextOccurrenceAt: next })),
    ).toEqual({
      kind: 'next_occurrence',
      at: new Date(next),
      failed: true,
      summary: 'Failed on 1 of 1 account: LinkedIn refused the text',
      figures: { total: 1, failed: 1, network: Network.X, failureCode: 'rejected', networkMessage: null },
    });
  });

  it('ignores an older version, an earlier occurrence and posts no longer scheduled', () => {
    expect(publicationOutcome(post(PostStatus.Scheduled), event(3, 0, 0, { postVersion: 3 }))).toEqual({
      kind: 'ignore',
      reason: 'for version 3; the post is at 4',
    });
    const later = post(PostStatus.Scheduled, { scheduledAt: new Date('2031-06-09T07:00:00.000Z') });
    expect(publicationOutcome(later, event(3, 0, 0)).kind).toBe('ignore');
    for (const status of [PostStatus.Draft, PostStatus.Approved, PostStatus.Archived, PostStatus.Published]) {
      expect(publicationOutcome(post(status), event(3, 0, 0)).kind).toBe('ignore');
    }
  });
});

describe('outcomeSummary', () => {
  it('counts accounts in words, with the reason when the event carries one', () => {
    expect(outcomeSummary(event(1, 0, 0))).toBe('Published on 1 account');
    expect(outcomeSummary(event(1, 2, 0))).toBe('Failed on 2 of 3 accounts');
  });
});

describe('outcomeFigures', () => {
  it('keeps the failure in figures and the network’s own words verbatim', () => {
    const words = 'Validation failed: Text can’t be blank';
    const failure = {
      code: PublishFailureCode.Rejected,
      message: 'Mastodon refused the post',
      networkMessage: words,
    };
    expect(outcomeFigures(event(1, 1, 0, { network: Network.Mastodon, failure }))).toEqual({
      total: 2,
      failed: 1,
      network: Network.Mastodon,
      failureCode: PublishFailureCode.Rejected,
      networkMessage: words,
    });
  });

  it('gives no failure once every account published', () => {
    expect(outcomeFigures(event(2, 0, 0, rejected))).toMatchObject({ failed: 0, failureCode: null });
  });
});
