import { Field, InputType } from '@nestjs/graphql';
import { Locale } from '@relais/contracts';
import { LanguageEnum } from '../graphql/enums';

@InputType()
export class UpdateProfileInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => LanguageEnum, { nullable: true })
  locale?: Locale;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword!: string;

  @Field()
  newPassword!: string;
}
