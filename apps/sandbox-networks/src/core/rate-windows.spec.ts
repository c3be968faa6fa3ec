import { RateWindows } from './rate-windows';

describe('RateWindows', () => {
  const policy = { limit: 3, windowSeconds: 300 };
  const start = Date.UTC(2026, 10, 24, 12, 0, 0);

  it('counts down within a window and refuses once spent, without spending more', () => {
    const windows = new RateWindows();
    expect(windows.consume('a', policy, 1, start + 10).remaining).toBe(2);
    expect(windows.consume('a', policy, 2, start + 20)).toMatchObject({ remaining: 0, allowed: true });
    expect(windows.consume('a', policy, 1, start + 30)).toMatchObject({ remaining: 0, allowed: false });
    expect(windows.peek('a', policy, start + 40).remaining).toBe(0);
  });

  it('resets at the next multiple of the window length', () => {
    const windows = new RateWindows();
    const state = windows.consume('a', policy, 3, start + 299_000);
    expect(new Date(state.resetAt).toISOString()).toBe('2026-11-24T12:05:00.000Z');
    expect(windows.consume('a', policy, 1, start + 300_000)).toMatchObject({ remaining: 2, allowed: true });
  });

  it('starts a daily window at midnight UTC', () => {
    const windows = new RateWindows();
    const state = windows.consume('a', { limit: 150, windowSeconds: 86_400 }, 1, start);
    expect(new Date(state.resetAt).toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('keeps accounts apart', () => {
    const windows = new RateWindows();
    windows.consume('a', policy, 3, start);
    expect(windows.consume('b', policy, 1, start)).toMatchObject({ remaining: 2, allowed: true });
  });

  it('lets a cost larger than one spend several points (Bluesky creates cost 3)', () => {
    const windows = new RateWindows();
    expect(windows.consume('a', { limit: 5000, windowSeconds: 3600 }, 3, start).remaining).toBe(4997);
  });
});
