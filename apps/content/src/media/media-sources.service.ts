import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { Envelope, MediaKind, MediaSourcesPayload, MediaSourceView, MediaStatus } from '@relais/contracts';
import { NetworkName, rulesFor } from '@relais/network-rules';
import { systemScopeFrom, TenantTransactions } from '@relais/server-database';
import { notFound } from '@relais/server-errors';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { MediaEntity } from './media.entity';
import { writeCleanMaster } from './media-inspector';
import { MediaUrlSigner } from './media-url-signer';
import { agencyMediaByIds } from './media.repository';
import { renditionFileName } from './processing/content-types';
import { gifVideoRendition } from './processing/gif-video-rendition';
import { imageRendition, measureImage } from './processing/image-renditions';
import { renditionVersion } from './processing/rendition-plan';
import {
  cleanStorageKey,
  MEDIA_STORAGE,
  MediaStorage,
  renditionFactsKey,
  renditionStorageKey,
} from './storage/media-storage';

/** What is kept of a made rendition, beside its bytes. */
const renditionFacts = z.object({
  storageKey: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  durationMs: z.number().nullable(),
  sha256: z.string(),
});
type RenditionFacts = z.infer<typeof renditionFacts>;

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The files of a publication as a network must receive them (system callers only: publishing). Each
 * file's rendition for the network is made ahead, when a post using it is scheduled (`prepare`), or
 * else on the first request, from its clean master, and kept in storage under the version of the
 * network's media rules; later requests read its facts back. One rendition is made once at a time in
 * this process: a request arriving while it is being made waits for it. Images are re-encoded to fit;
 * videos are never transcoded: their rendition is the clean master itself (scheduling already refused
 * a video the network cannot take). An animated GIF becomes an MP4 where the network shows GIFs as
 * videos (`gif-video-rendition.ts`).
 */
@Injectable()
export class MediaSourcesService {
  private readonly logger = new Logger(MediaSourcesService.name);
  private readonly making = new Map<string, Promise<RenditionFacts>>();

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly signer: MediaUrlSigner,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(CONTENT_CONFIG) private readonly config: ContentConfig,
  ) {}

  async sources(envelope: Envelope, payload: MediaSourcesPayload): Promise<MediaSourceView[]> {
    const scope = systemScopeFrom(envelope);
    const rows = await this.transactions.run(scope, (manager) =>
      agencyMediaByIds(manager, scope.agencyId, payload.mediaIds),
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const network = payload.network as NetworkName;
    const views: MediaSourceView[] = [];
    // One after the other: encoding is CPU work, and a publication has few files.
    for (const id of payload.mediaIds) {
      const media = byId.get(id);
      if (!media || media.status !== MediaStatus.Ready || !media.kind) throw notFound('media');
      views.push(await this.source(media, network));
    }
    return views;
  }

  /**
   * Makes the renditions of the agency's files for `network` ahead of the send, in the caller's
   * transaction. A file not ready (or gone) is left out, and one that cannot be made is logged and left
   * to the send, which says what is wrong with it.
   */
  async prepare(
    manager: EntityManager,
    agencyId: string,
    network: NetworkName,
    mediaIds: string[],
  ): Promise<void> {
    if (mediaIds.length === 0) return;
    const rows = await agencyMediaByIds(manager, agencyId, mediaIds);
    for (const media of rows) {
      if (media.status !== MediaStatus.Ready || !media.kind) continue;
      try {
        await this.rendition(media, network);
      } catch (error) {
        this.logger.warn(
          `The ${network} rendition of media ${media.id} could not be made ahead: ${String(error)}`,
        );
      }
    }
  }

  private async source(media: MediaEntity, network: NetworkName): Promise<MediaSourceView> {
    const kind = media.kind ?? MediaKind.Image;
    const facts = await this.rendition(media, network);
    const url = this.signer.urlFor({
      status: MediaStatus.Ready,
      storageKey: facts.storageKey,
      contentType: facts.contentType,
      fileName: renditionFileName(media.fileName, facts.contentType),
      kind,
    });
    return {
      mediaId: media.id,
      kind,
      contentType: facts.contentType,
      sizeBytes: facts.sizeBytes,
      width: facts.width,
      height: facts.height,
      durationMs: facts.durationMs,
      sha256: facts.sha256,
      altText: media.altText,
      url: url ?? '',
    };
  }

  /** The rendition's facts: read back when made, else made now (once, however many ask meanwhile). */
  private async rendition(media: MediaEntity, network: NetworkName): Promise<RenditionFacts> {
    const key = renditionStorageKey(media.storageKey, network, renditionVersion(network));
    const pending = this.making.get(key);
    if (pending) return pending;
    const made = (async () =>
      (await this.madeRendition(key)) ??
      (await this.makeRendition(media, media.kind ?? MediaKind.Image, network, key)))();
    this.making.set(key, made);
    try {
      return await made;
    } finally {
      this.making.delete(key);
    }
  }

  private async madeRendition(key: string): Promise<RenditionFacts | null> {
    const factsKey = renditionFactsKey(key);
    if (!(await this.storage.stat(factsKey))) return null;
    const parsed = renditionFacts.safeParse(
      JSON.parse((await readAll(await this.storage.read(factsKey))).toString('utf8')),
    );
    return parsed.success ? parsed.data : null;
  }

  private async makeRendition(
    media: MediaEntity,
    kind: MediaKind,
    network: NetworkName,
    key: string,
  ): Promise<RenditionFacts> {
    const cleanKey = cleanStorageKey(media.storageKey);
    if (!(await this.storage.stat(cleanKey))) {
      await writeCleanMaster(this.storage, media.storageKey, media.contentType, kind, {
        deadlineMs: this.config.MEDIA_TOOL_TIMEOUT_MS,
      });
    }
    const facts =
      kind === MediaKind.Video
        ? await this.videoFacts(media, cleanKey)
        : ((await gifVideoRendition(
            this.storage,
            kind,
            rulesFor(network),
            cleanKey,
            key,
            this.config.MEDIA_TOOL_TIMEOUT_MS,
          )) ?? (await this.image(media, kind, network, cleanKey, key)));
    await this.storage.put(renditionFactsKey(key), Readable.from(Buffer.from(JSON.stringify(facts))), {
      contentType: 'application/json',
      maxBytes: 64 * 1024,
    });
    return facts;
  }

  /** A video goes out as its clean master: its digest is computed once, streaming. */
  private async videoFacts(media: MediaEntity, cleanKey: string): Promise<RenditionFacts> {
    const hash = createHash('sha256');
    let sizeBytes = 0;
    for await (const chunk of await this.storage.read(cleanKey)) {
      hash.update(chunk as Buffer);
      sizeBytes += (chunk as Buffer).length;
    }
    return {
      storageKey: cleanKey,
      contentType: media.contentType,
      sizeBytes,
      width: media.width,
      height: media.height,
      durationMs: media.durationMs,
      sha256: hash.digest('hex'),
    };
  }

  private async image(
    media: MediaEntity,
    kind: MediaKind,
    network: NetworkName,
    cleanKey: string,
    key: string,
  ): Promise<RenditionFacts> {
    const master = await measureImage(await readAll(await this.storage.read(cleanKey)), media.contentType);
    const rendition = await imageRendition(master, kind, rulesFor(network));
    const same = rendition === master;
    if (!same) {
      await this.storage.put(key, Readable.from(rendition.bytes), {
        contentType: rendition.contentType,
        maxBytes: Number.MAX_SAFE_INTEGER,
      });
    }
    return {
      storageKey: same ? cleanKey : key,
      contentType: rendition.contentType,
      sizeBytes: rendition.bytes.length,
      width: rendition.width,
      height: rendition.height,
      durationMs: null,
      sha256: createHash('sha256').update(rendition.bytes).digest('hex'),
    };
  }
}
