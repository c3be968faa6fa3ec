import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NotificationKind } from '@relais/contracts';
import { connectionOf } from '../graphql/connection.model';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { NotificationKindEnum } from './notification.enums';
import { PublicationSummaryModel } from '../publishing/publication-summary.model';

@ObjectType('Notification', { description: 'Something the signed-in user is told about a post.' })
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKindEnum)
  kind!: NotificationKind;

  @Field(() => ID)
  postId!: string;

  @Field(() => ID)
  brandId!: string;

  @Field()
  brandName!: string;

  @Field({ description: 'The post’s title when the notification was made (may be empty).' })
  postTitle!: string;

  @Field(() => String, { nullable: true, description: 'Who acted; null when unknown.' })
  actorName!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A short extract: the reviewer’s comment, the comment that mentioned the user, or (in English, kept for older clients) why a post failed; read `summary` for the latter.',
  })
  excerpt!: string | null;

  @Field(() => PublicationSummaryModel, {
    nullable: true,
    description: 'A failed post: the publishing outcome in figures.',
  })
  summary!: PublicationSummaryModel | null;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  readAt!: string | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends connectionOf(NotificationModel, 'Notification') {}
