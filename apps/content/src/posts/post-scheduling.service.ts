import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FieldError, PostScheduledEvent } from '@relais/contracts';
import { AltTextImage, Guidelines, MediaFacts } from '@relais/network-rules';
import { badInput } from '@relais/server-errors';
import { LinkCardsService } from '../link-cards';
import { baseStateOf } from './post-draft';
import { PostEntity } from './post.entity';
import { loadStoredPost, postImages, StoredPost } from './post.repository';
import { mediaFields, PostReferences } from './post-references';
import { postLinks, postScheduledEvent } from './post-scheduled-event';
import { altTextErrors, blockingErrors } from './post-validation';

/**
 * What refuses scheduling, checked again at that moment since the post was saved: the networks' rules
 * on the post as it stands (its media's facts now, its thread's parts), the brand's banned words and
 * its alt-text guideline. Field errors as a save gives them.
 */
export function schedulingErrors(
  stored: StoredPost,
  media: ReadonlyMap<string, MediaFacts>,
  images: ReadonlyMap<string, AltTextImage>,
  guidelines: Guidelines,
): FieldError[] {
  return [
    ...blockingErrors({ base: baseStateOf(stored.post), variants: stored.variants, media, guidelines }),
    ...altTextErrors(stored.variants, images, guidelines.requireAltText === true),
  ];
}

/**
 * Every way a post becomes scheduled (the approval's last step, a direct schedule, a restore, a move on
 * the calendar) goes through here: the post is checked as it stands, then announced with the brand's
 * kept cards of its links.
 */
@Injectable()
export class PostSchedulingService {
  constructor(
    private readonly references: PostReferences,
    private readonly linkCards: LinkCardsService,
  ) {}

  /**
   * Refuses scheduling a post the networks would now refuse (their rules, checked again on the post as
   * it stands), that uses a banned word of the brand, or whose pictures lack the description the brand
   * asks for (or have one too long).
   */
  async assertPublishable(manager: EntityManager, post: PostEntity, guidelines: Guidelines): Promise<void> {
    const stored = await loadStoredPost(manager, post);
    const ids = [...new Set(stored.variants.flatMap((variant) => variant.mediaIds))];
    const media = await this.references.media(
      manager,
      post.agencyId,
      post.brandId,
      mediaFields(post.mediaIds, stored.variants),
    );
    const images = await postImages(manager, post.brandId, ids);
    const byId = new Map(
      images.map((image) => [
        image.id,
        { mediaId: image.id, fileName: image.fileName, altText: image.altText },
      ]),
    );
    const errors = schedulingErrors(stored, media, byId, guidelines);
    if (errors.length === 0) return;
    const pictures = errors.every((error) => error.constraint?.startsWith('ALT_TEXT'));
    throw badInput(
      errors,
      pictures
        ? 'A picture of the post needs its alt text looked at'
        : `The post cannot be scheduled as it stands: ${errors[0].message}`,
    );
  }

  /** The scheduled event of the post as it now stands, with the brand's kept cards of its links. */
  async scheduledEvent(
    manager: EntityManager,
    post: PostEntity,
    timezone: string,
    extra: { actorName?: string | null } = {},
  ): Promise<PostScheduledEvent> {
    const stored = await loadStoredPost(manager, post);
    const linkCards = await this.linkCards.cardsFor(manager, post.agencyId, post.brandId, postLinks(stored));
    return postScheduledEvent(stored, timezone, { ...extra, linkCards });
  }
}
