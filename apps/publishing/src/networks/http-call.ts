import { Agent as HttpAgent, IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/**
 * One HTTP request to a network, with what a publisher must know when it goes wrong: did the request
 * possibly reach the network? A refused connection, a name that does not resolve or a TLS handshake
 * that fails happen before anything is written, so sending again cannot post twice. A timeout or a
 * connection closed once the request is under way leaves the outcome unknown.
 *
 * `node:http` with one keep-alive agent per origin: a burst of thousands of posts to one server
 * reuses a few hundred connections instead of paying a handshake (and fetch's overhead) per post.
 */

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  /** A JSON body (sent with `Content-Type: application/json`). */
  json?: unknown;
  /** A form body (sent as `application/x-www-form-urlencoded`). */
  form?: Record<string, string>;
  /** Called once the whole request has been handed to the connection (its instant, epoch ms). */
  onWritten?: (at: number) => void;
}

/** The network answered: any status, with its headers and body. */
export interface HttpAnswer {
  kind: 'answer';
  status: number;
  headers: Headers;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  body: unknown;
  /** The raw body text (for networks answering in plain text). */
  text: string;
}

/** No answer. `not_sent`: nothing reached the network. `unknown`: the request may have reached it. */
export interface HttpFailure {
  kind: 'not_sent' | 'unknown';
  /** What happened, without the URL or any credential. */
  reason: string;
}

export type HttpResult = HttpAnswer | HttpFailure;

/** Error codes raised before a single byte of the request is written. */
const BEFORE_SENDING = new Set([
  'BAD_PORT',
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_INVALID_URL',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

const NO_ANSWER_TEXT: Record<string, string> = {
  BAD_PORT: 'the address uses a port that cannot be reached',
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the server name does not resolve',
  EAI_AGAIN: 'the server name could not be resolved',
  UND_ERR_CONNECT_TIMEOUT: 'the connection could not be opened in time',
  ECONNRESET: 'the connection was reset',
  UND_ERR_SOCKET: 'the connection closed before the answer',
  EPIPE: 'the connection closed while sending',
};

function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current != null && typeof current === 'object'; depth += 1) {
    const { code, name, message } = current as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string') codes.push(code);
    if (typeof name === 'string') codes.push(name);
    // Some clients refuse ports of their "bad port" list before connecting.
    if (message === 'bad port') codes.push('BAD_PORT');
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

/** Classifies an error of a request that got no answer (pure: exported for tests). */
export function classifyHttpError(error: unknown, timedOut: boolean): HttpFailure {
  const codes = errorCodes(error);
  const sentNothing = codes.find(
    (code) => BEFORE_SENDING.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_'),
  );
  if (sentNothing) {
    return {
      kind: 'not_sent',
      reason: NO_ANSWER_TEXT[sentNothing] ?? `the connection failed (${sentNothing})`,
    };
  }
  if (timedOut || codes.includes('TimeoutError')) {
    return { kind: 'unknown', reason: 'no answer came in time' };
  }
  if (codes.includes('AbortError')) return { kind: 'unknown', reason: 'the request was interrupted' };
  const known = codes.find((code) => NO_ANSWER_TEXT[code]);
  return {
    kind: 'unknown',
    reason: known ? NO_ANSWER_TEXT[known] : 'the connection failed without an answer',
  };
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** At most this many connections per origin (the dispatcher's semaphores bound what is in flight). */
let maxSocketsPerOrigin = 512;
const agents = new Map<string, HttpAgent>();

/** Sizes the connection pools from the largest number of requests the dispatcher lets out at once. */
export function configureHttpCalls(options: { maxSocketsPerOrigin: number }): void {
  maxSocketsPerOrigin = Math.max(1, options.maxSocketsPerOrigin);
  for (const agent of agents.values()) agent.maxSockets = maxSocketsPerOrigin;
}

function agentFor(url: URL): HttpAgent {
  let agent = agents.get(url.origin);
  if (!agent) {
    const options = {
      keepAlive: true,
      keepAliveMsecs: 10_000,
      maxSockets: maxSocketsPerOrigin,
      maxFreeSockets: maxSocketsPerOrigin,
      // The most recently used connection first: the least likely to be closed by the server.
      scheduling: 'lifo' as const,
      // An idle connection is dropped before the servers' usual keep-alive timeout (5 s) closes it.
      timeout: 4000,
    };
    agent = url.protocol === 'https:' ? new HttpsAgent(options) : new HttpAgent(options);
    agents.set(url.origin, agent);
  }
  return agent;
}

function headersOf(message: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = message.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
  return headers;
}

function namedError(name: string, message: string, code?: string): Error {
  return Object.assign(new Error(message), { name, code });
}

interface Exchange {
  result: HttpResult;
  /** Failed on a kept-alive connection the server had closed meanwhile, before any answer came. */
  staleConnection: boolean;
}

const STALE_CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE']);

/** One exchange on a pooled connection (`fresh`: on a new connection of its own). */
function exchange(
  url: URL,
  options: { method: string; headers: Record<string, string>; body: string | undefined; fresh: boolean },
  onWritten: ((at: number) => void) | undefined,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Exchange> {
  return new Promise<Exchange>((resolve) => {
    try {
      started(resolve);
    } catch (error) {
      // Refused by the client itself before anything left (e.g. a header it cannot send).
      resolve({ result: classifyHttpError(error, false), staleConnection: false });
    }
  });

  function started(resolve: (value: Exchange) => void): void {
    let done = false;
    let timedOut = false;
    let connected = false;
    let answered = false;
    const finish = (result: HttpResult, error?: unknown) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      const code = (error as { code?: unknown } | undefined)?.code;
      const staleConnection =
        req.reusedSocket &&
        !answered &&
        !timedOut &&
        typeof code === 'string' &&
        STALE_CONNECTION_CODES.has(code);
      resolve({ result, staleConnection });
    };
    const fail = (error: unknown) => finish(classifyHttpError(error, timedOut && connected), error);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const agent = options.fresh ? false : agentFor(url);
    const req = send(url, { method: options.method, headers: options.headers, agent }, (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.on('close', () => {
        if (!response.complete) fail(namedError('Error', 'closed', 'ECONNRESET'));
      });
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        finish({
          kind: 'answer',
          status: response.statusCode ?? 0,
          headers: headersOf(response),
          body: parseBody(text),
          text,
        });
      });
    });
    const onAbort = () => req.destroy(namedError('AbortError', 'the request was interrupted'));
    signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      timedOut = true;
      // Still connecting: nothing was written, the same as a connection that could not be opened.
      req.destroy(
        connected
          ? namedError('TimeoutError', 'no answer came in time')
          : namedError('Error', 'connect timeout', 'UND_ERR_CONNECT_TIMEOUT'),
      );
    }, timeoutMs);
    req.on('socket', (socket) => {
      if (!socket.connecting) connected = true;
      else socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => (connected = true));
    });
    if (onWritten) req.on('finish', () => onWritten(Date.now()));
    req.on('error', fail);
    req.end(options.body);
  }
}

/**
 * Sends one request, bounded by `timeoutMs` and by the caller's `signal`. Never throws. A GET that
 * met a kept-alive connection the server had just closed is sent once more on a new connection; a
 * POST keeps its unknown outcome (it may have been stored before the connection was reset).
 */
export async function httpCall(
  request: HttpRequest,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<HttpResult> {
  if (signal.aborted) return { kind: 'not_sent', reason: 'the request was cancelled before it left' };
  let url: URL;
  try {
    url = new URL(request.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError('unsupported protocol');
  } catch {
    return { kind: 'not_sent', reason: 'the connection failed (ERR_INVALID_URL)' };
  }
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  let body: string | undefined;
  if (request.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(request.json);
  } else if (request.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(request.form).toString();
  }
  if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
  const deadline = Date.now() + timeoutMs;
  const options = { method: request.method, headers, body, fresh: false };
  const first = await exchange(url, options, request.onWritten, signal, timeoutMs);
  // Only a read is repeated: a write on a connection reset after it left may have been stored.
  if (!first.staleConnection || request.method !== 'GET' || signal.aborted || Date.now() >= deadline)
    return first.result;
  const second = await exchange(
    url,
    { ...options, fresh: true },
    request.onWritten,
    signal,
    deadline - Date.now(),
  );
  return second.result;
}

/** `base` without its trailing slashes, so paths can be appended. */
export function trimBase(base: string): string {
  return base.replace(/\/+$/, '');
}
