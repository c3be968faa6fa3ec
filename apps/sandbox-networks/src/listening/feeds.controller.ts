import { createHash } from 'node:crypto';
import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SandboxNetworks } from '../control/sandbox-networks.service';
import { atomDocument, rssDocument } from './feed-documents';
import { ListeningItem } from './listening-item';

const FEED_ITEMS = 50;

/**
 * `GET /feeds/:name.rss` and `/feeds/:name.atom`: the latest public listened posts about a topic (its
 * brand, or its name in the text), as RSS 2.0 or Atom 1.0, with an `ETag` (`If-None-Match` → 304).
 */
@Controller('feeds')
export class FeedsController {
  constructor(private readonly networks: SandboxNetworks) {}

  @Get(':file')
  feed(@Param('file') file: string, @Req() request: Request, @Res() response: Response): void {
    const match = /^(.+)\.(rss|atom)$/.exec(file);
    if (!match) throw new NotFoundException('Feeds are /feeds/<name>.rss or /feeds/<name>.atom');
    const [, name, format] = match;
    const needle = name.toLowerCase();
    const about = (item: ListeningItem) =>
      !item.deleted &&
      (item.kind === 'post' || item.kind === 'mention') &&
      (item.topic?.toLowerCase() === needle || item.text.toLowerCase().includes(needle));
    const items = this.networks.sandbox.listening.list().newestFirst(about, FEED_ITEMS);
    // Changes whenever an item enters or leaves the feed.
    const etag = `"${createHash('sha1')
      .update(`${format}:${items.map((item) => item.seq).join(',')}`)
      .digest('base64url')
      .slice(0, 20)}"`;
    response.setHeader('ETag', etag);
    response.setHeader('Cache-Control', 'no-cache');
    if (request.headers['if-none-match'] === etag) {
      response.status(304).end();
      return;
    }
    const selfUrl = `${request.protocol}://${request.headers.host ?? 'localhost'}${request.originalUrl.split('?')[0]}`;
    const feed = { name, selfUrl, items };
    response
      .status(200)
      .type(format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8')
      .send(format === 'rss' ? rssDocument(feed) : atomDocument(feed));
  }
}
