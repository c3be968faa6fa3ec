import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { Network } from '@relais/contracts';
import { NETWORK_PROFILES, NETWORKS } from '../networks/network-profiles';
import { OAuthApp } from '../state/oauth-app.repository';
import { SandboxPost } from '../state/post.repository';
import {
  duplicatesSchema,
  faultSchema,
  latencySchema,
  oauthAppSchema,
  oauthCodesSchema,
  mediaSchema,
  postsQuerySchema,
  provisionSchema,
  rateLimitSchema,
} from './control.schemas';
import { parseInput as parse } from './parse-input';
import { SandboxNetworks } from './sandbox-networks.service';

/**
 * The control API tests, the seed and the bench drive the sandbox with: accounts and their tokens,
 * faults, latency, rate limits, duplicate window, what each network received, reset.
 */
@Controller('control')
export class ControlController {
  constructor(private readonly networks: SandboxNetworks) {}

  private get sandbox() {
    return this.networks.sandbox;
  }

  @Get('endpoints')
  endpoints(): Record<Network | 'jetstream', string> {
    return this.networks.endpoints();
  }

  @Post('accounts')
  provision(@Body() body: unknown) {
    const input = parse(provisionSchema, body);
    const account = this.sandbox.accounts.provision(input);
    const tokens = this.sandbox.issueTokens(account);
    return {
      network: account.network,
      externalId: account.externalId,
      handle: account.handle,
      displayName: account.displayName,
      instanceUrl: this.networks.urlOf(account.network),
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      expiresAt: tokens.expiresAt,
      appPassword: account.appPassword,
      owner: account.owner,
    };
  }

  /** Registers or replaces an OAuth app (tests use it for their own redirect URIs). */
  @Put('oauth-apps')
  putOAuthApp(@Body() body: unknown) {
    const input = parse(oauthAppSchema, body);
    return oauthAppView(
      this.sandbox.oauthApps.put({
        network: input.network,
        clientId: input.clientId,
        clientSecret: input.clientSecret,
        name: input.name,
        redirectUris: input.redirectUris,
        scopes: input.scopes ?? [],
      }),
    );
  }

  @Get('oauth-apps')
  oauthApps() {
    return { apps: this.sandbox.oauthApps.list().map(oauthAppView) };
  }

  /** How long authorization codes stay valid (back to `OAUTH_CODE_TTL_SECONDS` on reset). */
  @Put('oauth-codes')
  setCodeTtl(@Body() body: unknown) {
    const input = parse(oauthCodesSchema, body);
    this.sandbox.codes.setTtl(input.ttlSeconds);
    return { ttlSeconds: this.sandbox.codes.ttlSeconds };
  }

  @Post('faults')
  addFault(@Body() body: unknown) {
    const input = parse(faultSchema, body);
    return this.sandbox.addFault({
      network: input.network,
      accountId: input.accountId ?? null,
      kind: input.kind,
      remaining: input.count,
      after: input.after,
      status: input.status ?? null,
      retryAfterSeconds: input.retryAfterSeconds ?? null,
    });
  }

  @Get('faults')
  faults() {
    return { faults: this.sandbox.faults.list() };
  }

  @Delete('faults')
  @HttpCode(204)
  clearFaults(): void {
    this.sandbox.faults.clear();
  }

  @Put('latency')
  setLatency(@Body() body: unknown) {
    const input = parse(latencySchema, body);
    this.sandbox.setLatency(input.ms, input.network);
    return {
      latency: Object.fromEntries(NETWORKS.map((network) => [network, this.sandbox.latencyFor(network)])),
    };
  }

  @Put('rate-limits')
  setRateLimit(@Body() body: unknown) {
    const input = parse(rateLimitSchema, body);
    this.sandbox.setRateLimit(input.network, { limit: input.limit, windowSeconds: input.windowSeconds });
    return { network: input.network, ...this.sandbox.policyOf(input.network) };
  }

  @Get('rate-limits')
  rateLimits() {
    return {
      rateLimits: Object.fromEntries(
        NETWORKS.map((network) => [
          network,
          { ...this.sandbox.policyOf(network), writeCost: NETWORK_PROFILES[network].writeCost },
        ]),
      ),
    };
  }

  @Put('duplicates')
  setDuplicates(@Body() body: unknown) {
    const input = parse(duplicatesSchema, body);
    this.sandbox.setDuplicateWindow(input.windowSeconds);
    return { windowSeconds: this.sandbox.duplicateWindow };
  }

  @Put('media')
  setMedia(@Body() body: unknown) {
    const input = parse(mediaSchema, body);
    this.sandbox.media.setProcessing(input.processingMs, input.network);
    return {
      processingMs: Object.fromEntries(
        NETWORKS.map((network) => [network, this.sandbox.media.processingFor(network)]),
      ),
    };
  }

  @Get('posts')
  posts(@Query() query: unknown) {
    const input = parse(postsQuerySchema, query);
    const posts = this.sandbox.posts.list(input.network, input.accountId);
    const counts: Record<string, number> = {};
    for (const post of posts) counts[post.accountId] = (counts[post.accountId] ?? 0) + 1;
    return { total: posts.length, counts, posts: posts.map(postView) };
  }

  @Delete('state')
  @HttpCode(204)
  reset(): void {
    this.networks.listeningStream.stopAll();
    this.networks.clearJetstream();
    this.networks.facebookWebhooks.stop();
    this.sandbox.reset();
  }
}

function oauthAppView(app: OAuthApp) {
  return {
    network: app.network,
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    name: app.name,
    redirectUris: app.redirectUris,
    scopes: app.scopes,
  };
}

function postView(post: SandboxPost) {
  return {
    id: post.id,
    network: post.network,
    accountId: post.accountId,
    text: post.text,
    receivedAt: new Date(post.receivedAt).toISOString(),
    receivedAtMs: post.receivedAt,
    requestId: post.requestId,
    url: post.url,
    inReplyToId: post.inReplyToId,
    media: post.media ?? [],
    comments: post.comments.map((comment) => ({
      ...comment,
      receivedAt: new Date(comment.receivedAt).toISOString(),
      receivedAtMs: comment.receivedAt,
    })),
    details: post.extra,
  };
}
