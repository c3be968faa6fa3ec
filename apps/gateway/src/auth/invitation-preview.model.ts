import { Field, ObjectType } from '@nestjs/graphql';
import { Role } from '@relais/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { RoleEnum } from '../graphql/enums';

@ObjectType('InvitationPreview', { description: 'What an invitation link offers, shown before accepting.' })
export class InvitationPreviewModel {
  @Field()
  agencyName!: string;

  @Field()
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [String])
  brandNames!: string[];

  @Field(() => DateTimeScalar)
  expiresAt!: string;

  @Field({ description: 'True when the e-mail already has an account: accepting asks for its password.' })
  userExists!: boolean;
}
