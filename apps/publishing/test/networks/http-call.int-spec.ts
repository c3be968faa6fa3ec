import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { httpCall } from '../../src/networks/http-call';

describe('httpCall', () => {
  it('returns any answer with its status, headers and JSON body, and classifies a refused connection', async () => {
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        response.writeHead(422, {
          'Content-Type': 'application/json',
          'X-Seen': request.headers['content-type'] ?? '',
        });
        response.end(JSON.stringify({ echoed: body }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const result = await httpCall(
        { method: 'POST', url: `http://127.0.0.1:${port}/x`, form: { a: 'b c' } },
        new AbortController().signal,
        2000,
      );
      expect(result).toMatchObject({ kind: 'answer', status: 422, body: { echoed: 'a=b+c' } });
      expect(result.kind === 'answer' && result.headers.get('x-seen')).toBe(
        'application/x-www-form-urlencoded',
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    const refused = await httpCall(
      { method: 'GET', url: `http://127.0.0.1:${port}/x` },
      new AbortController().signal,
      2000,
    );
    expect(refused.kind).toBe('not_sent');
  });

  it('leaves the outcome unknown when the server takes the request and never answers in time', async () => {
    const server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const result = await httpCall(
        { method: 'POST', url: `http://127.0.0.1:${port}/x`, json: { text: 'hello' } },
        new AbortController().signal,
        200,
      );
      expect(result).toEqual({ kind: 'unknown', reason: 'no answer came in time' });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
