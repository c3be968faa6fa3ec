import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  Envelope,
  MAX_PAGE_SIZE,
  PostsPublicationsPayload,
  PublicationView,
  PublishingSubjects,
} from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { envelopeFor } from '../request/envelope';
import { GqlContext } from '../graphql/graphql-context';

/**
 * Batches `Post.publications` for one request: the posts of a page share one
 * `publishing.publication.listForPosts` (one per 100 posts), then each post takes its own, soonest
 * occurrence first as the service answers them.
 */
@Injectable()
export class PublicationsLoader {
  constructor(private readonly nats: NatsRequester) {}

  forRequest(
    ctx: Pick<GqlContext, 'actor' | 'correlationId' | 'loaders'>,
  ): DataLoader<string, PublicationView[]> {
    return ctx.loaders.get('publicationsByPost', () => {
      const envelope = envelopeFor(ctx.actor, ctx.correlationId);
      return new DataLoader<string, PublicationView[]>((postIds) => this.byPost(envelope, postIds), {
        maxBatchSize: MAX_PAGE_SIZE,
      });
    });
  }

  private async byPost(envelope: Envelope, postIds: readonly string[]): Promise<PublicationView[][]> {
    const payload: PostsPublicationsPayload = { postIds: [...new Set(postIds)] };
    const publications = await this.nats.request<PublicationView[]>(
      PublishingSubjects.publication.listForPosts,
      envelope,
      payload,
    );
    const grouped = new Map<string, PublicationView[]>(postIds.map((id) => [id, []]));
    for (const publication of publications) grouped.get(publication.postId)?.push(publication);
    return postIds.map((id) => grouped.get(id) ?? []);
  }
}
