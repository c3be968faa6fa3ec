import { Field, ID, InputType } from '@nestjs/graphql';
import { Locale } from '@relais/contracts';
import { LanguageEnum } from '../graphql/enums';

@InputType()
export class BrandGuidelinesInput {
  @Field()
  toneNotes!: string;

  @Field(() => [String])
  requiredHashtags!: string[];

  @Field(() => [String])
  bannedWords!: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Every picture needs alt text before a post can be scheduled. Left out: unchanged.',
  })
  requireAltText?: boolean;
}

@InputType()
export class CreateBrandInput {
  @Field()
  name!: string;

  @Field({ nullable: true, description: 'Derived from the name when omitted.' })
  slug?: string;

  @Field()
  timezone!: string;

  @Field(() => LanguageEnum)
  defaultLanguage!: Locale;

  @Field(() => [String])
  targetMarkets!: string[];

  @Field(() => BrandGuidelinesInput)
  guidelines!: BrandGuidelinesInput;

  @Field({ nullable: true, description: 'Repeating a create with the same key returns the first brand.' })
  idempotencyKey?: string;
}

@InputType()
export class UpdateBrandInput {
  @Field(() => ID)
  id!: string;

  @Field({ nullable: true })
  name?: string;

  @Field({ nullable: true })
  slug?: string;

  @Field({ nullable: true })
  timezone?: string;

  @Field(() => LanguageEnum, { nullable: true })
  defaultLanguage?: Locale;

  @Field(() => [String], { nullable: true })
  targetMarkets?: string[];

  @Field(() => BrandGuidelinesInput, { nullable: true })
  guidelines?: BrandGuidelinesInput;
}
