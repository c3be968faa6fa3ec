import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_POST_MEDIA, MediaView } from '@relais/contracts';
import { boundedListComplexity } from '../graphql/complexity';
import { GqlContext } from '../graphql/graphql-context';
import { PostModel, PostVariantModel } from '../posts/post.model';
import { MediaLoader } from './media.loader';
import { MediaModel } from './media.model';

/** Posts carry about this many files; for the cost of the media fields. */
const MEDIA_PER_POST = 4;

@Resolver(() => PostModel)
export class PostMediaResolver {
  constructor(private readonly media: MediaLoader) {}

  @ResolveField('media', () => [MediaModel], {
    description: `The post’s base media in order (loaded for every post of the page at once; at most ${MAX_POST_MEDIA}).`,
    complexity: boundedListComplexity(MEDIA_PER_POST),
  })
  postMedia(@Parent() post: Pick<PostModel, 'mediaIds'>, @Context() ctx: GqlContext): Promise<MediaView[]> {
    return this.media.many(ctx, post.mediaIds);
  }
}

@Resolver(() => PostVariantModel)
export class PostVariantMediaResolver {
  constructor(private readonly media: MediaLoader) {}

  @ResolveField('media', () => [MediaModel], {
    description: 'The media this network receives, in order.',
    complexity: boundedListComplexity(MEDIA_PER_POST),
  })
  variantMedia(
    @Parent() variant: Pick<PostVariantModel, 'mediaIds'>,
    @Context() ctx: GqlContext,
  ): Promise<MediaView[]> {
    return this.media.many(ctx, variant.mediaIds);
  }
}
