import { TransferGate } from './transfer-gate';

describe('TransferGate', () => {
  it('lets `size` transfers in at once and the next one in as a place is given back, in order', async () => {
    const gate = new TransferGate(2);
    const signal = new AbortController().signal;
    const first = await gate.enter(signal);
    await gate.enter(signal);
    const entered: string[] = [];
    const third = gate.enter(signal).then((release) => (entered.push('third'), release));
    const fourth = gate.enter(signal).then((release) => (entered.push('fourth'), release));
    await Promise.resolve();
    expect(entered).toEqual([]);
    expect(gate.active).toBe(2);

    first();
    first(); // given back twice: counts once
    await third;
    expect(entered).toEqual(['third']);
    (await third)();
    await fourth;
    expect(entered).toEqual(['third', 'fourth']);
    expect(gate.active).toBe(2);
  });

  it('takes a waiter whose signal aborts out of the line, without taking a place', async () => {
    const gate = new TransferGate(1);
    const release = await gate.enter(new AbortController().signal);
    const cancelled = new AbortController();
    const waiting = gate.enter(cancelled.signal);
    cancelled.abort(new Error('too late'));
    await expect(waiting).rejects.toThrow('too late');
    release();
    expect(gate.active).toBe(0);
    await expect(gate.enter(AbortSignal.abort())).rejects.toBeDefined();
  });
});
