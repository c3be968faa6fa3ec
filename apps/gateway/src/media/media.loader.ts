import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  ContentSubjects,
  Envelope,
  ListMediaPayload,
  MAX_PAGE_SIZE,
  MediaView,
  Page,
} from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { envelopeFor } from '../request/envelope';
import { GqlContext } from '../graphql/graphql-context';

/**
 * Batches media by id for one request (`Post.media`, `PostVariant.media`): the media of every post of a
 * page are read with one `content.media.list { ids }` per 100 ids. An id the caller cannot see loads as null.
 */
@Injectable()
export class MediaLoader {
  constructor(private readonly nats: NatsRequester) {}

  forRequest(
    ctx: Pick<GqlContext, 'actor' | 'correlationId' | 'loaders'>,
  ): DataLoader<string, MediaView | null> {
    return ctx.loaders.get('mediaById', () => {
      const envelope = envelopeFor(ctx.actor, ctx.correlationId);
      return new DataLoader<string, MediaView | null>((ids) => this.byIds(envelope, ids), {
        maxBatchSize: MAX_PAGE_SIZE,
      });
    });
  }

  /** The media of `ids` that the caller can see, in order, missing ones left out. */
  async many(ctx: Pick<GqlContext, 'actor' | 'correlationId' | 'loaders'>, ids: readonly string[]) {
    const found = await this.forRequest(ctx).loadMany(ids);
    return found.filter((media): media is MediaView => media !== null && !(media instanceof Error));
  }

  private async byIds(envelope: Envelope, ids: readonly string[]): Promise<(MediaView | null)[]> {
    const payload: ListMediaPayload = { ids: [...new Set(ids)] };
    const page = await this.nats.request<Page<MediaView>>(ContentSubjects.media.list, envelope, payload);
    const byId = new Map(page.items.map((media) => [media.id, media]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
