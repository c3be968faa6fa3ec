import { PublishFailureCode } from '@relais/contracts';
import { ProcessingState, retryAfterMs, waitForProcessing } from './processing-wait';

const options = (timeoutMs: number) => ({
  timeoutMs,
  signal: new AbortController().signal,
  networkName: 'Mastodon',
  intervalMs: 5,
  maxIntervalMs: 20,
});

function answers<T>(...states: ProcessingState<T>[]): () => Promise<ProcessingState<T>> {
  let index = 0;
  return async () => states[Math.min(index++, states.length - 1)];
}

describe('waitForProcessing', () => {
  it('polls until the network says the media are ready', async () => {
    const check = jest.fn(
      answers<string>({ state: 'pending' }, { state: 'pending' }, { state: 'ready', value: 'm1' }),
    );
    await expect(waitForProcessing(check, options(1000))).resolves.toEqual({ kind: 'ready', value: 'm1' });
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('honours the network’s hint of when to look again', async () => {
    const started = Date.now();
    await waitForProcessing(
      answers({ state: 'pending', checkAfterMs: 120 }, { state: 'ready', value: 1 }),
      options(5000),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('fails at step processing, retryable, when the deadline passes', async () => {
    const outcome = await waitForProcessing(answers({ state: 'pending' }), options(60));
    expect(outcome).toMatchObject({
      kind: 'failed',
      code: PublishFailureCode.NetworkUnavailable,
      retryable: true,
      step: 'processing',
      message: 'Mastodon did not finish processing the media within 0 s; nothing was posted.',
    });
  });

  it('passes on the network’s failure at step processing', async () => {
    const failed: ProcessingState<never> = {
      state: 'failed',
      outcome: {
        kind: 'failed',
        code: PublishFailureCode.Rejected,
        message: 'bad video',
        networkMessage: null,
        retryable: false,
      },
    };
    await expect(waitForProcessing(answers(failed), options(1000))).resolves.toMatchObject({
      step: 'processing',
      message: 'bad video',
    });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }))).toBe(3000);
    const now = Date.parse('2031-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Wed, 01 Jan 2031 00:00:02 GMT' }), now)).toBe(2000);
    expect(retryAfterMs(new Headers())).toBeUndefined();
  });
});
