import { DynamicModule, Provider } from '@nestjs/common';
import { DatabaseModule } from '@relais/server-database';
import { EVENTS_MODULE_OPTIONS, EventsModule } from '@relais/server-events';
import { HealthModule } from '@relais/server-health';
import { LoggingModule } from '@relais/server-logging';
import { NATS_MODULE_OPTIONS, NatsModule } from '@relais/server-nats';
import { ServicePlatformModule } from './service-platform.module';

const CONFIG_TOKEN = Symbol('THINGS_CONFIG');

const config = {
  NODE_ENV: 'test' as const,
  LOG_LEVEL: 'error' as const,
  HTTP_PORT: 3999,
  NATS_URL: 'nats://127.0.0.1:4222',
  NATS_SUBJECT_PREFIX: 't1.',
  NATS_REQUEST_TIMEOUT_MS: 1234,
  DATABASE_URL: 'postgres://relais_app@127.0.0.1:5432/relais',
  DATABASE_POOL_SIZE: 3,
};

function imported(module: DynamicModule): DynamicModule[] {
  return (module.imports ?? []) as DynamicModule[];
}

function valueOf(module: DynamicModule | undefined, token: symbol): unknown {
  const provider = (module?.providers ?? []).find(
    (candidate: Provider) =>
      typeof candidate === 'object' && 'provide' in candidate && candidate.provide === token,
  ) as { useValue?: unknown } | undefined;
  return provider?.useValue;
}

describe('ServicePlatformModule', () => {
  it('gives a service with a schema its configuration, logging, database, NATS, events and health', () => {
    const platform = ServicePlatformModule.forRoot({
      service: 'things',
      config,
      configToken: CONFIG_TOKEN,
      schema: 'things',
      migrations: [],
      entities: [],
    });
    const modules = imported(platform);
    expect(modules.map((module) => module.module)).toEqual(
      expect.arrayContaining([LoggingModule, HealthModule, DatabaseModule, NatsModule, EventsModule]),
    );
    const configModule = modules.find((module) => valueOf(module, CONFIG_TOKEN) !== undefined);
    expect(configModule?.global).toBe(true);
    expect(configModule?.exports).toEqual([CONFIG_TOKEN]);
    expect(valueOf(configModule, CONFIG_TOKEN)).toBe(config);
    const nats = modules.find((module) => module.module === NatsModule);
    expect(valueOf(nats, NATS_MODULE_OPTIONS)).toEqual({
      url: config.NATS_URL,
      service: 'things',
      subjectPrefix: 't1.',
      requestTimeoutMs: 1234,
    });
    const events = modules.find((module) => module.module === EventsModule);
    expect(valueOf(events, EVENTS_MODULE_OPTIONS)).toEqual({ schema: 'things', subjectPrefix: 't1.' });
  });

  it('gives an app without tables or NATS only its configuration, logging and health', () => {
    const platform = ServicePlatformModule.forStateless({
      service: 'emulators',
      config: { NODE_ENV: 'test', LOG_LEVEL: 'error', HTTP_PORT: 3998 },
      configToken: CONFIG_TOKEN,
    });
    const modules = imported(platform).map((module) => module.module);
    expect(modules).toEqual(expect.arrayContaining([LoggingModule, HealthModule]));
    expect(modules).not.toContain(DatabaseModule);
    expect(modules).not.toContain(NatsModule);
    expect(modules).not.toContain(EventsModule);
  });
});
