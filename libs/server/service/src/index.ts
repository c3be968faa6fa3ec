/**
 * @relais/server-service: what every service is made of, written once.
 *
 * - `ServicePlatformModule.forRoot({ service, config, configToken, schema, migrations, entities })`:
 *   configuration token, logging, Postgres, NATS client, events (outbox, consumers), health and metrics.
 *   `forStateless({ service, config, configToken })` for an app without tables or NATS.
 * - `bootstrapService({ name, config, module })`: the whole of a service's `main.ts`.
 */
import 'reflect-metadata';

export * from './service-platform.module';
export * from './bootstrap-service';
