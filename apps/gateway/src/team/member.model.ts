import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@relais/contracts';
import { connectionOf } from '../graphql/connection.model';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { RoleEnum } from '../graphql/enums';

@ObjectType('Member', { description: 'A person’s membership of the agency.' })
export class MemberModel {
  @Field(() => ID, { description: 'The membership id (what team mutations take).' })
  id!: string;

  @Field(() => ID)
  userId!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [ID], {
    description: 'The brand of a brand user, or the brands a community manager is assigned to.',
  })
  brandIds!: string[];

  @Field(() => DateTimeScalar)
  createdAt!: string;
}

@ObjectType('MemberConnection')
export class MemberConnection extends connectionOf(MemberModel, 'Member') {}
