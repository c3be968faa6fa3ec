import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Network } from '@relais/contracts';

/**
 * The agency's grant on one network account: its one set of credentials, encrypted (AES-256-GCM, bound
 * to this row's id). Every brand using the account has a `social_accounts` row pointing here.
 */
@Entity({ schema: 'clients', name: 'account_connections' })
export class AccountConnectionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('text')
  network!: Network;

  @Column('text')
  server!: string;

  @Column('text')
  externalId!: string;

  @Column('bytea')
  credentialsCiphertext!: Buffer;

  @Column('bytea')
  credentialsIv!: Buffer;

  @Column('bytea')
  credentialsTag!: Buffer;

  @Column('text')
  credentialsKeyId!: string;

  @Column('timestamptz', { nullable: true })
  tokenExpiresAt!: Date | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;
}
