import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionOrigin, ConnectionStatus, Network } from '@relais/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { NetworkEnum } from '../graphql/enums';
import { ConnectionOriginEnum, ConnectionStatusEnum } from './account-connection.enums';

@ObjectType('AccountConnectionStart')
export class AccountConnectionStartModel {
  @Field(() => ID)
  connectionId!: string;

  @Field({ description: 'Where to send the person’s browser: the network’s authorisation page.' })
  authorizeUrl!: string;

  @Field(() => [String], { description: 'The scopes asked, as the network names them.' })
  scopes!: string[];

  @Field(() => DateTimeScalar)
  expiresAt!: string;
}

@ObjectType('ConnectionCandidate', {
  description: 'One account a consent covers (a Facebook page, a LinkedIn organization or member).',
})
export class ConnectionCandidateModel {
  @Field()
  externalId!: string;

  @Field()
  handle!: string;

  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field({ description: '`page`, `organization`, `person` or `profile`.' })
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'The brand that already has it, if one does.' })
  connectedToBrandId!: string | null;

  @Field(() => String, { nullable: true })
  connectedToBrandName!: string | null;
}

@ObjectType('AccountConnection', { description: 'One attempt to connect accounts of a brand.' })
export class AccountConnectionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  brandId!: string;

  @Field()
  brandName!: string;

  @Field(() => NetworkEnum)
  network!: Network;

  @Field(() => ConnectionStatusEnum)
  status!: ConnectionStatus;

  @Field(() => ConnectionOriginEnum)
  origin!: ConnectionOrigin;

  @Field(() => [String])
  scopes!: string[];

  @Field(() => [ConnectionCandidateModel], { description: 'While choosing: the accounts to choose from.' })
  candidates!: ConnectionCandidateModel[];

  @Field(() => [ID], { description: 'Once connected: the accounts it connected or reconnected.' })
  accountIds!: string[];

  @Field(() => String, { nullable: true, description: 'Once failed: what went wrong, in words.' })
  failureReason!: string | null;

  @Field(() => DateTimeScalar)
  expiresAt!: string;
}

@ObjectType('ConnectLink', {
  description: 'A link a brand’s approver opens to connect the brand’s accounts without an agency login.',
})
export class ConnectLinkModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  brandId!: string;

  @Field(() => [NetworkEnum])
  networks!: Network[];

  @Field(() => String, { nullable: true })
  recipientEmail!: string | null;

  @Field(() => ID, { nullable: true })
  createdBy!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  expiresAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The address to send: only in the answer to `createConnectLink` (only a hash is kept).',
  })
  url?: string;
}

@ObjectType('ConnectLinkAccount')
export class ConnectLinkAccountModel {
  @Field(() => NetworkEnum)
  network!: Network;

  @Field()
  handle!: string;

  @Field()
  status!: string;
}

@ObjectType('ConnectLinkPage', { description: 'What a connect link shows to the person who opens it.' })
export class ConnectLinkPageModel {
  @Field()
  brandName!: string;

  @Field()
  agencyName!: string;

  @Field(() => [NetworkEnum])
  networks!: Network[];

  @Field(() => DateTimeScalar)
  expiresAt!: string;

  @Field(() => [ConnectLinkAccountModel], { description: 'The brand’s accounts already connected.' })
  accounts!: ConnectLinkAccountModel[];
}
