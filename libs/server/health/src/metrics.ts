import { collectDefaultMetrics, register } from 'prom-client';

let collecting = false;

/** Default process metrics in the default registry, every series labelled with the service. */
export function startDefaultMetrics(service: string): void {
  register.setDefaultLabels({ service });
  if (collecting) return;
  collectDefaultMetrics({ register });
  collecting = true;
}

export function metricsText(): Promise<string> {
  return register.metrics();
}

export const METRICS_CONTENT_TYPE = register.contentType;
