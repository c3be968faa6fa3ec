import { nextFreeSlots } from './slots';

const isos = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('nextFreeSlots', () => {
  // Monday 09:00 and 17:30, Thursday 12:00, Paris.
  const slots = [
    { weekday: 1, time: '17:30' },
    { weekday: 4, time: '12:00' },
    { weekday: 1, time: '09:00' },
  ];

  it('lists the next slots after the instant, soonest first', () => {
    const after = new Date('2026-01-05T08:30:00Z'); // Monday 09:30 Paris: 09:00 has passed
    expect(isos(nextFreeSlots(slots, 'Europe/Paris', after, [], 4))).toEqual([
      '2026-01-05T16:30:00.000Z', // Monday 17:30
      '2026-01-08T11:00:00.000Z', // Thursday 12:00
      '2026-01-12T08:00:00.000Z', // next Monday 09:00
      '2026-01-12T16:30:00.000Z',
    ]);
  });

  it('skips slots whose minute already holds a post', () => {
    const after = new Date('2026-01-05T08:30:00Z');
    const taken = [new Date('2026-01-05T16:30:00Z'), new Date('2026-01-08T11:00:42Z')];
    expect(isos(nextFreeSlots(slots, 'Europe/Paris', after, taken, 2))).toEqual([
      '2026-01-12T08:00:00.000Z',
      '2026-01-12T16:30:00.000Z',
    ]);
  });

  it('a slot exactly at the instant is not after it', () => {
    const after = new Date('2026-01-05T08:00:00Z');
    expect(isos(nextFreeSlots(slots, 'Europe/Paris', after, [], 1))).toEqual(['2026-01-05T16:30:00.000Z']);
  });

  it('keeps the local time across the change', () => {
    const after = new Date('2026-03-20T00:00:00Z');
    expect(isos(nextFreeSlots([{ weekday: 1, time: '09:00' }], 'Europe/Paris', after, [], 2))).toEqual([
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });

  it('moves a slot in the spring gap forward and counts two slots landing on one instant once', () => {
    const sunday = [
      { weekday: 7, time: '02:30' },
      { weekday: 7, time: '03:30' },
    ];
    const after = new Date('2026-03-28T00:00:00Z');
    expect(isos(nextFreeSlots(sunday, 'Europe/Paris', after, [], 3))).toEqual([
      '2026-03-29T01:30:00.000Z', // 02:30 → 03:30 CEST, the same instant as the 03:30 slot
      '2026-04-05T00:30:00.000Z',
      '2026-04-05T01:30:00.000Z',
    ]);
  });

  it('takes the first 01:30 on the New York fall-back day', () => {
    const after = new Date('2026-10-31T12:00:00Z');
    expect(isos(nextFreeSlots([{ weekday: 7, time: '01:30' }], 'America/New_York', after, [], 1))).toEqual([
      '2026-11-01T05:30:00.000Z',
    ]);
  });

  it('finds a slot late on the local day when the instant is already the next UTC day', () => {
    // Sunday 23:30 in Los Angeles is Monday 07:30 UTC.
    const after = new Date('2026-01-12T07:00:00Z'); // Sunday 23:00 LA
    expect(isos(nextFreeSlots([{ weekday: 7, time: '23:30' }], 'America/Los_Angeles', after, [], 1))).toEqual(
      ['2026-01-12T07:30:00.000Z'],
    );
  });

  it('is empty without slots, and refuses a bad slot', () => {
    expect(nextFreeSlots([], 'Europe/Paris', new Date(), [], 5)).toEqual([]);
    expect(() => nextFreeSlots([{ weekday: 0, time: '09:00' }], 'UTC', new Date(), [], 1)).toThrow('weekday');
    expect(() => nextFreeSlots([{ weekday: 1, time: '9h' }], 'UTC', new Date(), [], 1)).toThrow('HH:mm');
  });
});
