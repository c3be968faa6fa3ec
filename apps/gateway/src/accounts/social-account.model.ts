import { Field, ID, ObjectType } from '@nestjs/graphql';
import { AccountStatus, Network } from '@relais/contracts';
import { connectionOf } from '../graphql/connection.model';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { AccountStatusEnum, NetworkEnum } from '../graphql/enums';

@ObjectType('SocialAccount', {
  description: 'A brand’s account on a social network. Its credentials never leave Relais.',
})
export class SocialAccountModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  brandId!: string;

  @Field(() => NetworkEnum)
  network!: Network;

  @Field()
  handle!: string;

  @Field({ description: 'The account’s id on the network.' })
  externalId!: string;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => String, { nullable: true, description: 'The server, for Mastodon and Bluesky.' })
  instanceUrl!: string | null;

  @Field(() => AccountStatusEnum)
  status!: AccountStatus;

  @Field(() => String, { nullable: true, description: 'Why the account needs reconnecting.' })
  statusReason!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  tokenExpiresAt!: string | null;

  @Field({
    description: 'Another brand of the agency uses the same account, on purpose: they share its credentials.',
  })
  shared!: boolean;

  @Field(() => DateTimeScalar)
  connectedAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;
}

@ObjectType('SocialAccountConnection')
export class SocialAccountConnection extends connectionOf(SocialAccountModel, 'SocialAccount') {}
