import { createServer } from 'node:net';

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('No free port'))));
    });
  });
}

const PORT_ATTEMPTS = 3;

/**
 * Starts something on ports allocated just before (`allocate`), again on new ones when a port was
 * taken in between (`EADDRINUSE`: another process, or an outgoing connection, got it first), up to
 * three times. With `fixed` ports, starts once on them.
 */
export async function onFreePorts<P, T>(
  fixed: P | undefined,
  allocate: () => Promise<P>,
  start: (ports: P) => Promise<T>,
): Promise<{ ports: P; started: T }> {
  for (let attempt = 1; ; attempt += 1) {
    const ports = fixed ?? (await allocate());
    try {
      return { ports, started: await start(ports) };
    } catch (error) {
      const taken = String(error instanceof Error ? error.message : error).includes('EADDRINUSE');
      if (fixed !== undefined || !taken || attempt >= PORT_ATTEMPTS) throw error;
    }
  }
}
