import { Controller, INestApplication, Module } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { Envelope, ErrorCode } from '@relais/contracts';
import { notFound, RemoteError } from '@relais/server-errors';
import { requestContext } from '@relais/server-logging';
import { IsString, Length } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { register } from 'prom-client';
import { connectNatsMicroservice, Data, Env, NatsConnection, NatsModule, NatsRequester } from '../src';

const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const prefix = () => `t${randomBytes(5).toString('hex')}.`;
const handledBy: string[] = [];

class EchoPayload {
  @IsString()
  @Length(1, 10)
  name!: string;
}

@Controller()
class ThingsController {
  constructor(private readonly replica: string) {}

  @MessagePattern('things.echo')
  echo(@Env() envelope: Envelope, @Data(EchoPayload) payload: EchoPayload) {
    handledBy.push(this.replica);
    return {
      name: payload.name,
      agencyId: envelope.agencyId,
      correlationId: requestContext.get()?.correlationId,
    };
  }

  @MessagePattern('things.raw')
  raw(@Data() data: unknown) {
    return { received: data };
  }

  @MessagePattern('things.missing')
  missing() {
    throw notFound('thing');
  }

  @MessagePattern('things.crash')
  crash() {
    throw new Error('connection to the database exploded');
  }

  @MessagePattern('things.slow')
  async slow() {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return 'late';
  }

  @MessagePattern('things.whoami')
  whoami() {
    return this.replica;
  }
}

async function startService(replica: string, subjectPrefix: string, exposeInternals = false) {
  @Module({ controllers: [ThingsController], providers: [{ provide: String, useValue: replica }] })
  class ThingsModule {}
  Reflect.defineMetadata('design:paramtypes', [String], ThingsController);
  const moduleRef = await Test.createTestingModule({ imports: [ThingsModule] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  connectNatsMicroservice(app, { url: NATS_URL, service: 'things', subjectPrefix, exposeInternals });
  await app.startAllMicroservices();
  await app.init();
  return app;
}

async function startCaller(subjectPrefix: string) {
  const moduleRef = await Test.createTestingModule({
    imports: [
      NatsModule.forRoot({ url: NATS_URL, service: 'caller', subjectPrefix, requestTimeoutMs: 2000 }),
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

async function remoteError(promise: Promise<unknown>): Promise<RemoteError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RemoteError) return error;
    throw error;
  }
  throw new Error('expected a RemoteError');
}

const agencyId = '0b7f8c55-3f6d-4a3e-9a7e-2c1d4e5f6a7b';
const envelope: Envelope = {
  agencyId,
  userId: null,
  role: null,
  brandIds: null,
  correlationId: 'corr-int-1',
};

describe('NATS request/reply between Nest services', () => {
  const ours = prefix();
  const theirs = prefix();
  const apps: INestApplication[] = [];
  let requester: NatsRequester;
  let theirRequester: NatsRequester;

  beforeAll(async () => {
    apps.push(await startService('a1', ours));
    apps.push(await startService('a2', ours));
    apps.push(await startService('b1', theirs, true));
    const caller = await startCaller(ours);
    const theirCaller = await startCaller(theirs);
    apps.push(caller, theirCaller);
    requester = caller.get(NatsRequester);
    theirRequester = theirCaller.get(NatsRequester);
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
  });

  it('answers with the handler result, the validated payload and the envelope context', async () => {
    await expect(requester.request('things.echo', envelope, { name: 'Verdure' })).resolves.toEqual({
      name: 'Verdure',
      agencyId,
      correlationId: 'corr-int-1',
    });
    await expect(requester.request('things.raw', envelope, [1, 'two'])).resolves.toEqual({
      received: [1, 'two'],
    });
  });

  it('answers BAD_USER_INPUT naming each bad field', async () => {
    const error = await remoteError(requester.request('things.echo', envelope, { name: '', admin: true }));
    expect(error.body).toEqual({
      code: ErrorCode.BadUserInput,
      message: 'Invalid input',
      fields: [
        { field: 'admin', message: 'admin should not exist', constraint: 'whitelistValidation' },
        {
          field: 'name',
          message: 'name must be longer than or equal to 1 characters',
          constraint: 'isLength',
          params: { min: 1, max: 10 },
        },
      ],
    });
  });

  it('rejects a malformed envelope', async () => {
    const bad = { ...envelope, agencyId: 'not-a-uuid' };
    const error = await remoteError(requester.request('things.echo', bad, { name: 'x' }));
    expect(error.body.code).toBe(ErrorCode.BadUserInput);
    expect(error.body.fields).toEqual([
      { field: 'envelope.agencyId', message: 'envelope.agencyId must be a UUID', constraint: 'isUuid' },
    ]);
  });

  it('carries domain error codes and hides unexpected errors', async () => {
    expect((await remoteError(requester.request('things.missing', envelope, {}))).body).toEqual({
      code: ErrorCode.NotFound,
      message: 'Thing not found',
    });
    expect((await remoteError(requester.request('things.crash', envelope, {}))).body).toEqual({
      code: ErrorCode.Internal,
      message: 'Internal server error',
    });
    expect((await remoteError(theirRequester.request('things.crash', envelope, {}))).body).toEqual({
      code: ErrorCode.Internal,
      message: 'connection to the database exploded',
    });
  });

  it('fails at once when nobody listens on the subject', async () => {
    const started = Date.now();
    const error = await remoteError(requester.request('billing.invoice.get', envelope, {}));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error.body).toEqual({
      code: ErrorCode.ServiceUnavailable,
      message: 'The billing service is unavailable, try again in a moment',
    });
  });

  it('gives up on a slow service after the timeout', async () => {
    const started = Date.now();
    const error = await remoteError(requester.request('things.slow', envelope, {}, { timeoutMs: 300 }));
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1200);
    expect(error.body).toEqual({
      code: ErrorCode.ServiceUnavailable,
      message: 'The things service did not answer in time, try again in a moment',
    });
  });

  it('keeps services with different prefixes apart', async () => {
    const ourReplies = new Set<string>();
    for (let i = 0; i < 10; i += 1)
      ourReplies.add(await requester.request<string>('things.whoami', envelope, {}));
    expect([...ourReplies].every((replica) => replica === 'a1' || replica === 'a2')).toBe(true);
    await expect(theirRequester.request('things.whoami', envelope, {})).resolves.toBe('b1');
  });

  it('hands each request to one replica of the queue group', async () => {
    handledBy.length = 0;
    await Promise.all(
      Array.from({ length: 20 }, () => requester.request('things.echo', envelope, { name: 'q' })),
    );
    expect(handledBy).toHaveLength(20);
    expect(new Set(handledBy)).toEqual(new Set(['a1', 'a2']));
  });

  it('answers a message that is not JSON instead of crashing', async () => {
    const nats = apps[3].get(NatsConnection);
    const reply = await nats.connection.request(`${ours}things.echo`, new TextEncoder().encode('{oops'), {
      timeout: 2000,
    });
    expect(JSON.parse(new TextDecoder().decode(reply.data))).toMatchObject({
      err: { code: ErrorCode.BadUserInput, message: 'Malformed request' },
    });
    await expect(requester.request('things.whoami', envelope, {})).resolves.toMatch(/^a[12]$/);
  });

  it('records how long each subject took and how it ended', async () => {
    const metrics = await register.getSingleMetricAsString('relais_rpc_duration_seconds');
    expect(metrics).toMatch(/relais_rpc_duration_seconds_count\{subject="things.echo",outcome="ok"\} [1-9]/);
    expect(metrics).toMatch(
      /relais_rpc_duration_seconds_count\{subject="things.missing",outcome="NOT_FOUND"\} 1/,
    );
    expect(metrics).toMatch(
      /relais_rpc_duration_seconds_count\{subject="things.echo",outcome="BAD_USER_INPUT"\} [1-9]/,
    );
  });
});
