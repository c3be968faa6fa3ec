import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateCampaignInput {
  @Field(() => ID)
  brandId!: string;

  @Field()
  name!: string;

  @Field({ nullable: true, description: 'Hex colour, such as #228be6.' })
  color?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endsOn?: string | null;
}

@InputType({ description: 'An absent field is unchanged; null clears a date.' })
export class UpdateCampaignInput {
  @Field(() => ID)
  id!: string;

  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true })
  color?: string;

  @Field(() => String, { nullable: true })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  endsOn?: string | null;
}

@InputType()
export class CreateLabelInput {
  @Field(() => ID)
  brandId!: string;

  @Field()
  name!: string;

  @Field({ nullable: true })
  color?: string;
}

@InputType()
export class UpdateLabelInput {
  @Field(() => ID)
  id!: string;

  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true })
  color?: string;
}
