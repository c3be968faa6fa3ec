import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@relais/contracts';
import { AgencyModel, AgencySummaryModel } from '../agency/agency.model';
import { RoleEnum } from '../graphql/enums';
import { UserModel } from './user.model';

@ObjectType('Me', { description: 'The signed-in user in the agency their access token opens.' })
export class MeModel {
  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => AgencyModel)
  agency!: AgencyModel;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [ID], { nullable: true, description: 'The brands the user may see; null means every brand.' })
  brandIds!: string[] | null;

  @Field(() => [AgencySummaryModel], { description: 'Every agency the user belongs to.' })
  agencies!: AgencySummaryModel[];
}
