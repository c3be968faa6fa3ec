import { Field, ID, InputType } from '@nestjs/graphql';
import { CommentVisibility } from '@relais/contracts';
import { CommentVisibilityEnum } from './comment.enums';

@InputType()
export class AddPostCommentInput {
  @Field(() => ID)
  postId!: string;

  @Field(() => ID, { nullable: true, description: 'The comment this one answers.' })
  parentId?: string | null;

  @Field()
  body!: string;

  @Field(() => CommentVisibilityEnum, { description: 'Brand users may only write SHARED comments.' })
  visibility!: CommentVisibility;

  @Field(() => [ID], { nullable: true, description: 'Members to notify (see mentionableMembers).' })
  mentionUserIds?: string[] | null;
}

@InputType()
export class EditPostCommentInput {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;
}
