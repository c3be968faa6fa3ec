import { LookupAddress, lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, IncomingMessage, RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, LookupFunction } from 'node:net';
import { feedUrlProblem, isPrivateAddress } from './feed-url';

const MAX_REDIRECTS = 5;

/** How one outbound read is bounded, and how the document is named in its errors. */
export interface PublicFetchOptions {
  /** The whole read, redirects included, ends after this long. */
  timeoutMs: number;
  /** The largest body read. */
  maxBytes: number;
  /** `refuse`: a longer body is an error; `truncate`: only its first `maxBytes` are kept. */
  overflow: 'refuse' | 'truncate';
  /** Only for tests and trials: lets a read reach this machine and private networks. */
  allowPrivateHosts: boolean;
  accept: string;
  userAgent: string;
  /** What is read, for the messages: `feed`, `page`, `image`. */
  noun: string;
}

export interface PublicDocument {
  /** The address the body came from, after redirects. */
  url: string;
  body: Buffer;
  contentType: string | null;
  /** Whether the body was cut at `maxBytes`. */
  truncated: boolean;
}

/** Why a document could not be read: the message can be shown to the brand's team. */
export class PublicFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PublicFetchError';
  }
}

/**
 * Refuses, at connection time, host names that resolve to a private address: checking the name alone
 * would let a DNS answer point a public-looking name at this machine.
 */
function publicOnlyLookup(): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const allowed = addresses.filter((entry) => !isPrivateAddress(entry.address));
      if (allowed.length === 0 || allowed.length !== addresses.length) {
        const refused = new Error(`${hostname} resolves to a private address`) as NodeJS.ErrnoException;
        refused.code = 'EPRIVATEHOST';
        return callback(refused, '', 0);
      }
      if (options.all) return callback(null, allowed);
      return callback(null, allowed[0].address, allowed[0].family);
    });
  };
}

function describe(error: unknown, noun: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EPRIVATEHOST') return `The ${noun}’s address points to a private network`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `The ${noun}’s host name could not be found`;
  if (code === 'ECONNREFUSED') return `The ${noun}’s server refused the connection`;
  if (code === 'ECONNRESET') return `The ${noun}’s server closed the connection`;
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT'))
    return `The ${noun}’s TLS certificate is not valid`;
  return error instanceof Error ? error.message : String(error);
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

type Outcome = { kind: 'body'; document: PublicDocument } | { kind: 'redirect'; location: string };

/**
 * Reads a document over http(s) with a deadline, a size cap, and no way into private networks (by
 * address, by name, or by a name resolving to one), following a few redirects, each checked again.
 * Throws `PublicFetchError` with a readable reason. The one outbound HTTP path of the content service
 * towards addresses its users give (feeds, pages behind links, their pictures).
 */
export async function fetchPublic(url: string, options: PublicFetchOptions): Promise<PublicDocument> {
  const deadline = Date.now() + options.timeoutMs;
  let current = url;
  for (let redirects = 0; ; redirects += 1) {
    const problem = feedUrlProblem(current, options.allowPrivateHosts);
    if (problem) throw new PublicFetchError(`Refused address ${current}: ${problem.message}`);
    const outcome = await get(current, deadline, options);
    if (outcome.kind === 'body') return outcome.document;
    if (redirects >= MAX_REDIRECTS)
      throw new PublicFetchError(`The ${options.noun} redirects too many times`);
    current = new URL(outcome.location, current).toString();
  }
}

function get(url: string, deadline: number, options: PublicFetchOptions): Promise<Outcome> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivateHosts && isIP(host) && isPrivateAddress(host)) {
    return Promise.reject(new PublicFetchError(`The ${options.noun}’s address points to a private network`));
  }
  const request: RequestOptions = {
    method: 'GET',
    headers: { accept: options.accept, 'accept-encoding': 'identity', 'user-agent': options.userAgent },
    ...(options.allowPrivateHosts ? {} : { lookup: publicOnlyLookup() }),
  };
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) =>
      reject(error instanceof PublicFetchError ? error : new PublicFetchError(describe(error, options.noun)));
    const remaining = Math.max(1, deadline - Date.now());
    const outgoing = send(target, request, (response) => read(url, response, options, resolve, fail));
    const timer = setTimeout(() => {
      outgoing.destroy(
        new PublicFetchError(`The ${options.noun} did not answer within ${options.timeoutMs} ms`),
      );
    }, remaining);
    outgoing.on('error', fail);
    outgoing.on('close', () => clearTimeout(timer));
    outgoing.end();
  });
}

function read(
  url: string,
  response: IncomingMessage,
  options: PublicFetchOptions,
  resolve: (outcome: Outcome) => void,
  fail: (error: unknown) => void,
): void {
  const status = response.statusCode ?? 0;
  if (status >= 300 && status < 400 && response.headers.location) {
    response.resume();
    resolve({ kind: 'redirect', location: response.headers.location });
    return;
  }
  if (status < 200 || status >= 300) {
    response.resume();
    fail(new PublicFetchError(`The ${options.noun}’s server answered HTTP ${status}`));
    return;
  }
  const tooLarge = () =>
    new PublicFetchError(`The ${options.noun} is larger than ${megabytes(options.maxBytes)}`);
  const declared = Number(response.headers['content-length'] ?? 0);
  if (declared > options.maxBytes && options.overflow === 'refuse') {
    response.destroy();
    fail(tooLarge());
    return;
  }
  const contentType = response.headers['content-type'] ?? null;
  const chunks: Buffer[] = [];
  let size = 0;
  let settled = false;
  const finish = (truncated: boolean) => {
    if (settled) return;
    settled = true;
    const body = Buffer.concat(chunks).subarray(0, options.maxBytes);
    resolve({ kind: 'body', document: { url, body, contentType, truncated } });
  };
  response.on('data', (chunk: Buffer) => {
    if (settled) return;
    size += chunk.length;
    if (size > options.maxBytes) {
      if (options.overflow === 'refuse') {
        response.destroy(tooLarge());
        return;
      }
      chunks.push(chunk);
      finish(true);
      response.destroy();
      return;
    }
    chunks.push(chunk);
  });
  response.on('error', (error) => {
    if (!settled) fail(error);
  });
  response.on('end', () => finish(false));
}
