import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CommentVisibility, Role } from '@relais/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { RoleEnum } from '../graphql/enums';
import { CommentVisibilityEnum } from './comment.enums';

@ObjectType('PostComment', { description: 'A comment on a post; replies name their parent.' })
export class PostCommentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  postId!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field({ description: 'Empty once deleted.' })
  body!: string;

  @Field(() => CommentVisibilityEnum)
  visibility!: CommentVisibility;

  @Field(() => ID, { nullable: true, description: 'Null for a client writing through a review link.' })
  authorId!: string | null;

  @Field(() => String, { nullable: true })
  authorName!: string | null;

  @Field(() => RoleEnum, { nullable: true })
  authorRole!: Role | null;

  @Field()
  viaLink!: boolean;

  @Field(() => [ID], { description: 'User ids mentioned.' })
  mentions!: string[];

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  editedAt!: string | null;

  @Field()
  deleted!: boolean;
}

@ObjectType('MentionableMember', { description: 'Someone a comment on the brand’s posts may mention.' })
export class MentionableMemberModel {
  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;
}
