import { Body, Controller, Get, INestApplication, Logger as NestLogger, Module, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Logger, LoggingModule, requestContext } from '../src';
import { Writable } from 'node:stream';
import request from 'supertest';

const chunks: string[] = [];
const destination = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    chunks.push(chunk.toString('utf8'));
    callback();
  },
});
const lines = () =>
  chunks
    .join('')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

@Controller()
class SignInController {
  private readonly logger = new NestLogger(SignInController.name);

  @Post('sign-in')
  signIn(@Body() body: { email: string; password: string }) {
    requestContext.assign({ agencyId: 'agency-1', userId: 'user-1' });
    this.logger.log({ email: body.email, password: body.password }, 'signed in');
    return { ok: true };
  }

  @Get('health/live')
  live() {
    return { status: 'ok' };
  }
}

@Module({
  imports: [LoggingModule.forRoot({ service: 'gateway', level: 'info', destination })],
  controllers: [SignInController],
})
class AppModule {}

describe('LoggingModule over HTTP', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    app.useLogger(app.get(Logger));
    await app.init();
  });

  afterAll(async () => {
    await app.close();
  });

  beforeEach(() => {
    chunks.length = 0;
  });

  it('tags application lines with service, correlation id and tenant, without the password', async () => {
    const response = await request(app.getHttpServer())
      .post('/sign-in')
      .set('x-correlation-id', 'corr-123')
      .set('authorization', 'Bearer secret-token')
      .send({ email: 'ana@example.com', password: 'hunter22' });
    expect(response.status).toBe(201);
    expect(response.headers['x-correlation-id']).toBe('corr-123');

    const signedIn = lines().find((line) => line.msg === 'signed in');
    expect(signedIn).toMatchObject({
      service: 'gateway',
      context: 'SignInController',
      correlationId: 'corr-123',
      agencyId: 'agency-1',
      userId: 'user-1',
      email: 'ana@example.com',
    });
    const all = chunks.join('');
    expect(all).not.toContain('hunter22');
    expect(all).not.toContain('secret-token');
    const completed = lines().find((line) => line.msg === 'request completed');
    expect(completed).toMatchObject({ service: 'gateway', req: expect.objectContaining({ id: 'corr-123' }) });
  });

  it('makes up a correlation id when the caller sends none or a bad one', async () => {
    const response = await request(app.getHttpServer())
      .post('/sign-in')
      .set('x-correlation-id', 'bad id with spaces')
      .send({ email: 'bo@example.com', password: 'x' });
    const id = response.headers['x-correlation-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines().find((line) => line.msg === 'signed in')).toMatchObject({ correlationId: id });
  });

  it('does not log health probes', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200);
    expect(lines().filter((line) => line.msg === 'request completed')).toHaveLength(0);
  });
});
