import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Network } from '../networks';

/**
 * Connecting a social account the network's own way: OAuth 2 with PKCE (X, LinkedIn, Facebook), app
 * registration on the instance then OAuth (Mastodon), handle and app password (Bluesky). A connection
 * is one attempt: started by an agency member (or through a brand's connect link), finished when the
 * network sends the person back with `code` and `state`, then, where the consent covers several
 * accounts (Facebook pages, LinkedIn organizations), by choosing which ones this brand uses.
 */
export enum ConnectionStatus {
  /** The person is at the network's consent page. */
  AwaitingConsent = 'awaiting_consent',
  /** Consent given; the accounts it covers wait to be chosen (Facebook pages, LinkedIn organizations). */
  Choosing = 'choosing',
  Connected = 'connected',
  /** Refused by the person or the network, expired, or already used. */
  Failed = 'failed',
}

/** Where a connection was started: the agency's console, or a brand's connect link (no agency login). */
export enum ConnectionOrigin {
  Agency = 'agency',
  Link = 'link',
}

/** Exactly one of the caller's session (agency or brand member) or `linkToken` authorises these calls. */
export class ConnectionAuthPayload {
  /** A brand's connect link token, for a person without an agency login. */
  @IsOptional()
  @IsString()
  @Length(16, 600)
  linkToken?: string;
}

export class StartConnectionPayload extends ConnectionAuthPayload {
  /** The brand the account is for (ignored with `linkToken`, which names its brand). */
  @IsOptional()
  @IsUUID()
  brandId?: string;

  @IsEnum(Network)
  network!: Network;

  /** Mastodon: the instance (`https://mastodon.social`), where the app is registered first. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(300)
  instanceUrl?: string;

  /** Reconnect this flagged account (same network account) instead of connecting a new one. */
  @IsOptional()
  @IsUUID()
  accountId?: string;

  /**
   * Where the network sends the person back: must be one of the service's registered redirect URIs
   * (`CONNECT_REDIRECT_URIS`), compared exactly.
   */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(500)
  redirectUri!: string;

  /** Connect it to this brand although another brand of the agency already has it (both use it). */
  @IsOptional()
  @IsBoolean()
  share?: boolean;
}

export interface ConnectionStartView {
  connectionId: string;
  /** Where to send the person's browser: the network's authorisation page, with state and PKCE challenge. */
  authorizeUrl: string;
  /** The scopes asked, as the network names them, each the least a feature needs. */
  scopes: string[];
  expiresAt: string;
}

/** The network sent the person back to the redirect URI with these query parameters. */
export class CompleteConnectionPayload extends ConnectionAuthPayload {
  @IsString()
  @Length(16, 200)
  state!: string;

  @IsOptional()
  @IsString()
  @Length(1, 2000)
  code?: string;

  /** The network's `error` (e.g. `access_denied`) when the person refused. */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  error?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  errorDescription?: string;

  /** The redirect URI the browser came back on; must equal the one the connection started with. */
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(500)
  redirectUri!: string;
}

export class ConnectionIdPayload extends ConnectionAuthPayload {
  @IsUUID()
  connectionId!: string;
}

/** Which of the accounts the consent covers this brand uses (Facebook pages, LinkedIn organizations). */
export class ChooseConnectionAccountsPayload extends ConnectionIdPayload {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  externalIds!: string[];

  @IsOptional()
  @IsBoolean()
  share?: boolean;
}

/** Bluesky: the handle (or DID / e-mail) and an app password, checked with the PDS at once. */
export class ConnectBlueskyPayload extends ConnectionAuthPayload {
  @IsOptional()
  @IsUUID()
  brandId?: string;

  @IsString()
  @Length(3, 253)
  identifier!: string;

  /** An app password (`xxxx-xxxx-xxxx-xxxx`), never the account's main password. */
  @IsString()
  @Length(4, 200)
  appPassword!: string;

  /** The PDS; omitted: resolved from the handle (the emulator's by default). */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(300)
  pdsUrl?: string;

  @IsOptional()
  @IsUUID()
  accountId?: string;

  @IsOptional()
  @IsBoolean()
  share?: boolean;
}

/** One account the consent covers, to choose from. */
export interface ConnectionCandidateView {
  externalId: string;
  handle: string;
  displayName: string | null;
  /** `page` (Facebook), `organization` / `person` (LinkedIn), `profile` (others). */
  kind: 'page' | 'organization' | 'person' | 'profile';
  /** Already connected to this brand (choosing it again changes nothing), or to another brand (named). */
  connectedToBrandId: string | null;
  connectedToBrandName: string | null;
}

export interface ConnectionView {
  id: string;
  brandId: string;
  brandName: string;
  network: Network;
  status: ConnectionStatus;
  origin: ConnectionOrigin;
  scopes: string[];
  /** While `choosing`: the accounts to choose from. */
  candidates: ConnectionCandidateView[];
  /** Once `connected`: the brand's accounts this connection created or reconnected. */
  accountIds: string[];
  /** Once `failed`: what went wrong, for a person. */
  failureReason: string | null;
  expiresAt: string;
}

/** A link a brand's approver opens to connect the brand's own accounts without an agency login. */
export class CreateConnectLinkPayload {
  @IsUUID()
  brandId!: string;

  /** Only these networks may be connected through it; omitted: all. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsEnum(Network, { each: true })
  networks?: Network[];

  /** Hours the link stays valid (default 72). */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24 * 14)
  expiresInHours?: number;

  /** Who it is for (shown in the audit and the list of links). */
  @IsOptional()
  @IsString()
  @MaxLength(200)
  recipientEmail?: string;
}

export class ConnectLinkIdPayload {
  @IsUUID()
  id!: string;
}

export class ListConnectLinksPayload {
  @IsUUID()
  brandId!: string;
}

export class ConnectLinkTokenPayload {
  @IsString()
  @Length(16, 600)
  linkToken!: string;
}

export interface ConnectLinkView {
  id: string;
  brandId: string;
  networks: Network[];
  recipientEmail: string | null;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  /** Only in the answer to `createLink`: the URL to send (the token is not stored in clear). */
  url?: string;
}

/** What a connect link shows to the person who opens it (public). */
export interface ConnectLinkPublicView {
  brandName: string;
  agencyName: string;
  networks: Network[];
  expiresAt: string;
  /** The brand's accounts already connected, so the person sees what is done. */
  accounts: { network: Network; handle: string; status: string }[];
}
