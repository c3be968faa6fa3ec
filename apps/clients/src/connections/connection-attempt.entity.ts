import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ConnectionOrigin, ConnectionStatus, Network } from '@relais/contracts';

/** One account the consent covers, its tokens sealed (bound to the attempt and the account). */
export interface StoredCandidate {
  externalId: string;
  handle: string;
  displayName: string | null;
  kind: 'page' | 'organization' | 'person' | 'profile';
  /** `AccountCredentialsPayload` as JSON, sealed with the credentials cipher. */
  credentials: string;
}

/** One round trip to a network's consent page, from start to the accounts it connected. */
@Entity({ schema: 'clients', name: 'connection_attempts' })
export class ConnectionAttemptEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  agencyId!: string;

  @Column('uuid')
  brandId!: string;

  @Column('text')
  network!: Network;

  @Column('text')
  origin!: ConnectionOrigin;

  @Column('uuid', { nullable: true })
  startedByUserId!: string | null;

  @Column('uuid', { nullable: true })
  startedByLinkId!: string | null;

  @Column('text', { nullable: true })
  instanceUrl!: string | null;

  @Column('text')
  redirectUri!: string;

  /** SHA-256 of the state sent to the network. */
  @Column('bytea')
  stateHash!: Buffer;

  @Column('text')
  codeVerifierSealed!: string;

  @Column('text', { array: true })
  scopes!: string[];

  @Column('text')
  status!: ConnectionStatus;

  /** Reconnecting this account: the consent must be for the same network account. */
  @Column('uuid', { nullable: true })
  accountId!: string | null;

  @Column('boolean')
  share!: boolean;

  @Column('jsonb')
  candidates!: StoredCandidate[];

  @Column('uuid', { array: true })
  accountIds!: string[];

  @Column('text', { nullable: true })
  failureReason!: string | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  /** When the network's answer (code or error) was used: it is never used twice. */
  @Column('timestamptz', { nullable: true })
  consumedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;
}
