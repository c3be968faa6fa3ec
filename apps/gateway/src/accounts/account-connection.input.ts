import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Network } from '@relais/contracts';
import { NetworkEnum } from '../graphql/enums';

const LINK_TOKEN =
  'A brand’s connect link token, for a person without an agency login. Without it, the caller’s session decides.';

@InputType()
export class StartAccountConnectionInput {
  @Field(() => ID, { nullable: true, description: 'The brand the account is for (not with `linkToken`).' })
  brandId?: string | null;

  @Field(() => NetworkEnum, { description: 'Not Bluesky: it connects with `connectBlueskyAccount`.' })
  network!: Network;

  @Field(() => String, {
    nullable: true,
    description: 'Mastodon: the instance, as `https://mastodon.social`.',
  })
  instanceUrl?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Reconnect this account (flagged as needing it) instead of connecting a new one.',
  })
  accountId?: string | null;

  @Field({
    description:
      'Where the network sends the person back: one of the redirect URIs the clients service knows, exactly.',
  })
  redirectUri!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Connect it although another brand of the agency has it: both brands then use it.',
  })
  share?: boolean | null;

  @Field(() => String, { nullable: true, description: LINK_TOKEN })
  linkToken?: string | null;
}

@InputType({ description: 'The query parameters the network sent the person back with.' })
export class CompleteAccountConnectionInput {
  @Field()
  state!: string;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'The network’s `error`, as `access_denied`.' })
  error?: string | null;

  @Field(() => String, { nullable: true })
  errorDescription?: string | null;

  @Field({ description: 'The redirect URI the browser came back on (without its query).' })
  redirectUri!: string;

  @Field(() => String, { nullable: true, description: LINK_TOKEN })
  linkToken?: string | null;
}

@InputType()
export class ChooseConnectionAccountsInput {
  @Field(() => ID)
  connectionId!: string;

  @Field(() => [String], { description: 'The `externalId`s of the candidates this brand uses.' })
  externalIds!: string[];

  @Field(() => Boolean, { nullable: true })
  share?: boolean | null;

  @Field(() => String, { nullable: true, description: LINK_TOKEN })
  linkToken?: string | null;
}

@InputType()
export class ConnectBlueskyAccountInput {
  @Field(() => ID, { nullable: true, description: 'The brand the account is for (not with `linkToken`).' })
  brandId?: string | null;

  @Field({ description: 'The handle (`name.bsky.social`), DID or e-mail of the account.' })
  identifier!: string;

  @Field({
    description: 'An app password (`xxxx-xxxx-xxxx-xxxx`), never the main one. Checked with the PDS at once.',
  })
  appPassword!: string;

  @Field(() => String, { nullable: true, description: 'The PDS; default: resolved from the handle.' })
  pdsUrl?: string | null;

  @Field(() => ID, { nullable: true, description: 'Reconnect this account instead of connecting a new one.' })
  accountId?: string | null;

  @Field(() => Boolean, { nullable: true })
  share?: boolean | null;

  @Field(() => String, { nullable: true, description: LINK_TOKEN })
  linkToken?: string | null;
}

@InputType()
export class CreateConnectLinkInput {
  @Field(() => ID)
  brandId!: string;

  @Field(() => [NetworkEnum], { nullable: true, description: 'Only these networks; default: all.' })
  networks?: Network[] | null;

  @Field(() => Int, { nullable: true, description: 'Hours it stays valid (default 72, at most 336).' })
  expiresInHours?: number | null;

  @Field(() => String, { nullable: true, description: 'Who it is for.' })
  recipientEmail?: string | null;
}
