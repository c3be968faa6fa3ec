import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Locale, Network, PostStatus, ReviewLinkDecision, ReviewLinkStatus } from '@relais/contracts';
import { PostCommentModel } from '../comments/comment.model';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { LanguageEnum, NetworkEnum } from '../graphql/enums';
import { PostStatusEnum } from '../posts/post.enums';
import { ReviewLinkDecisionEnum, ReviewLinkStatusEnum } from './review-link.enums';

@ObjectType('ReviewLink', {
  description: 'A signed link that lets a client review some posts without an account.',
})
export class ReviewLinkModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  brandId!: string;

  @Field(() => [ID])
  postIds!: string[];

  @Field()
  recipientName!: string;

  @Field(() => String, { nullable: true })
  recipientEmail!: string | null;

  @Field(() => DateTimeScalar)
  expiresAt!: string;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => String, { nullable: true })
  createdByName!: string | null;

  @Field(() => ReviewLinkStatusEnum)
  status!: ReviewLinkStatus;
}

@ObjectType('CreatedReviewLink')
export class CreatedReviewLinkModel {
  @Field(() => ReviewLinkModel)
  link!: ReviewLinkModel;

  @Field({ description: 'The address to send. Shown once: only a hash of its token is kept.' })
  url!: string;

  @Field({
    description:
      'Whether the link was e-mailed to its recipient. False without a recipient address, without an SMTP server, or when sending failed (the link still works: pass the url on).',
  })
  emailSent!: boolean;
}

@ObjectType('ReviewMedia')
export class ReviewMediaModel {
  @Field({ description: 'Signed and short-lived.' })
  url!: string;

  @Field()
  kind!: string;

  @Field()
  altText!: string;

  @Field(() => Int, { nullable: true })
  width!: number | null;

  @Field(() => Int, { nullable: true })
  height!: number | null;
}

@ObjectType('ReviewVariant')
export class ReviewVariantModel {
  @Field(() => NetworkEnum)
  network!: Network;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true })
  linkUrl!: string | null;

  @Field(() => [String], { description: 'The thread’s parts after the text; empty: a single post.' })
  threadParts!: string[];

  @Field(() => String, { nullable: true })
  firstComment!: string | null;

  @Field(() => [ReviewMediaModel])
  media!: ReviewMediaModel[];
}

@ObjectType('ReviewPost', { description: 'A post as a review link shows it.' })
export class ReviewPostModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => PostStatusEnum)
  status!: PostStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  scheduledAt!: string | null;

  @Field({ description: 'The brand’s IANA time zone.' })
  timezone!: string;

  @Field()
  baseText!: string;

  @Field(() => [ReviewVariantModel])
  variants!: ReviewVariantModel[];

  @Field(() => ReviewLinkDecisionEnum, { nullable: true, description: 'What this link decided, if it did.' })
  decision!: ReviewLinkDecision | null;

  @Field(() => [PostCommentModel], { description: 'Comments shared with the client, oldest first.' })
  comments!: PostCommentModel[];
}

@ObjectType('ReviewSession', { description: 'What a review link shows to the client who opens it.' })
export class ReviewSessionModel {
  @Field()
  brandName!: string;

  @Field(() => LanguageEnum)
  language!: Locale;

  @Field()
  recipientName!: string;

  @Field(() => DateTimeScalar)
  expiresAt!: string;

  @Field(() => [ReviewPostModel])
  posts!: ReviewPostModel[];
}
