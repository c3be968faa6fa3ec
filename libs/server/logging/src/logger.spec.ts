import { Writable } from 'node:stream';
import { createLogger } from './logger-options';
import { formatLine } from './pretty-stream';
import { requestContext } from './request-context';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
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
  return { stream, lines };
}

describe('createLogger', () => {
  it('writes the service on every line and the request context when there is one', () => {
    const out = capture();
    const logger = createLogger('clients', { destination: out.stream });
    logger.info('outside');
    requestContext.run({ correlationId: 'c-1', agencyId: 'a-1', userId: null }, () => logger.info('inside'));
    const [outside, inside] = out.lines();
    expect(outside).toMatchObject({ service: 'clients', msg: 'outside' });
    expect(outside).not.toHaveProperty('correlationId');
    expect(inside).toMatchObject({
      service: 'clients',
      msg: 'inside',
      correlationId: 'c-1',
      agencyId: 'a-1',
    });
    expect(inside).not.toHaveProperty('userId');
  });

  it('keeps the context across awaits and lets it be completed later', async () => {
    const out = capture();
    const logger = createLogger('gateway', { destination: out.stream });
    await requestContext.run({ correlationId: 'c-2' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      requestContext.assign({ agencyId: 'a-2', userId: 'u-2' });
      logger.info('after sign-in');
    });
    expect(out.lines()[0]).toMatchObject({ correlationId: 'c-2', agencyId: 'a-2', userId: 'u-2' });
    expect(requestContext.get()).toBeUndefined();
  });

  it('redacts secrets at any usual depth', () => {
    const out = capture();
    const logger = createLogger('clients', { destination: out.stream });
    logger.info(
      {
        password: 'p0',
        data: { newPassword: 'p1', currentPassword: 'p2', credentials: { accessToken: 't' } },
        input: { payload: { refreshToken: 'r', token: 'x' } },
        req: { headers: { authorization: 'Bearer abc', host: 'relais' } },
        email: 'ana@example.com',
      },
      'signing in',
    );
    const line = JSON.stringify(out.lines()[0]);
    for (const secret of ['p0', 'p1', 'p2', '"t"', 'Bearer abc', '"r"', '"x"'])
      expect(line).not.toContain(secret);
    expect(line).toContain('ana@example.com');
    expect(line).toContain('"host":"relais"');
  });

  it('respects the level', () => {
    const out = capture();
    const logger = createLogger('clients', { level: 'warn', destination: out.stream });
    logger.info('hidden');
    logger.warn('shown');
    expect(out.lines().map((line) => line.msg)).toEqual(['shown']);
  });
});

describe('formatLine', () => {
  it('prints a readable line with the extras', () => {
    const line = JSON.stringify({
      level: 30,
      time: Date.UTC(2026, 0, 1, 12, 0, 1),
      service: 'clients',
      context: 'BrandsService',
      msg: 'created',
      brandId: 'b1',
    });
    expect(formatLine(line)).toBe('12:00:01.000 INFO  clients [BrandsService] created {"brandId":"b1"}\n');
  });

  it('leaves a non-JSON line alone', () => {
    expect(formatLine('plain')).toBe('plain');
  });
});
