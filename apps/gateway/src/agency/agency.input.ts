import { Field, InputType } from '@nestjs/graphql';
import { Locale } from '@relais/contracts';
import { LanguageEnum } from '../graphql/enums';

@InputType()
export class UpdateAgencyInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => LanguageEnum, { nullable: true })
  defaultLocale?: Locale;
}
