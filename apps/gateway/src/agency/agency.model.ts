import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Locale, Role } from '@relais/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { LanguageEnum, RoleEnum } from '../graphql/enums';

@ObjectType('Agency', { description: 'The agency: the tenant every brand, member and account belongs to.' })
export class AgencyModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  slug!: string;

  @Field(() => LanguageEnum)
  defaultLocale!: Locale;

  @Field(() => DateTimeScalar)
  createdAt!: string;
}

@ObjectType('AgencySummary', { description: 'An agency the user belongs to, with their role there.' })
export class AgencySummaryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;
}
