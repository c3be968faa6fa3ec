import { LookupAddress, lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, IncomingMessage, RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, LookupFunction } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { feedUrlProblem, isPrivateAddress } from './feed-url';

/** The largest feed document read; anything longer is refused. */
export const FEED_MAX_BYTES = 2 * 1024 * 1024;
const MAX_REDIRECTS = 5;

/** Why a feed could not be read: the message is shown to the brand's team as the feed's last error. */
export class FeedFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedFetchError';
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

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EPRIVATEHOST') return 'The feed’s address points to a private network';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'The feed’s host name could not be found';
  if (code === 'ECONNREFUSED') return 'The feed’s server refused the connection';
  if (code === 'ECONNRESET') return 'The feed’s server closed the connection';
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return 'The feed’s TLS certificate is not valid';
  return error instanceof Error ? error.message : String(error);
}

/** Reads feed documents over http(s) with a deadline, a size cap, and no way into private networks. */
@Injectable()
export class FeedFetcher {
  constructor(@Inject(CONTENT_CONFIG) private readonly config: ContentConfig) {}

  /** The document at `url`, following a few redirects; throws `FeedFetchError` with a readable reason. */
  async fetch(url: string): Promise<string> {
    const deadline = Date.now() + this.config.FEED_TIMEOUT_MS;
    let current = url;
    for (let redirects = 0; ; redirects += 1) {
      const problem = feedUrlProblem(current, this.config.FEED_ALLOW_PRIVATE_HOSTS);
      if (problem) throw new FeedFetchError(`Refused address ${current}: ${problem.message}`);
      const outcome = await this.get(current, deadline);
      if (outcome.kind === 'body') return outcome.body;
      if (redirects >= MAX_REDIRECTS) throw new FeedFetchError('The feed redirects too many times');
      current = new URL(outcome.location, current).toString();
    }
  }

  private get(
    url: string,
    deadline: number,
  ): Promise<{ kind: 'body'; body: string } | { kind: 'redirect'; location: string }> {
    const target = new URL(url);
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (!this.config.FEED_ALLOW_PRIVATE_HOSTS && isIP(host) && isPrivateAddress(host)) {
      return Promise.reject(new FeedFetchError('The feed’s address points to a private network'));
    }
    const options: RequestOptions = {
      method: 'GET',
      headers: {
        accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
        'accept-encoding': 'identity',
        'user-agent': 'Relais feed reader (+https://relais.app)',
      },
      ...(this.config.FEED_ALLOW_PRIVATE_HOSTS ? {} : { lookup: publicOnlyLookup() }),
    };
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const fail = (error: unknown) =>
        reject(error instanceof FeedFetchError ? error : new FeedFetchError(describe(error)));
      const remaining = Math.max(1, deadline - Date.now());
      const request = send(target, options, (response) => this.read(response, resolve, fail));
      const timer = setTimeout(() => {
        request.destroy(
          new FeedFetchError(`The feed did not answer within ${this.config.FEED_TIMEOUT_MS} ms`),
        );
      }, remaining);
      request.on('error', fail);
      request.on('close', () => clearTimeout(timer));
      request.end();
    });
  }

  private read(
    response: IncomingMessage,
    resolve: (outcome: { kind: 'body'; body: string } | { kind: 'redirect'; location: string }) => void,
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
      fail(new FeedFetchError(`The feed’s server answered HTTP ${status}`));
      return;
    }
    const declared = Number(response.headers['content-length'] ?? 0);
    if (declared > FEED_MAX_BYTES) {
      response.destroy();
      fail(new FeedFetchError(`The feed is larger than ${FEED_MAX_BYTES / 1024 / 1024} MB`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > FEED_MAX_BYTES) {
        response.destroy(new FeedFetchError(`The feed is larger than ${FEED_MAX_BYTES / 1024 / 1024} MB`));
        return;
      }
      chunks.push(chunk);
    });
    response.on('error', fail);
    response.on('end', () => resolve({ kind: 'body', body: Buffer.concat(chunks).toString('utf8') }));
  }
}
