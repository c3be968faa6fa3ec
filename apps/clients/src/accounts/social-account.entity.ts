import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AccountStatus, Network } from '@relais/contracts';

/** A brand's account on a social network. Its credentials are stored encrypted (AES-256-GCM). */
@Entity({ schema: 'clients', name: 'social_accounts' })
export class SocialAccountEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('text')
  network!: Network;

  @Column('text')
  handle!: string;

  @Column('text')
  externalId!: string;

  @Column('text', { nullable: true })
  displayName!: string | null;

  @Column('text', { nullable: true })
  instanceUrl!: string | null;

  @Column('bytea', { nullable: true })
  credentialsCiphertext!: Buffer | null;

  @Column('bytea', { nullable: true })
  credentialsIv!: Buffer | null;

  @Column('bytea', { nullable: true })
  credentialsTag!: Buffer | null;

  @Column('text', { nullable: true })
  credentialsKeyId!: string | null;

  @Column('timestamptz', { nullable: true })
  tokenExpiresAt!: Date | null;

  @Column('text')
  status!: AccountStatus;

  @Column('text', { nullable: true })
  statusReason!: string | null;

  @Column('timestamptz')
  connectedAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;

  @Column('timestamptz', { nullable: true })
  disconnectedAt!: Date | null;

  @Column('text', { nullable: true })
  idempotencyKey!: string | null;
}
