import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Locale, Role } from '@relais/contracts';

export enum StoredInvitationStatus {
  Pending = 'pending',
  Accepted = 'accepted',
  Revoked = 'revoked',
  Expired = 'expired',
}

@Entity({ schema: 'clients', name: 'invitations' })
export class InvitationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('text')
  email!: string;

  @Column('text')
  role!: Role;

  @Column('uuid', { array: true })
  brandIds!: string[];

  @Column('text')
  locale!: Locale;

  @Column('bytea')
  tokenHash!: Buffer;

  /** The token, encrypted, so that repeating a create with its idempotency key returns the same link. */
  @Column('text')
  tokenSealed!: string;

  @Column('uuid', { nullable: true })
  invitedBy!: string | null;

  @Column('text')
  status!: StoredInvitationStatus;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  acceptedAt!: Date | null;

  @Column('uuid', { nullable: true })
  acceptedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('text', { nullable: true })
  idempotencyKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
