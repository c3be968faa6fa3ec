import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpRouter, NetworkRequest, NetworkResponse } from './http-router';

/** A network's own answers for what no route handles. */
export interface NetworkFallbacks {
  notFound(request: NetworkRequest): NetworkResponse;
  /** A JSON or form body that could not be read. */
  badBody(request: NetworkRequest, problem: string): NetworkResponse;
  /** A route threw: the network's 500. */
  internal(request: NetworkRequest): NetworkResponse;
}

export interface NetworkServerOptions {
  name: string;
  router: HttpRouter;
  fallbacks: NetworkFallbacks;
  /** Emulated latency before each answer, read per request (the control API changes it live). */
  latencyMs: () => number;
  /** Header carrying the request id on every answer (`X-Request-Id`, `x-fb-trace-id`, ...). */
  requestIdHeader: string;
  onError: (error: unknown, request: NetworkRequest) => void;
}

const MAX_BODY_BYTES = 1024 * 1024;
const LISTEN_BACKLOG = 4096;
let requestCounter = 0;
const bootId = Date.now().toString(36);

/**
 * One network's HTTP listener: plain `node:http` (keep-alive, no per-request logging) with a small
 * router. Reads the body, parses JSON or form fields, runs the route, waits the emulated latency,
 * then answers, or destroys the socket without answering when the route asks for it.
 */
export class NetworkServer {
  private readonly server: Server;

  constructor(private readonly options: NetworkServerOptions) {
    this.server = createServer({ keepAlive: true }, (req, res) => this.handle(req, res));
    this.server.keepAliveTimeout = 65_000;
    this.server.headersTimeout = 66_000;
  }

  /** Starts listening; resolves with the port (useful with 0). */
  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      // A deep accept queue: a burst opens hundreds of connections at once.
      this.server.listen(port, host, LISTEN_BACKLOG, () => {
        this.server.off('error', reject);
        resolve((this.server.address() as AddressInfo).port);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const receivedAt = Date.now();
    const target = req.url ?? '/';
    const queryStart = target.indexOf('?');
    const request: NetworkRequest = {
      method: req.method ?? 'GET',
      path: queryStart === -1 ? target : target.slice(0, queryStart),
      query: new URLSearchParams(queryStart === -1 ? '' : target.slice(queryStart + 1)),
      headers: req.headers,
      body: {},
      bodyError: null,
      receivedAt,
      requestId: `${bootId}-${(++requestCounter).toString(36)}`,
    };
    const match = this.options.router.match(request.method, request.path);
    if (match !== null && match !== 'method' && match.stream) {
      // Uploads: the route reads the stream itself, nothing is buffered here.
      this.answer(request, res, () => match.handler(request, match.params, req)).catch((error: unknown) =>
        this.failed(error, request, res),
      );
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) request.bodyError = 'The request body is larger than 1 MB';
      else parseBody(request, Buffer.concat(chunks).toString('utf8'), req.headers['content-type']);
      this.answer(request, res, () => this.route(request, match)).catch((error: unknown) =>
        this.failed(error, request, res),
      );
    });
    req.on('error', () => res.destroy());
  }

  private failed(error: unknown, request: NetworkRequest, res: ServerResponse): void {
    this.options.onError(error, request);
    res.destroy();
  }

  private async answer(
    request: NetworkRequest,
    res: ServerResponse,
    route: () => NetworkResponse | Promise<NetworkResponse>,
  ): Promise<void> {
    let response: NetworkResponse;
    try {
      response = await route();
    } catch (error) {
      this.options.onError(error, request);
      response = this.options.fallbacks.internal(request);
    }
    const latency = this.options.latencyMs();
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    if (response.drop) {
      res.socket?.destroy();
      return;
    }
    const headers: Record<string, string | number> = {
      ...response.headers,
      [this.options.requestIdHeader]: request.requestId,
    };
    let payload: string | undefined;
    if (response.body !== undefined) {
      payload = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
      headers['content-type'] ??= 'application/json; charset=utf-8';
      headers['content-length'] = Buffer.byteLength(payload);
    } else {
      headers['content-length'] = 0;
    }
    res.writeHead(response.status, headers);
    res.end(payload);
  }

  private route(
    request: NetworkRequest,
    match: ReturnType<HttpRouter['match']>,
  ): NetworkResponse | Promise<NetworkResponse> {
    if (match === null || match === 'method' || match.stream) return this.options.fallbacks.notFound(request);
    if (request.bodyError) return this.options.fallbacks.badBody(request, request.bodyError);
    return match.handler(request, match.params);
  }
}

function parseBody(request: NetworkRequest, text: string, contentType: string | undefined): void {
  if (text.length === 0) return;
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    request.body = formFields(new URLSearchParams(text));
    return;
  }
  if (type === 'application/json' || type === '' || type?.endsWith('+json')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        request.body = parsed as Record<string, unknown>;
      else request.bodyError = 'The JSON body must be an object';
    } catch {
      request.bodyError = 'The body is not valid JSON';
    }
    return;
  }
  request.bodyError = `Unsupported content type ${type}`;
}

/** Form fields; `name[]` fields (Mastodon's `media_ids[]`) become arrays under `name`. */
export function formFields(params: URLSearchParams): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of params) {
    if (key.endsWith('[]')) {
      const name = key.slice(0, -2);
      const list = Array.isArray(fields[name]) ? (fields[name] as string[]) : [];
      list.push(value);
      fields[name] = list;
    } else {
      fields[key] = value;
    }
  }
  return fields;
}
