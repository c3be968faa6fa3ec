import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ContentEvents, EventMessage, PostScheduledEvent } from '@relais/contracts';
import { NetworkName } from '@relais/network-rules';
import { EventConsumer, EventSubscription } from '@relais/server-events';
import { MediaSourcesService } from './media-sources.service';

/** The durable JetStream consumer making a scheduled post's renditions ahead of its instant. */
export const RENDITION_PREPARATION_CONSUMER = 'content-media-renditions';

/** The files each network of the post receives: its media and its link card's picture. */
export function filesByNetwork(event: PostScheduledEvent): Map<NetworkName, string[]> {
  const byNetwork = new Map<NetworkName, Set<string>>();
  for (const target of event.targets) {
    const network = target.network as NetworkName;
    const ids = byNetwork.get(network) ?? new Set<string>();
    for (const id of target.mediaIds) ids.add(id);
    const thumbnail = target.linkCard?.thumbnailMediaId;
    if (thumbnail) ids.add(thumbnail);
    byNetwork.set(network, ids);
  }
  return new Map([...byNetwork].map(([network, ids]) => [network, [...ids]]));
}

/**
 * Reads `evt.content.post.scheduled.v1` and makes each file's rendition for each network the post goes
 * to, so that the minute the post is due only reads them back from storage (re-encoding an image under
 * a network's byte limit takes CPU seconds, which a burst of due posts must not wait for). Events are
 * handled one at a time, so preparing never takes more than one core.
 */
@Injectable()
export class RenditionPreparationConsumer implements OnApplicationBootstrap {
  private subscription?: EventSubscription;

  constructor(
    private readonly consumer: EventConsumer,
    private readonly sources: MediaSourcesService,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = this.consumer.subscribe<PostScheduledEvent>({
      durable: RENDITION_PREPARATION_CONSUMER,
      filterSubject: ContentEvents.postScheduled,
      handle: (event, manager) => this.handle(event, manager),
    });
  }

  /** Resolves once the consumer reads the stream. */
  ready(): Promise<void> {
    return this.subscription?.ready ?? Promise.resolve();
  }

  private async handle(event: EventMessage<PostScheduledEvent>, manager: EntityManager): Promise<void> {
    const agencyId = event.envelope.agencyId;
    if (!agencyId) return;
    for (const [network, mediaIds] of filesByNetwork(event.data)) {
      await this.sources.prepare(manager, agencyId, network, mediaIds);
    }
  }
}
