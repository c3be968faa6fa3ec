import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AccountStatus, Network } from '@relais/contracts';

/**
 * A brand's account on a social network. Its credentials are its connection's (`connectionId`, set
 * while it is connected): brands sharing the account on purpose point at the same connection.
 */
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

  @Column('uuid', { nullable: true })
  connectionId!: string | null;

  /** Another brand of the agency uses the same connection. */
  @Column('boolean')
  shared!: boolean;

  @Column('text', { nullable: true })
  idempotencyKey!: string | null;
}
