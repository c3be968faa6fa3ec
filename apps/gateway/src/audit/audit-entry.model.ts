import { Field, ID, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '../graphql/connection.model';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { JSONScalar } from '../graphql/json.scalar';

@ObjectType('AuditEntry', { description: 'Something that happened in the agency, who did it and when.' })
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What happened, such as brand.created or session.reuse_detected.' })
  action!: string;

  @Field(() => ID, { nullable: true })
  actorUserId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  targetType!: string | null;

  @Field(() => ID, { nullable: true })
  targetId!: string | null;

  @Field(() => JSONScalar)
  details!: Record<string, unknown>;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: string;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends connectionOf(AuditEntryModel, 'AuditEntry') {}
