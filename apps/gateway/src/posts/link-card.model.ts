import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/date-time.scalar';

@ObjectType('LinkCard', {
  description: 'The card a link makes under a post, as read from the page (Open Graph, Twitter card).',
})
export class LinkCardModel {
  @Field()
  url!: string;

  @Field()
  title!: string;

  @Field({ description: 'Empty when the page gives none.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'The site’s name, when the page gives it.' })
  siteName!: string | null;

  @Field(() => String, { nullable: true, description: 'The page’s picture (absolute address), if any.' })
  imageUrl!: string | null;

  @Field(() => ID, { nullable: true, description: 'The picture kept as a media file of the brand.' })
  thumbnailMediaId!: string | null;

  @Field(() => DateTimeScalar, { description: 'When the page was read.' })
  fetchedAt!: string;
}

@ObjectType('LinkPreview', { description: 'What reading a link gave: its card, or why there is none.' })
export class LinkPreviewModel {
  @Field()
  url!: string;

  @Field(() => LinkCardModel, { nullable: true })
  card!: LinkCardModel | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why no card could be read; the post still goes out with its plain link.',
  })
  warning!: string | null;
}
