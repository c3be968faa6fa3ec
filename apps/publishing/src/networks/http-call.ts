/**
 * One HTTP request to a network, with what a publisher must know when it goes wrong: did the request
 * possibly reach the network? A refused connection, a name that does not resolve or a TLS handshake
 * that fails happen before anything is written, so sending again cannot post twice. A timeout or a
 * connection closed once the request is under way leaves the outcome unknown.
 */

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  /** A JSON body (sent with `Content-Type: application/json`). */
  json?: unknown;
  /** A form body (sent as `application/x-www-form-urlencoded`). */
  form?: Record<string, string>;
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
    // Fetch refuses some ports (its "bad port" list) before connecting.
    if (message === 'bad port') codes.push('BAD_PORT');
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

/** Classifies an error thrown by `fetch` (pure: exported for tests). */
export function classifyFetchError(error: unknown, timedOut: boolean): HttpFailure {
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

/** Sends one request, bounded by `timeoutMs` and by the caller's `signal`. Never throws. */
export async function httpCall(
  request: HttpRequest,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<HttpResult> {
  if (signal.aborted) return { kind: 'not_sent', reason: 'the request was cancelled before it left' };
  const timeout = AbortSignal.timeout(timeoutMs);
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  let body: string | undefined;
  if (request.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(request.json);
  } else if (request.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(request.form).toString();
  }
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers,
      body,
      signal: AbortSignal.any([signal, timeout]),
      redirect: 'manual',
    });
    const text = await response.text();
    return {
      kind: 'answer',
      status: response.status,
      headers: response.headers,
      body: parseBody(text),
      text,
    };
  } catch (error) {
    return classifyFetchError(error, timeout.aborted);
  }
}

/** `base` without its trailing slashes, so paths can be appended. */
export function trimBase(base: string): string {
  return base.replace(/\/+$/, '');
}
