import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DatabaseModule } from '@relais/server-database';
import { NatsModule } from '@relais/server-nats';
import { createTestDatabase, TestDatabase, testEnvironment } from '@relais/server-testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { HealthModule, rpcMetrics } from '../src';

async function start(
  imports: Parameters<typeof Test.createTestingModule>[0]['imports'],
): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('health and metrics', () => {
  const env = testEnvironment();
  let db: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await start([
      HealthModule.forRoot({ service: 'clients' }),
      DatabaseModule.forRoot({
        url: db.appUrl,
        schema: 'clients',
        entities: [],
        migrations: [],
        applicationName: 'health-test',
      }),
      NatsModule.forRoot({ url: env.NATS_URL, service: 'clients' }),
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('answers liveness', async () => {
    const response = await request(app.getHttpServer()).get('/health/live').expect(200);
    expect(response.body).toMatchObject({ status: 'ok' });
  });

  it('is ready when Postgres and NATS answer', async () => {
    const response = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      info: { postgres: { status: 'up' }, nats: { status: 'up' } },
    });
  });

  it('serves Prometheus metrics labelled with the service, including RPC durations', async () => {
    rpcMetrics.observe('clients.brand.get', 'ok', 0.012);
    rpcMetrics.observe('clients.brand.get', 'NOT_FOUND', 0.003);
    const response = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.text).toContain('process_cpu_user_seconds_total{service="clients"}');
    expect(response.text).toMatch(
      /relais_rpc_duration_seconds_count\{service="clients",subject="clients.brand.get",outcome="NOT_FOUND"\} 1/,
    );
  });

  it('is not ready without NATS, and says which dependency is down', async () => {
    const offline = await start([
      HealthModule.forRoot({ service: 'gateway' }),
      NatsModule.forRoot({ url: 'nats://127.0.0.1:9', service: 'gateway', startupWaitMs: 50 }),
    ]);
    try {
      const response = await request(offline.getHttpServer()).get('/health/ready').expect(503);
      expect(response.body).toMatchObject({ status: 'error', error: { nats: { status: 'down' } } });
      expect(response.body.info).not.toHaveProperty('postgres');
      await request(offline.getHttpServer()).get('/health/live').expect(200);
    } finally {
      await offline.close();
    }
  });

  it('is not ready once the database is gone', async () => {
    await app.get(DataSource).destroy();
    const response = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(response.body).toMatchObject({
      error: { postgres: { status: 'down' } },
      info: { nats: { status: 'up' } },
    });
  });
});
