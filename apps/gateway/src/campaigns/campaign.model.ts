import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/date-time.scalar';

@ObjectType('Campaign', {
  description: 'A brand’s campaign: posts that belong together, with a colour and dates.',
})
export class CampaignModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  brandId!: string;

  @Field()
  name!: string;

  @Field({ description: 'Hex colour, such as #228be6.' })
  color!: string;

  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD), in the brand’s time zone.' })
  startsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD), in the brand’s time zone.' })
  endsOn!: string | null;

  @Field()
  archived!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;
}

@ObjectType('Label', { description: 'A brand’s tag for posts.' })
export class LabelModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  brandId!: string;

  @Field()
  name!: string;

  @Field({ description: 'Hex colour, such as #868e96.' })
  color!: string;

  @Field(() => DateTimeScalar)
  createdAt!: string;
}
