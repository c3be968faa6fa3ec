import { Field, ID, InputType } from '@nestjs/graphql';
import { Locale } from '@relais/contracts';
import { LanguageEnum } from '../graphql/enums';

@InputType()
export class SignUpInput {
  @Field()
  agencyName!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field()
  password!: string;

  @Field(() => LanguageEnum)
  locale!: Locale;
}

@InputType()
export class SignInInput {
  @Field()
  email!: string;

  @Field()
  password!: string;

  @Field(() => ID, { nullable: true, description: 'The agency to open; defaults to the last one used.' })
  agencyId?: string;
}

@InputType()
export class RefreshSessionInput {
  @Field()
  refreshToken!: string;
}

@InputType()
export class SwitchAgencyInput {
  @Field()
  refreshToken!: string;

  @Field(() => ID, { description: 'An agency the signed-in user belongs to.' })
  agencyId!: string;
}

@InputType()
export class SignOutInput {
  @Field()
  refreshToken!: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link.' })
  token!: string;

  @Field({ nullable: true, description: 'Required when the invited e-mail has no account yet.' })
  name?: string;

  @Field({ description: 'A new password, or the existing account’s password.' })
  password!: string;

  @Field(() => LanguageEnum, { nullable: true })
  locale?: Locale;
}
