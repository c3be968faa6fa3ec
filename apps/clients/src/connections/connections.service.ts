import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import * as oauth from 'oauth4webapi';
import { EntityManager } from 'typeorm';
import {
  ChooseConnectionAccountsPayload,
  CompleteConnectionPayload,
  ConnectBlueskyPayload,
  ConnectionIdPayload,
  ConnectionOrigin,
  ConnectionStartView,
  ConnectionStatus,
  ConnectionView,
  Envelope,
  FieldError,
  Network,
  SocialAccountView,
  StartConnectionPayload,
} from '@relais/contracts';
import { badInput, conflict, DomainException, forbidden, notFound } from '@relais/server-errors';
import { TenantTransactions } from '@relais/server-database';
import { AccountsService } from '../accounts/accounts.service';
import { CredentialsCipher } from '../accounts/credentials-cipher';
import { normalizeInstanceUrl } from '../accounts/network-account';
import { brandsHoldingAccounts, findVisibleAccount } from '../accounts/social-account.repository';
import { AccountRecord, toSocialAccountView } from '../accounts/social-account.view';
import { findVisibleBrand } from '../brands/brand.repository';
import { BrandEntity } from '../brands/brand.entity';
import { authorize } from '../core/actor';
import { Permission } from '../core/role-rules';
import { ConnectionActor, ConnectLinksService } from './connect-links.service';
import { ConnectionAttemptEntity, StoredCandidate } from './connection-attempt.entity';
import {
  findVisibleAttempt,
  insertAttempt,
  lockAttemptByState,
  lockVisibleAttempt,
  updateAttempt,
} from './connection-attempt.repository';
import { candidateBinding, matchesHash, secretHash, verifierBinding } from './connection-secrets';
import { toConnectionView } from './connection.view';
import { MastodonAppsService } from './mastodon-apps.service';
import { ConnectNetworks } from './networks/connect-networks';
import { ConnectFailure, ConsentedAccount, OAuthClientApp } from './networks/network-oauth';

/** Networks whose consent covers several accounts to choose from. */
const CHOOSING: readonly Network[] = [Network.FacebookPage, Network.LinkedIn];

const NETWORK_NAMES: Record<Network, string> = {
  [Network.X]: 'X',
  [Network.LinkedIn]: 'LinkedIn',
  [Network.FacebookPage]: 'Facebook',
  [Network.Mastodon]: 'Mastodon',
  [Network.Bluesky]: 'Bluesky',
};

/** What a transaction decided, with the refusal to throw once its record is committed. */
interface Outcome {
  view: ConnectionView;
  refusal: DomainException | null;
}

/**
 * Connecting accounts the networks' own way: start (state, PKCE, the consent page URL), complete (the
 * network's answer: the code exchanged with the verifier, then who consented), choose (which of the
 * pages or organizations the brand uses) and Bluesky's app password. Each step is taken by the actor
 * who started it; the accounts themselves are connected by `AccountsService.attach`, with its rules.
 */
@Injectable()
export class ConnectionsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly cipher: CredentialsCipher,
    private readonly accounts: AccountsService,
    private readonly links: ConnectLinksService,
    private readonly mastodonApps: MastodonAppsService,
    private readonly networks: ConnectNetworks,
  ) {}

  async start(envelope: Envelope, payload: StartConnectionPayload): Promise<ConnectionStartView> {
    const actor = await this.links.actorOf(envelope, payload.linkToken);
    const brandId = this.brandOf(actor, payload.brandId, payload.network);
    const flow = this.networks.oauth(payload.network);
    if (!flow) {
      throw badInput([
        {
          field: 'network',
          message: 'Bluesky accounts connect with an app password (connection.bluesky), not a consent page',
        },
      ]);
    }
    if (!this.networks.allowsRedirect(payload.redirectUri)) {
      throw badInput([
        {
          field: 'redirectUri',
          message: `is not one of the redirect URIs registered for Relais (${this.networks.redirectUris.join(', ')})`,
          constraint: 'registeredRedirectUri',
        },
      ]);
    }
    const instanceUrl = payload.network === Network.Mastodon ? this.instanceOf(payload.instanceUrl) : null;
    // The brand and the account are checked before anything is asked of a network.
    await this.transactions.run(actor.scope, async (manager) => {
      await this.openBrand(manager, actor, brandId);
      if (payload.accountId)
        await this.accountToReconnect(manager, actor, brandId, payload.accountId, payload.network);
    });
    const app = instanceUrl ? await this.mastodonAppOf(instanceUrl) : this.appOf(payload.network);

    const id = randomUUID();
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const codeChallenge = await oauth.calculatePKCECodeChallenge(verifier);
    const now = new Date();
    const attempt: ConnectionAttemptEntity = {
      id,
      agencyId: actor.agencyId,
      brandId,
      network: payload.network,
      origin: actor.link ? ConnectionOrigin.Link : ConnectionOrigin.Agency,
      startedByUserId: actor.userId,
      startedByLinkId: actor.link?.id ?? null,
      instanceUrl,
      redirectUri: payload.redirectUri,
      stateHash: secretHash(state),
      codeVerifierSealed: this.cipher.seal(verifier, verifierBinding(id)),
      scopes: [...flow.scopes],
      status: ConnectionStatus.AwaitingConsent,
      accountId: payload.accountId ?? null,
      share: payload.share ?? false,
      candidates: [],
      accountIds: [],
      failureReason: null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.networks.attemptTtlMs),
      consumedAt: null,
      completedAt: null,
    };
    await this.transactions.run(actor.scope, (manager) => insertAttempt(manager, attempt));
    return {
      connectionId: id,
      authorizeUrl: flow.authorizeUrl({
        app,
        redirectUri: payload.redirectUri,
        state,
        codeChallenge,
        instanceUrl,
      }),
      scopes: attempt.scopes,
      expiresAt: attempt.expiresAt.toISOString(),
    };
  }

  /**
   * The network sent the person back. The state finds the attempt (by its hash: a forged or reused
   * state finds nothing usable); the code is exchanged once, with the PKCE verifier, and the accounts
   * the consent covers are connected (X, Mastodon, a reconnection) or offered to choose from.
   */
  async complete(envelope: Envelope, payload: CompleteConnectionPayload): Promise<ConnectionView> {
    const actor = await this.links.actorOf(envelope, payload.linkToken);
    const taken = await this.transactions.run(actor.scope, (manager) => this.take(manager, actor, payload));
    if ('refusal' in taken) {
      if (taken.refusal) throw taken.refusal;
      return taken.view;
    }
    const { attempt, verifier } = taken;
    let consented: ConsentedAccount[];
    try {
      const flow = this.networks.oauth(attempt.network);
      const app = attempt.instanceUrl
        ? await this.mastodonAppOf(attempt.instanceUrl)
        : this.appOf(attempt.network);
      if (!flow) throw new ConnectFailure('This network has no consent page');
      consented = await flow.accountsOf({
        app,
        code: payload.code as string,
        state: payload.state,
        redirectUri: attempt.redirectUri,
        codeVerifier: verifier,
        instanceUrl: attempt.instanceUrl,
      });
    } catch (error) {
      if (!(error instanceof ConnectFailure || error instanceof DomainException)) throw error;
      const failed = await this.transactions.run(actor.scope, (manager) =>
        this.fail(manager, actor, attempt.id, error.message),
      );
      return failed.view;
    }
    const outcome = await this.transactions.run(actor.scope, (manager) =>
      this.settle(manager, actor, attempt.id, consented),
    );
    if (outcome.refusal) throw outcome.refusal;
    return outcome.view;
  }

  async get(envelope: Envelope, payload: ConnectionIdPayload): Promise<ConnectionView> {
    const actor = await this.links.actorOf(envelope, payload.linkToken);
    return this.transactions.run(actor.scope, async (manager) => {
      const attempt = await findVisibleAttempt(manager, actor.agencyId, payload.connectionId);
      this.checkSameActor(actor, attempt);
      return this.viewOf(manager, actor, attempt);
    });
  }

  /** The brand uses these of the accounts the consent covered (Facebook pages, LinkedIn organizations or member). */
  async choose(envelope: Envelope, payload: ChooseConnectionAccountsPayload): Promise<ConnectionView> {
    const actor = await this.links.actorOf(envelope, payload.linkToken);
    return this.transactions.run(actor.scope, async (manager) => {
      const attempt = await lockVisibleAttempt(manager, actor.agencyId, payload.connectionId);
      this.checkSameActor(actor, attempt);
      if (attempt.status !== ConnectionStatus.Choosing) {
        throw conflict(`This connection is ${attempt.status.replace('_', ' ')}, not waiting for a choice`);
      }
      if (attempt.expiresAt.getTime() <= Date.now()) {
        const reason = 'The connection expired before accounts were chosen; start again';
        return (await this.fail(manager, actor, attempt.id, reason)).view;
      }
      const problems: FieldError[] = [];
      const chosen = payload.externalIds.map((externalId, index) => {
        const candidate = attempt.candidates.find((each) => each.externalId === externalId);
        if (!candidate) {
          problems.push({
            field: `externalIds.${index}`,
            message: `${externalId} is not one of the accounts this consent covers`,
          });
        }
        return candidate as StoredCandidate;
      });
      if (problems.length > 0) throw badInput(problems);
      await this.openBrand(manager, actor, attempt.brandId);
      const share = payload.share ?? attempt.share;
      const connected: AccountRecord[] = [];
      for (const candidate of chosen) {
        connected.push(
          await this.attach(manager, actor, attempt, this.openCandidate(attempt, candidate), share),
        );
      }
      return this.finish(manager, actor, attempt, connected);
    });
  }

  /** Bluesky: a session at the PDS with the app password, stored like every Bluesky account's. */
  async bluesky(envelope: Envelope, payload: ConnectBlueskyPayload): Promise<SocialAccountView> {
    const actor = await this.links.actorOf(envelope, payload.linkToken);
    const brandId = this.brandOf(actor, payload.brandId, Network.Bluesky);
    await this.transactions.run(actor.scope, async (manager) => {
      await this.openBrand(manager, actor, brandId);
      if (payload.accountId)
        await this.accountToReconnect(manager, actor, brandId, payload.accountId, Network.Bluesky);
    });
    const pdsUrl = payload.pdsUrl ? this.instanceOf(payload.pdsUrl) : null;
    let session: ConsentedAccount;
    try {
      session = await this.networks.bluesky.session(payload.identifier, payload.appPassword, pdsUrl);
    } catch (error) {
      if (error instanceof ConnectFailure) {
        throw badInput(
          [{ field: 'appPassword', message: error.message, constraint: 'networkRefused' }],
          error.message,
        );
      }
      throw error;
    }
    const pds = pdsUrl ?? this.networks.bluesky.defaultPdsUrl;
    return this.transactions.run(actor.scope, async (manager) => {
      await this.openBrand(manager, actor, brandId);
      if (payload.accountId) {
        const account = await this.accountToReconnect(
          manager,
          actor,
          brandId,
          payload.accountId,
          Network.Bluesky,
        );
        if (account.externalId !== session.externalId) throw otherIdentity(account, session);
        return toSocialAccountView(
          await this.accounts.renewCredentials(manager, actor.author, account, session.credentials),
        );
      }
      return toSocialAccountView(
        await this.accounts.attach(manager, actor.author, brandId, {
          network: Network.Bluesky,
          handle: session.handle,
          externalId: session.externalId,
          displayName: session.displayName,
          instanceUrl: pds,
          credentials: session.credentials,
          share: payload.share ?? false,
        }),
      );
    });
  }

  /** Step one of completing: the attempt, checked and consumed (its code can never be used again). */
  private async take(
    manager: EntityManager,
    actor: ConnectionActor,
    payload: CompleteConnectionPayload,
  ): Promise<{ attempt: ConnectionAttemptEntity; verifier: string } | Outcome> {
    const attempt = await lockAttemptByState(manager, actor.agencyId, secretHash(payload.state));
    if (!attempt || !matchesHash(payload.state, attempt.stateHash)) {
      throw badInput(
        [{ field: 'state', message: 'matches no connection in progress: start the connection again' }],
        'This answer from the network matches no connection in progress',
      );
    }
    this.checkSameActor(actor, attempt);
    if (attempt.consumedAt || attempt.status !== ConnectionStatus.AwaitingConsent) {
      throw conflict('This connection was already completed: each answer from the network is used once');
    }
    if (payload.redirectUri !== attempt.redirectUri) {
      return this.fail(
        manager,
        actor,
        attempt.id,
        'The network answered on another redirect URI than the one asked',
        {
          field: 'redirectUri',
          message: 'does not match the redirect URI the connection started with',
        },
      );
    }
    if (attempt.expiresAt.getTime() <= Date.now()) {
      return this.fail(
        manager,
        actor,
        attempt.id,
        'The connection expired before the network answered; start again',
        {
          field: 'state',
          message: 'this connection has expired',
        },
      );
    }
    const name = NETWORK_NAMES[attempt.network];
    if (payload.error) {
      const reason =
        payload.error === 'access_denied'
          ? `Access was refused on ${name}`
          : `${name} refused the authorisation (${payload.error})`;
      return this.fail(
        manager,
        actor,
        attempt.id,
        payload.errorDescription ? `${reason}: ${payload.errorDescription}` : reason,
      );
    }
    if (!payload.code) {
      throw badInput([
        { field: 'code', message: 'is required when the network gives no error', constraint: 'required' },
      ]);
    }
    const consumedAt = new Date();
    await updateAttempt(manager, attempt.id, { consumedAt });
    return {
      attempt: { ...attempt, consumedAt },
      verifier: this.cipher.unseal(attempt.codeVerifierSealed, verifierBinding(attempt.id)),
    };
  }

  /** Step three: what the consent gave, connected at once or kept (sealed) to choose from. */
  private async settle(
    manager: EntityManager,
    actor: ConnectionActor,
    attemptId: string,
    consented: ConsentedAccount[],
  ): Promise<Outcome> {
    const attempt = await lockVisibleAttempt(manager, actor.agencyId, attemptId);
    const name = NETWORK_NAMES[attempt.network];
    if (consented.length === 0) {
      const what = attempt.network === Network.FacebookPage ? 'page' : 'account';
      return this.fail(
        manager,
        actor,
        attempt.id,
        `The ${name} consent covers no ${what} Relais can publish to`,
      );
    }
    try {
      await this.openBrand(manager, actor, attempt.brandId);
      if (attempt.accountId) {
        const account = await this.accountToReconnect(
          manager,
          actor,
          attempt.brandId,
          attempt.accountId,
          attempt.network,
        );
        const same = consented.find((each) => each.externalId === account.externalId);
        if (!same) throw otherIdentity(account, consented[0]);
        const renewed = await this.accounts.renewCredentials(
          manager,
          actor.author,
          account,
          same.credentials,
        );
        return { view: await this.finish(manager, actor, attempt, [renewed]), refusal: null };
      }
      if (CHOOSING.includes(attempt.network)) {
        const candidates = consented.map((each) => this.sealCandidate(attempt.id, each));
        await updateAttempt(manager, attempt.id, { status: ConnectionStatus.Choosing, candidates });
        const choosing = { ...attempt, status: ConnectionStatus.Choosing, candidates };
        return { view: await this.viewOf(manager, actor, choosing), refusal: null };
      }
      const account = await this.attach(manager, actor, attempt, consented[0], attempt.share);
      return { view: await this.finish(manager, actor, attempt, [account]), refusal: null };
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      const outcome = await this.fail(manager, actor, attempt.id, error.message);
      return { view: outcome.view, refusal: error };
    }
  }

  private attach(
    manager: EntityManager,
    actor: ConnectionActor,
    attempt: ConnectionAttemptEntity,
    account: ConsentedAccount,
    share: boolean,
  ): Promise<AccountRecord> {
    return this.accounts.attach(manager, actor.author, attempt.brandId, {
      network: attempt.network,
      handle: account.handle,
      externalId: account.externalId,
      displayName: account.displayName,
      instanceUrl: attempt.instanceUrl,
      credentials: account.credentials,
      share,
    });
  }

  /** Connected: the accounts it made or renewed, and the candidates' tokens erased. */
  private async finish(
    manager: EntityManager,
    actor: ConnectionActor,
    attempt: ConnectionAttemptEntity,
    accounts: readonly AccountRecord[],
  ): Promise<ConnectionView> {
    const changes = {
      status: ConnectionStatus.Connected,
      accountIds: accounts.map((each) => each.id),
      candidates: [],
      completedAt: new Date(),
    };
    await updateAttempt(manager, attempt.id, changes);
    return this.viewOf(manager, actor, { ...attempt, ...changes });
  }

  /** Failed, with the reason a person reads; with `field`, also the input error to answer. */
  private async fail(
    manager: EntityManager,
    actor: ConnectionActor,
    attemptId: string,
    reason: string,
    field?: FieldError,
  ): Promise<Outcome> {
    const changes = {
      status: ConnectionStatus.Failed,
      failureReason: reason,
      candidates: [],
      consumedAt: new Date(),
      completedAt: new Date(),
    };
    await updateAttempt(manager, attemptId, changes);
    const attempt = await findVisibleAttempt(manager, actor.agencyId, attemptId);
    return {
      view: await this.viewOf(manager, actor, attempt),
      refusal: field ? badInput([field], reason) : null,
    };
  }

  private async viewOf(
    manager: EntityManager,
    actor: ConnectionActor,
    attempt: ConnectionAttemptEntity,
  ): Promise<ConnectionView> {
    const brand = await findVisibleBrand(manager, actor.agencyId, attempt.brandId);
    const holders =
      attempt.candidates.length > 0
        ? await brandsHoldingAccounts(
            manager,
            actor.agencyId,
            attempt.network,
            attempt.candidates.map((each) => each.externalId),
          )
        : [];
    return toConnectionView(attempt, brand.name, holders);
  }

  /** The brand the connection is for: the link's own, or the one the member names. */
  private brandOf(actor: ConnectionActor, brandId: string | undefined, network: Network): string {
    if (actor.link) {
      if (brandId && brandId !== actor.link.brandId) throw notFound('brand');
      if (!actor.link.networks.includes(network)) {
        throw forbidden(`This connect link does not allow connecting ${NETWORK_NAMES[network]} accounts`);
      }
      return actor.link.brandId;
    }
    if (!brandId) throw badInput([{ field: 'brandId', message: 'is required', constraint: 'required' }]);
    return brandId;
  }

  private async openBrand(
    manager: EntityManager,
    actor: ConnectionActor,
    brandId: string,
  ): Promise<BrandEntity> {
    const brand = await findVisibleBrand(manager, actor.agencyId, brandId);
    permit(actor);
    if (brand.archivedAt) throw conflict('This brand is archived; restore it before connecting accounts');
    return brand;
  }

  private async accountToReconnect(
    manager: EntityManager,
    actor: ConnectionActor,
    brandId: string,
    accountId: string,
    network: Network,
  ): Promise<AccountRecord> {
    const account = await findVisibleAccount(manager, actor.agencyId, accountId);
    if (account.brandId !== brandId) throw notFound('social account');
    if (account.network !== network) {
      throw badInput([
        {
          field: 'accountId',
          message: `is a ${NETWORK_NAMES[account.network]} account, not ${NETWORK_NAMES[network]}`,
        },
      ]);
    }
    if (!account.connectionId) throw conflict('This account was disconnected; connect it again instead');
    return account;
  }

  /** Only who started a connection finishes it: the same member, or the same link. */
  private checkSameActor(actor: ConnectionActor, attempt: ConnectionAttemptEntity): void {
    const same = actor.link
      ? attempt.startedByLinkId === actor.link.id
      : attempt.startedByLinkId === null && attempt.startedByUserId === actor.userId;
    if (!same) throw forbidden('Only the person who started this connection can finish it');
    permit(actor);
  }

  private instanceOf(url: string | undefined): string {
    if (!url) {
      throw badInput([
        {
          field: 'instanceUrl',
          message: 'instanceUrl is required for mastodon accounts',
          constraint: 'required',
        },
      ]);
    }
    return (normalizeInstanceUrl(url) as string).toLowerCase();
  }

  private appOf(network: Network): OAuthClientApp {
    const app = this.networks.app(network);
    if (typeof app === 'string') {
      throw badInput([
        { field: 'network', message: `${NETWORK_NAMES[network]} is not set up on this Relais (${app})` },
      ]);
    }
    return app;
  }

  private async mastodonAppOf(instanceUrl: string): Promise<OAuthClientApp> {
    try {
      return await this.mastodonApps.appFor(instanceUrl);
    } catch (error) {
      if (error instanceof ConnectFailure) {
        throw badInput(
          [{ field: 'instanceUrl', message: error.message, constraint: 'networkRefused' }],
          error.message,
        );
      }
      throw error;
    }
  }

  private sealCandidate(attemptId: string, account: ConsentedAccount): StoredCandidate {
    return {
      externalId: account.externalId,
      handle: account.handle,
      displayName: account.displayName,
      kind: account.kind,
      credentials: this.cipher.seal(
        JSON.stringify(account.credentials),
        candidateBinding(attemptId, account.externalId),
      ),
    };
  }

  private openCandidate(attempt: ConnectionAttemptEntity, candidate: StoredCandidate): ConsentedAccount {
    const credentials = JSON.parse(
      this.cipher.unseal(candidate.credentials, candidateBinding(attempt.id, candidate.externalId)),
    ) as ConsentedAccount['credentials'];
    return { ...candidate, credentials };
  }
}

function otherIdentity(account: AccountRecord, signedIn: { handle: string }): DomainException {
  return conflict(
    `Signed in as ${signedIn.handle}, but this connection reconnects ${account.handle}: sign in as ${account.handle} on the network, then try again`,
  );
}

/** A member's role must allow connecting accounts (a link's holder is allowed by the link itself). */
function permit(actor: ConnectionActor): void {
  if (actor.member) authorize(actor.member, Permission.ManageAccounts);
}
