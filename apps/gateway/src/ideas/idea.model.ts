import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IdeaStatus } from '@relais/contracts';
import { connectionOf } from '../graphql/connection.model';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { IdeaStatusEnum } from './idea.enums';

@ObjectType('Feed', { description: 'An RSS or Atom feed a brand follows for ideas.' })
export class FeedModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  brandId!: string;

  @Field()
  url!: string;

  @Field(() => String, { nullable: true, description: 'The feed’s own title, once read.' })
  title!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The last read, successful or not.' })
  lastFetchedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the last read failed; null when it worked.' })
  lastError!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  lastErrorAt!: string | null;

  @Field(() => Int, { description: 'Ideas from this feed that are still new.' })
  newIdeaCount!: number;

  @Field(() => DateTimeScalar)
  createdAt!: string;
}

@ObjectType('Idea', { description: 'A feed item that can become a draft post.' })
export class IdeaModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  brandId!: string;

  @Field(() => ID)
  feedId!: string;

  @Field(() => String, { nullable: true })
  feedTitle!: string | null;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  link!: string | null;

  @Field({ description: 'Plain text, shortened.' })
  summary!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  publishedAt!: string | null;

  @Field(() => IdeaStatusEnum)
  status!: IdeaStatus;

  @Field(() => ID, { nullable: true, description: 'The draft made from it.' })
  postId!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: string;
}

@ObjectType('IdeaConnection')
export class IdeaConnection extends connectionOf(IdeaModel, 'Idea') {}
