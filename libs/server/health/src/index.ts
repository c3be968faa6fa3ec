/** @relais/server-health: liveness, readiness (Postgres, NATS) and Prometheus metrics for every app. */
export { rpcMetrics } from '@relais/server-nats';
export * from './health.options';
export * from './dependency.indicators';
export * from './metrics';
export * from './health.controller';
export * from './health.module';
