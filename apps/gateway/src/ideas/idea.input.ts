import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class AddFeedInput {
  @Field(() => ID)
  brandId!: string;

  @Field({ description: 'An http(s) address of an RSS or Atom feed.' })
  url!: string;
}

@InputType()
export class CreateDraftFromIdeaInput {
  @Field(() => ID)
  ideaId!: string;

  @Field(() => [ID], { description: 'Connected accounts of the idea’s brand the draft targets.' })
  accountIds!: string[];
}
