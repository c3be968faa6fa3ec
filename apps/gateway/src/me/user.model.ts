import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Locale } from '@relais/contracts';
import { LanguageEnum } from '../graphql/enums';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => LanguageEnum, { description: 'The language of the console and of e-mails.' })
  locale!: Locale;
}
