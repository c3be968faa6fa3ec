import { Inject, Injectable } from '@nestjs/common';
import {
  AddFeedPayload,
  FeedIdPayload,
  FeedView,
  ListFeedsPayload,
  MAX_FEEDS_PER_BRAND,
} from '@relais/contracts';
import { badInput, conflict, notFound } from '@relais/server-errors';
import { Actor, isUniqueViolation, TenantTransactions } from '@relais/server-database';
import { BrandsClient } from '../brands/brands.client';
import { CONTENT_CONFIG, ContentConfig } from '../config';
import { authorize } from '../core/actor';
import { ContentPermission } from '../core/content-permissions';
import { FeedReader } from './feed-reader';
import { feedUrlError, feedUrlProblem, normalizeFeedUrl } from './feed-url';
import { brandFeeds, countBrandFeeds, deleteFeed, findFeed, FeedRow, insertFeed } from './feed.repository';
import { toFeedView } from './feed.view';

const URL_INDEX = 'feeds_brand_url_key';

/** The RSS and Atom feeds a brand follows: added (and read at once), listed, read again, removed. */
@Injectable()
export class FeedsService {
  constructor(
    @Inject(CONTENT_CONFIG) private readonly config: ContentConfig,
    private readonly transactions: TenantTransactions,
    private readonly brands: BrandsClient,
    private readonly reader: FeedReader,
  ) {}

  async list(actor: Actor, payload: ListFeedsPayload): Promise<FeedView[]> {
    authorize(actor, ContentPermission.Read);
    await this.brands.brand(actor, payload.brandId);
    return this.transactions.run(actor.scope, async (manager) =>
      (await brandFeeds(manager, actor.agencyId, payload.brandId)).map(toFeedView),
    );
  }

  /** Saves the feed, then reads it once: a feed that cannot be read is kept with its error shown. */
  async add(actor: Actor, payload: AddFeedPayload): Promise<FeedView> {
    const brand = await this.brands.activeBrand(actor, payload.brandId);
    authorize(actor, ContentPermission.Write);
    const raw = payload.url.trim();
    const problem = feedUrlProblem(raw, this.config.FEED_ALLOW_PRIVATE_HOSTS);
    if (problem) throw badInput([feedUrlError(problem)], 'This feed address cannot be used');
    const url = normalizeFeedUrl(raw);
    let id: string;
    try {
      id = await this.transactions.run(actor.scope, async (manager) => {
        if ((await countBrandFeeds(manager, actor.agencyId, brand.id)) >= MAX_FEEDS_PER_BRAND) {
          throw badInput([
            {
              field: 'brandId',
              message: `a brand follows at most ${MAX_FEEDS_PER_BRAND} feeds; remove one first`,
              constraint: 'tooManyFeeds',
              params: { max: MAX_FEEDS_PER_BRAND },
            },
          ]);
        }
        return insertFeed(manager, {
          agencyId: actor.agencyId,
          brandId: brand.id,
          url,
          createdBy: actor.userId,
        });
      });
    } catch (error) {
      if (!isUniqueViolation(error, URL_INDEX)) throw error;
      throw conflict('The brand already follows this feed', [
        { field: 'url', message: 'the brand already follows this feed', constraint: 'taken' },
      ]);
    }
    await this.reader.read(actor.scope, id);
    return this.view(actor, id);
  }

  async refresh(actor: Actor, payload: FeedIdPayload): Promise<FeedView> {
    await this.visible(actor, payload.id);
    authorize(actor, ContentPermission.Write);
    await this.reader.read(actor.scope, payload.id);
    return this.view(actor, payload.id);
  }

  /** Removes the feed and the ideas it brought (drafts made from them stay). */
  async remove(actor: Actor, payload: FeedIdPayload): Promise<string> {
    await this.visible(actor, payload.id);
    authorize(actor, ContentPermission.Write);
    return this.transactions.run(actor.scope, async (manager) => {
      if (!(await deleteFeed(manager, actor.agencyId, payload.id))) throw notFound('feed');
      return payload.id;
    });
  }

  private visible(actor: Actor, id: string): Promise<FeedRow> {
    return this.transactions.run(actor.scope, async (manager) => {
      const row = await findFeed(manager, actor.agencyId, id);
      if (!row) throw notFound('feed');
      return row;
    });
  }

  private async view(actor: Actor, id: string): Promise<FeedView> {
    return toFeedView(await this.visible(actor, id));
  }
}
