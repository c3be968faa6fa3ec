import { request } from 'node:http';

export type RawOutcome =
  | { kind: 'answered'; status: number; headers: Record<string, string | string[] | undefined>; body: string }
  | { kind: 'dropped'; code: string };

/**
 * One HTTP request on a fresh connection, telling an answer apart from a socket closed without one
 * (what `drop_after_commit` does).
 */
export function rawRequest(
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string },
): Promise<RawOutcome> {
  return new Promise((resolve) => {
    const req = request(url, { method: init.method, headers: init.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          kind: 'answered',
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ kind: 'dropped', code: error.code ?? error.message }),
    );
    req.end(init.body);
  });
}
