import { freePort, spawnService, SpawnedService } from '../src';

const entry = 'libs/server/testing/test/fixtures/tiny-service.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('spawnService', () => {
  const started: SpawnedService[] = [];

  afterAll(async () => {
    await Promise.all(started.map((service) => service.stop()));
  });

  it('starts a service, waits for its health, keeps its output, and stops it', async () => {
    const port = await freePort();
    const service = await spawnService({
      name: 'tiny',
      entry,
      env: { PORT: String(port) },
      healthUrl: `http://127.0.0.1:${port}/health`,
    });
    started.push(service);
    const response = await fetch(`http://127.0.0.1:${port}/health`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(String(service.pid));
    expect(service.logs()).toContain(`listening on ${port}`);

    await service.stop();
    expect(alive(service.pid)).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });

  it('restarts as a new process on the same settings', async () => {
    const port = await freePort();
    const service = await spawnService({
      name: 'tiny',
      entry,
      env: { PORT: String(port) },
      healthUrl: `http://127.0.0.1:${port}/health`,
    });
    started.push(service);
    const before = service.pid;
    await service.restart();
    expect(service.pid).not.toBe(before);
    expect(await (await fetch(`http://127.0.0.1:${port}/health`)).text()).toBe(String(service.pid));
  });

  it('kills a service that ignores SIGTERM', async () => {
    const port = await freePort();
    const service = await spawnService({
      name: 'stubborn',
      entry,
      env: { PORT: String(port), IGNORE_SIGTERM: '1' },
      healthUrl: `http://127.0.0.1:${port}/health`,
    });
    started.push(service);
    const stopping = Date.now();
    await service.stop();
    expect(Date.now() - stopping).toBeGreaterThanOrEqual(4500);
    expect(alive(service.pid)).toBe(false);
    expect(service.logs()).toContain('ignoring SIGTERM');
  });

  it('reports a service that exits during startup with its output', async () => {
    const port = await freePort();
    const attempt = spawnService({
      name: 'broken',
      entry,
      env: { PORT: String(port), CRASH: '1' },
      healthUrl: `http://127.0.0.1:${port}/health`,
    });
    await expect(attempt).rejects.toThrow(
      /broken did not start: exited with 3[\s\S]*boom: missing configuration/,
    );
  });

  it('gives up on a service that never becomes healthy', async () => {
    const port = await freePort();
    const attempt = spawnService({
      name: 'silent',
      entry,
      env: { PORT: String(port) },
      healthUrl: `http://127.0.0.1:${port}/missing`,
      timeoutMs: 2000,
    });
    await expect(attempt).rejects.toThrow(/silent did not start: Timed out after 2000 ms[\s\S]*listening on/);
  });
});
