import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@relais/contracts';
import { AgencySummaryModel } from '../agency/agency.model';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { RoleEnum } from '../graphql/enums';
import { UserModel } from '../me/user.model';

@ObjectType('AuthPayload', { description: 'A new session: tokens and who they are for.' })
export class AuthPayloadModel {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; short-lived.' })
  accessToken!: string;

  @Field(() => DateTimeScalar)
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Exchange with refreshSession for new tokens; single use.' })
  refreshToken!: string;

  @Field(() => DateTimeScalar)
  refreshTokenExpiresAt!: string;

  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => AgencySummaryModel, { description: 'The agency the tokens open.' })
  agency!: AgencySummaryModel;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [ID], { nullable: true, description: 'The brands the user may see; null means every brand.' })
  brandIds!: string[] | null;

  @Field(() => [AgencySummaryModel])
  agencies!: AgencySummaryModel[];
}
