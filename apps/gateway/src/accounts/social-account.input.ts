import { Field, ID, InputType } from '@nestjs/graphql';
import { Network } from '@relais/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { NetworkEnum } from '../graphql/enums';

@InputType({ description: 'What the network issued; stored encrypted and never answered back.' })
export class AccountCredentialsInput {
  @Field()
  accessToken!: string;

  @Field({ nullable: true })
  refreshToken?: string;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt?: string;
}

@InputType()
export class ConnectSocialAccountInput {
  @Field(() => ID)
  brandId!: string;

  @Field(() => NetworkEnum)
  network!: Network;

  @Field()
  handle!: string;

  @Field()
  externalId!: string;

  @Field({ nullable: true })
  displayName?: string;

  @Field({ nullable: true })
  instanceUrl?: string;

  @Field(() => AccountCredentialsInput)
  credentials!: AccountCredentialsInput;

  @Field({
    nullable: true,
    description:
      'Connect it although another brand of the agency has it: both brands then use it, with one set of credentials.',
  })
  share?: boolean;

  @Field({ nullable: true })
  idempotencyKey?: string;
}

@InputType()
export class ReconnectSocialAccountInput {
  @Field(() => ID)
  id!: string;

  @Field(() => AccountCredentialsInput)
  credentials!: AccountCredentialsInput;
}
