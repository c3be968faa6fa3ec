import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { Role } from './roles';

/**
 * Travels with every request and event: who acts, for which agency, on which brands.
 * `brandIds` null means every brand of the agency; an array limits the actor to those brands.
 */
export class Envelope {
  @IsOptional()
  @IsUUID()
  agencyId!: string | null;

  @IsOptional()
  @IsUUID()
  userId!: string | null;

  @IsOptional()
  @IsEnum(Role)
  role!: Role | null;

  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  brandIds!: string[] | null;

  @IsString()
  correlationId!: string;
}

/** The body of every NATS request: the envelope and the operation's own payload. */
export class RequestMessage<T> {
  @ValidateNested()
  @Type(() => Envelope)
  envelope!: Envelope;

  data!: T;
}

/** An envelope whose agency and user are known (every signed-in request). */
export type TenantEnvelope = Envelope & { agencyId: string; userId: string; role: Role };

export function isTenantEnvelope(envelope: Envelope): envelope is TenantEnvelope {
  return Boolean(envelope.agencyId && envelope.userId && envelope.role);
}

export function systemEnvelope(correlationId: string, agencyId: string | null = null): Envelope {
  return { agencyId, userId: null, role: null, brandIds: null, correlationId };
}
