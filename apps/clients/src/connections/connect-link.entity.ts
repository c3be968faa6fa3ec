import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Network } from '@relais/contracts';

/** A brand's connect link: whoever holds the token may connect that brand's accounts, until it expires. */
@Entity({ schema: 'clients', name: 'connect_links' })
export class ConnectLinkEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  /** SHA-256 of the token: the token itself is only in the URL handed out. */
  @Column('bytea')
  tokenHash!: Buffer;

  @Column('text', { array: true })
  networks!: Network[];

  @Column('text', { nullable: true })
  recipientEmail!: string | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
