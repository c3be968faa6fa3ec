import { Inject, Injectable, Logger } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { EntityManager } from 'typeorm';
import { LinkCardSpec, LinkPreviewPayload, LinkPreviewView } from '@relais/contracts';
import { badInput, DomainException, rateLimited } from '@relais/server-errors';
import { Actor, TenantTransactions } from '@relais/server-database';
import { BrandsClient } from '../brands/brands.client';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { FEED_MAX_BYTES, feedUrlError, feedUrlProblem, fetchPublic, PublicFetchError } from '../feeds';
import { FetchedMediaService } from '../media';
import { LinkCardEntity } from './link-card.entity';
import { decodePage, pageCard } from './link-card-page';
import { findLinkCards, saveLinkCard } from './link-card.repository';
import { toLinkCardSpec, toLinkCardView } from './link-card.view';

/** A kept card is read again when it is older than this, when a post using it is scheduled. */
export const LINK_CARD_MAX_AGE_MS = 24 * 3600 * 1000;
/** A card asked for again within this time (while typing) is not read again. */
const PREVIEW_REUSE_MS = 10 * 60 * 1000;
/** Pages one person may have read for previews per minute (kept cards answer without counting). */
export const PREVIEW_READS_PER_MINUTE = 20;
/** The largest card picture read (the networks take thumbnails under 1 MB; renditions shrink them). */
export const CARD_PICTURE_MAX_BYTES = 5 * 1024 * 1024;

type Outcome = { card: LinkCardEntity; warning: null } | { card: null; warning: string };

/**
 * The cards links make, per brand and address: read from the page (Open Graph, Twitter card) through
 * the same guarded outbound reader as feeds (private networks refused, deadline, size cap), kept, and
 * read again when older than a day at scheduling time. A page that cannot be read gives no card and a
 * warning, never an error: the post goes out with its plain link.
 */
@Injectable()
export class LinkCardsService {
  private readonly logger = new Logger(LinkCardsService.name);
  /** Per replica: enough to keep the composer from turning the service into a page fetcher. */
  private readonly previewReads = new RateLimiterMemory({ points: PREVIEW_READS_PER_MINUTE, duration: 60 });

  constructor(
    @Inject(CONTENT_CONFIG) private readonly config: ContentConfig,
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
    private readonly fetchedMedia: FetchedMediaService,
  ) {}

  /** The card of a link for the composer: the kept one when recent, else read now. */
  async preview(actor: Actor, payload: LinkPreviewPayload): Promise<LinkPreviewView> {
    const brand = await this.brands.activeBrand(actor, payload.brandId);
    authorize(actor, ContentPermission.Write);
    const url = payload.url.trim();
    const problem = feedUrlProblem(url, this.config.FEED_ALLOW_PRIVATE_HOSTS);
    if (problem) throw badInput([feedUrlError(problem)], 'This link cannot be read');
    const kept = await this.transactions.run(actor.scope, (manager) =>
      findLinkCards(manager, actor.agencyId, brand.id, [url]),
    );
    const [card] = kept;
    if (card && Date.now() - card.fetchedAt.getTime() < PREVIEW_REUSE_MS) {
      return { url, card: toLinkCardView(card), warning: null };
    }
    await this.throttle(actor);
    // The picture is stored when a post using the card is scheduled, not at every preview.
    const outcome = await this.read(actor, brand.id, url, card ?? null, false);
    return {
      url,
      card: outcome.card ? toLinkCardView(outcome.card) : null,
      warning: outcome.warning,
    };
  }

  /**
   * Reads again the brand's cards of these links that are missing or older than a day (before a post
   * using them is scheduled), and stores the picture of each card that has none yet as a media file of
   * the brand (its `thumbnailMediaId`). Never throws: what cannot be read is returned as warnings, and
   * logged.
   */
  async refresh(actor: Actor, brandId: string, urls: readonly string[]): Promise<string[]> {
    const wanted = [...new Set(urls)];
    if (wanted.length === 0) return [];
    const warnings: string[] = [];
    try {
      const kept = await this.transactions.run(actor.scope, (manager) =>
        findLinkCards(manager, actor.agencyId, brandId, wanted),
      );
      for (const url of wanted) {
        const card = kept.find((candidate) => candidate.url === url) ?? null;
        if (card && Date.now() - card.fetchedAt.getTime() < LINK_CARD_MAX_AGE_MS) {
          const warning = await this.addThumbnail(actor, card);
          if (warning) warnings.push(warning);
          continue;
        }
        const outcome = await this.read(actor, brandId, url, card, true);
        if (outcome.warning) warnings.push(outcome.warning);
        if (outcome.card) {
          const warning = await this.addThumbnail(actor, outcome.card);
          if (warning) warnings.push(warning);
        }
      }
    } catch (error) {
      warnings.push(
        `Link cards could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    for (const warning of warnings) this.logger.warn({ brandId, warning }, 'link card not read');
    return warnings;
  }

  /** The brand's kept cards for these links, by address, in the caller's transaction. */
  async cardsFor(
    manager: EntityManager,
    agencyId: string,
    brandId: string,
    urls: readonly string[],
  ): Promise<Map<string, LinkCardSpec>> {
    const cards = await findLinkCards(manager, agencyId, brandId, [...new Set(urls)]);
    return new Map(cards.map((card) => [card.url, toLinkCardSpec(card)]));
  }

  private async throttle(actor: Actor): Promise<void> {
    try {
      await this.previewReads.consume(`${actor.agencyId}:${actor.userId}`);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw rateLimited(`Too many link previews. Try again in ${retryAfter} seconds.`, retryAfter);
    }
  }

  /**
   * Reads the page and keeps its card; a page without a card keeps nothing. The stored picture of the
   * card read before is kept while the page names the same picture.
   */
  private async read(
    actor: Actor,
    brandId: string,
    url: string,
    previous: LinkCardEntity | null,
    withThumbnail: boolean,
  ): Promise<Outcome> {
    let card;
    try {
      const page = await fetchPublic(url, {
        timeoutMs: this.config.FEED_TIMEOUT_MS,
        maxBytes: FEED_MAX_BYTES,
        // The card is in the page's head: a huge page is read up to the cap, not refused.
        overflow: 'truncate',
        allowPrivateHosts: this.config.FEED_ALLOW_PRIVATE_HOSTS,
        accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5',
        userAgent: 'Relais link preview (+https://relais.app)',
        noun: 'page',
      });
      card = await pageCard(decodePage(page.body, page.contentType), page.url);
    } catch (error) {
      if (error instanceof PublicFetchError) return { card: null, warning: `${url}: ${error.message}` };
      throw error;
    }
    if (!card) return { card: null, warning: `${url}: the page has no title to show as a card` };
    const entity: LinkCardEntity = {
      agencyId: actor.agencyId,
      brandId,
      url,
      ...card,
      thumbnailMediaId:
        previous && card.imageUrl && previous.imageUrl === card.imageUrl ? previous.thumbnailMediaId : null,
      fetchedAt: new Date(),
    };
    // With a thumbnail to come, the card is saved once, with it (`addThumbnail`).
    if (!withThumbnail || !entity.imageUrl || entity.thumbnailMediaId) {
      await this.transactions.run(actor.scope, (manager) => saveLinkCard(manager, entity));
    }
    return { card: entity, warning: null };
  }

  /**
   * Reads the card's picture through the guarded reader and keeps it as a media file of the brand (the
   * same checks as an upload), then keeps the card with it. A picture that cannot be read or is
   * refused leaves the card without thumbnail and answers a warning.
   */
  private async addThumbnail(actor: Actor, card: LinkCardEntity): Promise<string | null> {
    if (!card.imageUrl || card.thumbnailMediaId) return null;
    let warning: string | null = null;
    try {
      const picture = await fetchPublic(card.imageUrl, {
        timeoutMs: this.config.FEED_TIMEOUT_MS,
        maxBytes: Math.min(CARD_PICTURE_MAX_BYTES, this.config.MEDIA_MAX_BYTES),
        overflow: 'refuse',
        allowPrivateHosts: this.config.FEED_ALLOW_PRIVATE_HOSTS,
        accept: 'image/avif, image/webp, image/png, image/jpeg, image/gif;q=0.9, */*;q=0.5',
        userAgent: 'Relais link preview (+https://relais.app)',
        noun: 'picture',
      });
      const media = await this.fetchedMedia.storePicture(actor, card.brandId, {
        bytes: picture.body,
        fileName: pictureName(picture.url),
      });
      card.thumbnailMediaId = media.id;
    } catch (error) {
      if (error instanceof PublicFetchError) warning = `${card.imageUrl}: ${error.message}`;
      else if (error instanceof DomainException) {
        warning = `${card.imageUrl}: ${error.fields?.[0]?.message ?? error.message}`;
      } else throw error;
    }
    await this.transactions.run(actor.scope, (manager) => saveLinkCard(manager, card));
    return warning;
  }
}

/** The library name of a card picture: the last part of its address (`og-spring.jpg`), else `link-card`. */
function pictureName(url: string): string {
  try {
    const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    return last.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80) || 'link-card';
  } catch {
    return 'link-card';
  }
}
