import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InvitationStatus, Role } from '@relais/contracts';
import { connectionOf } from '../graphql/connection.model';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { InvitationStatusEnum, RoleEnum } from '../graphql/enums';

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [ID])
  brandIds!: string[];

  @Field(() => InvitationStatusEnum)
  status!: InvitationStatus;

  @Field(() => String, { nullable: true })
  invitedByName!: string | null;

  @Field(() => DateTimeScalar)
  expiresAt!: string;

  @Field(() => DateTimeScalar)
  createdAt!: string;
}

@ObjectType('InvitationConnection')
export class InvitationConnection extends connectionOf(InvitationModel, 'Invitation') {}

@ObjectType('InviteMemberPayload')
export class InviteMemberPayloadModel {
  @Field(() => InvitationModel)
  invitation!: InvitationModel;

  @Field({ description: 'The link sent by e-mail; shown once, to the inviter.' })
  acceptUrl!: string;
}
