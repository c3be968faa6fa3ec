import { Controller, Get, Inject, Options, Param, Put, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { MediaStatus } from '@relais/contracts';
import { TenantTransactions } from '@relais/server-database';
import { Logger } from '@relais/server-logging';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { applyCors, CorsRule } from './http/cors';
import { parseByteRange } from './http/byte-range';
import { findMedia } from './media.repository';
import { DownloadGrant, MediaTokens, TokenRefusal, UploadGrant } from './media-tokens';
import { contentDisposition } from './storage/content-disposition';
import { MEDIA_STORAGE, MediaStorage, MediaTooLargeError } from './storage/media-storage';

const REFUSALS: Record<TokenRefusal, string> = {
  malformed: 'This link is not valid',
  forged: 'This link is not valid',
  expired: 'This link has expired',
};

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function fail(res: Response, status: number, message: string): void {
  if (!res.headersSent) res.status(status).type('application/json').send(JSON.stringify({ message }));
}

/**
 * The media files' HTTP side, authorised by signed tokens only (no session): browsers `PUT` an upload
 * to the URL `createUpload` answered, and `GET` a file through the URL a media view carries.
 */
@Controller('media')
export class MediaFilesController {
  private readonly tokens: MediaTokens;
  private readonly uploadCors: CorsRule;
  private readonly downloadCors: CorsRule;

  constructor(
    @Inject(CONTENT_CONFIG) private readonly config: ContentConfig,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly transactions: TenantTransactions,
    private readonly logger: Logger,
  ) {
    this.tokens = new MediaTokens(config.SIGNING_SECRET);
    this.uploadCors = { origins: config.CORS_ORIGINS, methods: ['PUT'], headers: ['Content-Type'] };
    this.downloadCors = { origins: config.CORS_ORIGINS, methods: ['GET', 'HEAD'], headers: ['Range'] };
  }

  @Options('uploads/:token')
  uploadPreflight(@Req() req: Request, @Res() res: Response): void {
    applyCors(req, res, this.uploadCors);
  }

  @Put('uploads/:token')
  async upload(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    applyCors(req, res, this.uploadCors);
    const checked = this.tokens.verifyUpload(token, nowSeconds());
    if (!checked.ok) return this.refuseUpload(req, res, 403, REFUSALS[checked.reason]);
    const grant = checked.grant;
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== grant.contentType) {
      return this.refuseUpload(req, res, 415, `Send the file with Content-Type: ${grant.contentType}`);
    }
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    if (Number.isFinite(declared) && declared > grant.maxBytes) {
      return this.refuseUpload(req, res, 413, `The file may not be larger than ${grant.maxBytes} bytes`);
    }
    if (!(await this.stillPending(grant))) {
      return this.refuseUpload(req, res, 409, 'This upload is already complete or was cancelled');
    }
    try {
      const stored = await this.storage.put(grant.storageKey, req, {
        contentType: grant.contentType,
        maxBytes: grant.maxBytes,
      });
      res.status(200).json({ sizeBytes: stored.sizeBytes });
    } catch (error) {
      if (error instanceof MediaTooLargeError) {
        return this.refuseUpload(req, res, 413, `The file may not be larger than ${grant.maxBytes} bytes`);
      }
      this.logger.error({ err: error, mediaId: grant.mediaId }, 'media upload failed');
      fail(res, req.destroyed ? 400 : 500, 'The upload did not complete; try again');
    }
  }

  @Options('files/:token')
  downloadPreflight(@Req() req: Request, @Res() res: Response): void {
    applyCors(req, res, this.downloadCors);
  }

  @Get('files/:token')
  async download(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    applyCors(req, res, this.downloadCors);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const checked = this.tokens.verifyDownload(token, nowSeconds());
    if (!checked.ok) return fail(res, 403, REFUSALS[checked.reason]);
    const grant = checked.grant;
    const remaining = Math.max(1, grant.expiresAt - nowSeconds());
    res.setHeader('Cache-Control', `private, max-age=${remaining}`);
    if (this.storage.presigner) {
      const url = await this.storage.presigner.presignDownload(grant.storageKey, {
        contentType: grant.contentType,
        fileName: grant.fileName,
        expiresInSeconds: remaining,
        signedAt: new Date(),
      });
      res.redirect(302, url);
      return;
    }
    await this.stream(grant, req, res);
  }

  private async stream(grant: DownloadGrant, req: Request, res: Response): Promise<void> {
    const stored = await this.storage.stat(grant.storageKey);
    if (!stored) return fail(res, 404, 'This file no longer exists');
    const range = parseByteRange(req.headers.range, stored.sizeBytes);
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('Content-Type', grant.contentType);
    res.setHeader('Content-Disposition', contentDisposition(grant.fileName));
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (range === 'unsatisfiable') {
      res.setHeader('Content-Range', `bytes */${stored.sizeBytes}`);
      return fail(res, 416, 'The requested range is outside the file');
    }
    const length = range ? range.end - range.start + 1 : stored.sizeBytes;
    res.setHeader('Content-Length', String(length));
    if (range) res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${stored.sizeBytes}`);
    res.status(range ? 206 : 200);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const body = await this.storage.read(grant.storageKey, range ?? undefined);
    body.on('error', (error) => {
      this.logger.error({ err: error }, 'media download failed');
      res.destroy(error);
    });
    res.on('close', () => body.destroy());
    body.pipe(res);
  }

  /** Whether the media is still waiting for its file (a completed or discarded upload is not re-opened). */
  private async stillPending(grant: UploadGrant): Promise<boolean> {
    const scope = { agencyId: grant.agencyId, userId: null, brandIds: [grant.brandId] };
    const media = await this.transactions.run(scope, (manager) =>
      findMedia(manager, grant.agencyId, grant.mediaId),
    );
    return media !== null && media.status === MediaStatus.Pending && media.deletedAt === null;
  }

  /** Answers an upload refused before or while reading it, then closes the connection (the rest is not read). */
  private refuseUpload(req: Request, res: Response, status: number, message: string): void {
    res.setHeader('Connection', 'close');
    res.on('finish', () => req.destroy());
    fail(res, status, message);
  }
}
