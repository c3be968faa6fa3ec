import { JwtService } from '@nestjs/jwt';
import { ErrorCode, Role } from '@relais/contracts';
import { createServer } from 'node:net';
import { RemoteError } from '@relais/server-errors';
import { mintAccessToken } from './access-token';
import { anonymous, as, failure, system } from './envelopes';
import { freePort, onFreePorts } from './free-port';
import { testSubjectPrefix } from './nats-prefix';
import { asRole, createdAtOf } from './template-database';
import { testDatabaseName } from './test-database';
import { waitFor } from './wait-for';

describe('test database names', () => {
  it('carry their creation time so stale ones can be dropped', () => {
    const now = Date.UTC(2026, 10, 24, 8, 0, 0);
    const name = testDatabaseName(now);
    expect(name).toMatch(/^relais_t_[0-9a-z]+_[0-9a-f]{8}$/);
    expect(name.length).toBeLessThanOrEqual(63);
    expect(createdAtOf(name)).toBe(now);
    expect(createdAtOf('relais_t_rls_1a2b3c4d')).toBeNull();
    expect(createdAtOf('relais_t_abc_1a2b3c4d')).toBeNull();
    expect(createdAtOf('relais')).toBeNull();
  });

  it('switch the login role of a URL', () => {
    expect(asRole('postgres://postgres:pw@db:5432/relais_t_x', 'relais_app')).toBe(
      'postgres://relais_app@db:5432/relais_t_x',
    );
  });
});

describe('testSubjectPrefix', () => {
  it('is unique and dot-terminated', () => {
    const a = testSubjectPrefix();
    expect(a).toMatch(/^t[0-9a-f]{10}\.$/);
    expect(testSubjectPrefix()).not.toBe(a);
  });
});

describe('mintAccessToken', () => {
  it('signs the claims the gateway verifies', async () => {
    const claims = {
      userId: '3f0e9a3c-1d2b-4c5d-8e7f-0a1b2c3d4e5f',
      agencyId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      role: Role.CommunityManager,
      brandIds: ['1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'],
    };
    const token = await mintAccessToken(claims, 'test-secret', '5m');
    const payload = new JwtService({ secret: 'test-secret' }).verify<Record<string, unknown>>(token, {
      algorithms: ['HS256'],
      issuer: 'relais-gateway',
      audience: 'relais',
    });
    expect(payload).toMatchObject({
      sub: claims.userId,
      agency: claims.agencyId,
      role: 'community_manager',
      brands: claims.brandIds,
      sid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      typ: 'access',
    });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(300);
    expect(() => new JwtService({ secret: 'other' }).verify(token)).toThrow('invalid signature');
  });
});

describe('waitFor', () => {
  it('returns the first truthy value', async () => {
    let calls = 0;
    await expect(waitFor(() => (++calls >= 3 ? 'ready' : null), { intervalMs: 1 })).resolves.toBe('ready');
    expect(calls).toBe(3);
  });

  it('times out naming what it waited for and the last error', async () => {
    await expect(
      waitFor(
        () => {
          throw new Error('connection refused');
        },
        { timeoutMs: 30, intervalMs: 5, description: 'the gateway' },
      ),
    ).rejects.toThrow('Timed out after 30 ms waiting for the gateway: connection refused');
  });
});

describe('waitFor with a signal', () => {
  it('stops at once when aborted', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('the process exited')), 20);
    const started = Date.now();
    await expect(
      waitFor(() => false, { timeoutMs: 5000, intervalMs: 5, signal: controller.signal }),
    ).rejects.toThrow('the process exited');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('freePort', () => {
  it('gives a port one can listen on', async () => {
    const port = await freePort();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});

describe('envelopes', () => {
  it('carry who asks, with a fresh correlation id each time', () => {
    const claims = { agencyId: 'a1', userId: 'u1', role: Role.Owner, brandIds: null };
    const first = as({ claims });
    expect(first).toMatchObject(claims);
    expect(as({ claims }).correlationId).not.toBe(first.correlationId);
    expect(anonymous()).toMatchObject({ agencyId: null, userId: null, role: null, brandIds: null });
    expect(system('a1')).toMatchObject({ agencyId: 'a1', userId: null });
  });

  it('failure hands back the error body, and fails when the request succeeded', async () => {
    const body = { code: ErrorCode.NotFound, message: 'No such post' };
    await expect(failure(Promise.reject(new RemoteError(body)))).resolves.toEqual(body);
    await expect(failure(Promise.resolve('done'))).rejects.toThrow('Expected the request to fail');
    await expect(failure(Promise.reject(new Error('network down')))).rejects.toThrow('network down');
  });
});

describe('onFreePorts', () => {
  it('starts again on new ports when a port was taken meanwhile, and gives up on any other error', async () => {
    let next = 40_000;
    const tried: number[] = [];
    const started = await onFreePorts(
      undefined,
      async () => next++,
      async (port) => {
        tried.push(port);
        if (tried.length === 1) throw new Error('did not start: listen EADDRINUSE 127.0.0.1');
        return `up on ${port}`;
      },
    );
    expect(started).toEqual({ ports: 40_001, started: 'up on 40001' });
    expect(tried).toEqual([40_000, 40_001]);

    await expect(
      onFreePorts(
        undefined,
        async () => next++,
        async () => Promise.reject(new Error('crashed')),
      ),
    ).rejects.toThrow('crashed');
    await expect(
      onFreePorts(
        7,
        async () => next++,
        async () => Promise.reject(new Error('EADDRINUSE')),
      ),
    ).rejects.toThrow('EADDRINUSE');
  });
});
