import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';

/** A request as a network's routes see it: body already read and parsed. */
export interface NetworkRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** JSON (object) or form fields (`name[]` fields become arrays); `{}` without a body. */
  body: Record<string, unknown>;
  /** The body could not be read as its content type says. */
  bodyError: string | null;
  /** Unix milliseconds when the request arrived. */
  receivedAt: number;
  requestId: string;
}

/** What a route answers. `drop` destroys the socket without answering (after the state was changed). */
export interface NetworkResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialised as JSON unless a string (sent as is). */
  body?: unknown;
  drop?: boolean;
}

export type RouteHandler = (
  request: NetworkRequest,
  params: Record<string, string>,
) => NetworkResponse | Promise<NetworkResponse>;

/**
 * A route that reads the body itself (media uploads): it gets the raw request stream, never buffered,
 * and `request.body` stays `{}`. It must consume or destroy the stream.
 */
export type StreamRouteHandler = (
  request: NetworkRequest,
  params: Record<string, string>,
  body: Readable,
) => Promise<NetworkResponse>;

export type RouteMatch =
  | { stream: false; handler: RouteHandler; params: Record<string, string> }
  | { stream: true; handler: StreamRouteHandler; params: Record<string, string> };

type Route = { method: string; segments: string[] } & (
  { stream: false; handler: RouteHandler } | { stream: true; handler: StreamRouteHandler }
);

/** Method + path patterns (`/api/v1/statuses/:id`), matched segment by segment, first match wins. */
export class HttpRouter {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: RouteHandler): this {
    this.routes.push({ method, segments: pattern.split('/').filter(Boolean), stream: false, handler });
    return this;
  }

  /** A route that streams its body (uploads of any size). */
  addStream(method: string, pattern: string, handler: StreamRouteHandler): this {
    this.routes.push({ method, segments: pattern.split('/').filter(Boolean), stream: true, handler });
    return this;
  }

  /** The handler and path parameters, `'method'` when the path exists for other methods, else null. */
  match(method: string, path: string): RouteMatch | 'method' | null {
    const parts = path.split('/').filter(Boolean);
    let pathExists = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.method !== method) {
        pathExists = true;
        continue;
      }
      return route.stream
        ? { stream: true, handler: route.handler, params }
        : { stream: false, handler: route.handler, params };
    }
    return pathExists ? 'method' : null;
  }
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | null {
  if (pattern.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i];
    const actual = parts[i];
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}
