import { redeliveryDelayMs } from './event-consumer';
import { eventStreamConfig, eventStreamName } from './event-stream';
import { outboxChannel } from './events.options';

describe('event stream naming', () => {
  it('puts the sanitised prefix in front of RELAIS_EVENTS', () => {
    expect(eventStreamName()).toBe('RELAIS_EVENTS');
    expect(eventStreamName('t1a2b3c.')).toBe('T1A2B3C_RELAIS_EVENTS');
    expect(eventStreamName('staging-eu.')).toBe('STAGING_EU_RELAIS_EVENTS');
  });

  it('carries the prefixed events with a two-minute duplicate window on disk', () => {
    expect(eventStreamConfig('t1.')).toMatchObject({
      name: 'T1_RELAIS_EVENTS',
      subjects: ['t1.evt.>'],
      storage: 'file',
      duplicate_window: 120_000_000_000,
    });
  });

  it('wakes the relay on <schema>_outbox', () => {
    expect(outboxChannel('clients')).toBe('clients_outbox');
  });
});

describe('redeliveryDelayMs', () => {
  it('backs off exponentially up to 30 seconds', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(redeliveryDelayMs)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
  });
});
