import { Field, ID, InputType } from '@nestjs/graphql';
import { Locale, Role } from '@relais/contracts';
import { LanguageEnum, RoleEnum } from '../graphql/enums';

@InputType()
export class InviteMemberInput {
  @Field()
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [ID], {
    nullable: true,
    description: 'Exactly one brand for a brand role; the assigned brands for a community manager.',
  })
  brandIds?: string[];

  @Field(() => LanguageEnum, { nullable: true, description: 'The language of the invitation e-mail.' })
  locale?: Locale;

  @Field({ nullable: true })
  idempotencyKey?: string;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID, { description: 'The membership id.' })
  id!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [ID], { nullable: true })
  brandIds?: string[];
}

@InputType()
export class AssignBrandsInput {
  @Field(() => ID, { description: 'The membership id of a community manager.' })
  id!: string;

  @Field(() => [ID])
  brandIds!: string[];
}
