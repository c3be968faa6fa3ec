import { Histogram, register } from 'prom-client';

const NAME = 'relais_rpc_duration_seconds';

function histogram(): Histogram<'subject' | 'outcome'> {
  const existing = register.getSingleMetric(NAME);
  if (existing) return existing as Histogram<'subject' | 'outcome'>;
  return new Histogram({
    name: NAME,
    help: 'Time spent handling NATS requests, by subject and outcome (ok or the error code).',
    labelNames: ['subject', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
}

/** Request metrics, in the default prom-client registry that `/metrics` serves. */
export const rpcMetrics = {
  name: NAME,
  observe(subject: string, outcome: string, seconds: number): void {
    histogram().observe({ subject, outcome }, seconds);
  },
};
