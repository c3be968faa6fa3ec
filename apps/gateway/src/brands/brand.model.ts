import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Locale } from '@relais/contracts';
import { connectionOf } from '../graphql/connection.model';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { LanguageEnum } from '../graphql/enums';

@ObjectType('BrandGuidelines', { description: 'How the brand speaks on social networks.' })
export class BrandGuidelinesModel {
  @Field()
  toneNotes!: string;

  @Field(() => [String], { description: 'Hashtags (without #) every post must carry.' })
  requiredHashtags!: string[];

  @Field(() => [String], { description: 'Words a post must never contain.' })
  bannedWords!: string[];

  @Field({ description: 'Every picture needs alt text before a post can be scheduled.' })
  requireAltText!: boolean;
}

@ObjectType('Brand', { description: 'A client brand the agency runs social networks for.' })
export class BrandModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field({ description: 'IANA time zone posts are scheduled in, such as Europe/Paris.' })
  timezone!: string;

  @Field(() => LanguageEnum)
  defaultLanguage!: Locale;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 country codes.' })
  targetMarkets!: string[];

  @Field(() => BrandGuidelinesModel)
  guidelines!: BrandGuidelinesModel;

  @Field()
  archived!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;
}

@ObjectType('BrandConnection')
export class BrandConnection extends connectionOf(BrandModel, 'Brand') {}
