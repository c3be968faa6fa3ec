import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, register } from 'prom-client';

/** One network's series, looked up once (label lookups cost on a path taken thousands of times a second). */
export interface NetworkSeries {
  lateness: { observe(seconds: number): void };
  inFlight: { inc(): void; dec(): void };
}

function once<T>(name: string, make: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? make();
}

/** Prometheus series of the dispatcher (served by `/metrics` of @relais/server-health). */
@Injectable()
export class DispatchMetrics {
  readonly published = once(
    'relais_publications_published_total',
    () =>
      new Counter({
        name: 'relais_publications_published_total',
        help: 'Publications published',
        labelNames: ['network'],
      }),
  );
  readonly failed = once(
    'relais_publications_failed_total',
    () =>
      new Counter({
        name: 'relais_publications_failed_total',
        help: 'Publications that failed for good',
        labelNames: ['network', 'code'],
      }),
  );
  readonly lateness = once(
    'relais_publication_lateness_seconds',
    () =>
      new Histogram({
        name: 'relais_publication_lateness_seconds',
        help: 'From the due instant to the request leaving for the network',
        labelNames: ['network'],
        buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 15, 60, 300],
      }),
  );
  readonly inFlight = once(
    'relais_publications_in_flight',
    () =>
      new Gauge({
        name: 'relais_publications_in_flight',
        help: 'Requests to networks under way',
        labelNames: ['network'],
      }),
  );

  private readonly series = new Map<string, NetworkSeries>();

  of(network: string): NetworkSeries {
    let series = this.series.get(network);
    if (!series) {
      series = { lateness: this.lateness.labels(network), inFlight: this.inFlight.labels(network) };
      this.series.set(network, series);
    }
    return series;
  }
}
