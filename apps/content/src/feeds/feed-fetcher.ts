import { Inject, Injectable } from '@nestjs/common';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { fetchPublic, PublicFetchError } from './public-fetch';

/** The largest feed document read; anything longer is refused. */
export const FEED_MAX_BYTES = 2 * 1024 * 1024;

/** Why a feed could not be read: the message is shown to the brand's team as the feed's last error. */
export class FeedFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedFetchError';
  }
}

/** Reads feed documents over http(s) with a deadline, a size cap, and no way into private networks. */
@Injectable()
export class FeedFetcher {
  constructor(@Inject(CONTENT_CONFIG) private readonly config: ContentConfig) {}

  /** The document at `url`, following a few redirects; throws `FeedFetchError` with a readable reason. */
  async fetch(url: string): Promise<string> {
    try {
      const document = await fetchPublic(url, {
        timeoutMs: this.config.FEED_TIMEOUT_MS,
        maxBytes: FEED_MAX_BYTES,
        overflow: 'refuse',
        allowPrivateHosts: this.config.FEED_ALLOW_PRIVATE_HOSTS,
        accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
        userAgent: 'Relais feed reader (+https://relais.app)',
        noun: 'feed',
      });
      return document.body.toString('utf8');
    } catch (error) {
      throw error instanceof PublicFetchError ? new FeedFetchError(error.message) : error;
    }
  }
}
