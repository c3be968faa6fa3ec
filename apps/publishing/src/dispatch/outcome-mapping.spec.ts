import { Network, PublicationStatus, PublishFailureCode } from '@relais/contracts';
import { PublishOutcome } from '../networks/network-adapter';
import { PublicationRow } from '../publications/publication';
import { resultOf, RetryPolicy } from './outcome-mapping';

const NOW = new Date('2031-03-10T09:00:00.000Z');
const POLICY: RetryPolicy = { maxAttempts: 3, baseMs: 1000, maxMs: 60_000 };

function row(overrides: Partial<PublicationRow> = {}): PublicationRow {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    agency_id: '00000000-0000-4000-8000-000000000002',
    brand_id: '00000000-0000-4000-8000-000000000003',
    post_id: '00000000-0000-4000-8000-000000000004',
    post_version: 3,
    occurrence: 1,
    account_id: '00000000-0000-4000-8000-000000000005',
    network: Network.Mastodon,
    due_at: NOW,
    status: PublicationStatus.Sending,
    text: 'Bonjour',
    link_url: null,
    first_comment: null,
    media_ids: [],
    thread_parts: [],
    link_card: null,
    idempotency_key: 'key',
    attempts: 1,
    retry_from: 0,
    next_attempt_at: null,
    lease_owner: 'worker',
    lease_until: null,
    sending_at: NOW,
    external_id: null,
    external_url: null,
    published_at: null,
    failure_code: null,
    failure_message: null,
    network_message: null,
    failed_step: null,
    created_at: NOW,
    updated_at: NOW,
    ...overrides,
  };
}

const unavailable: PublishOutcome = {
  kind: 'failed',
  code: PublishFailureCode.NetworkUnavailable,
  message: 'Mastodon is having trouble (HTTP 503).',
  networkMessage: null,
  retryable: true,
};

describe('resultOf', () => {
  it('publishes, and blocks the account until the reset when its budget is spent', () => {
    const resetAt = new Date(NOW.getTime() + 300_000);
    const result = resultOf(
      row(),
      1,
      {
        kind: 'published',
        externalId: '42',
        url: 'https://m.example/@a/42',
        rateLimit: { limit: 300, remaining: 0, resetAt },
      },
      POLICY,
      NOW,
    );
    expect(result).toMatchObject({ kind: 'published', externalId: '42', blockedUntil: resetAt });
  });

  it('retries a failure that is safe to retry with backoff, and says so', () => {
    const result = resultOf(row(), 1, unavailable, POLICY, NOW);
    expect(result).toMatchObject({
      kind: 'retry',
      code: PublishFailureCode.NetworkUnavailable,
      message: 'Mastodon is having trouble (HTTP 503). It will be tried again.',
    });
    expect(result.kind === 'retry' && result.nextAttemptAt.getTime()).toBeGreaterThan(NOW.getTime());
  });

  it('waits for the reset the network announced rather than the backoff', () => {
    const retryAt = new Date(NOW.getTime() + 15 * 60_000);
    const result = resultOf(
      row(),
      1,
      { ...unavailable, code: PublishFailureCode.RateLimited, retryAt },
      POLICY,
      NOW,
    );
    expect(result).toMatchObject({ kind: 'retry', nextAttemptAt: retryAt, blockedUntil: retryAt });
  });

  it('gives up after the attempts allowed, counted from a person’s last retry, and says it gave up', () => {
    expect(resultOf(row(), 3, unavailable, POLICY, NOW)).toMatchObject({
      kind: 'failed',
      message: 'Mastodon is having trouble (HTTP 503). Gave up after 3 attempts.',
    });
    expect(resultOf(row({ retry_from: 3 }), 4, unavailable, POLICY, NOW)).toMatchObject({ kind: 'retry' });
  });

  it('fails at once, in the adapter’s words, what a retry cannot fix', () => {
    const duplicate: PublishOutcome = {
      kind: 'failed',
      code: PublishFailureCode.Duplicate,
      message: 'X refused the post as a duplicate of a recent one.',
      networkMessage: 'You are not allowed to create a Tweet with duplicate content.',
      retryable: false,
    };
    expect(resultOf(row(), 1, duplicate, POLICY, NOW)).toEqual({
      row: row(),
      attempt: 1,
      kind: 'failed',
      code: PublishFailureCode.Duplicate,
      message: 'X refused the post as a duplicate of a recent one.',
      networkMessage: 'You are not allowed to create a Tweet with duplicate content.',
      step: 'post',
    });
  });

  it('keeps the step a media send failed at: nothing was posted before the post request', () => {
    const processing: PublishOutcome = {
      kind: 'failed',
      code: PublishFailureCode.Rejected,
      message: 'Mastodon could not process the video.',
      networkMessage: null,
      retryable: false,
      step: 'processing',
    };
    expect(resultOf(row(), 1, processing, POLICY, NOW)).toMatchObject({ kind: 'failed', step: 'processing' });
    expect(resultOf(row(), 1, { ...unavailable, step: 'upload' }, POLICY, NOW)).toMatchObject({
      kind: 'retry',
      step: 'upload',
    });
  });

  it('leaves an answer that was lost unknown', () => {
    expect(resultOf(row(), 1, { kind: 'unknown', message: 'timed out' }, POLICY, NOW)).toMatchObject({
      kind: 'unknown',
      message: 'timed out',
    });
  });
});
