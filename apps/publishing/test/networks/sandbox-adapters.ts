import { Network } from '@relais/contracts';
import {
  SandboxAccountCredentials,
  SandboxNetwork,
  SandboxNetworks,
  SandboxPost,
  startSandboxNetworks,
} from '@relais/server-testing';
import { randomUUID } from 'node:crypto';
import { AdapterRegistry } from '../../src/networks/adapter-registry';
import {
  AccountAccess,
  MediaUploads,
  NetworkAdapter,
  PublishRequest,
  UploadedMedia,
} from '../../src/networks/network-adapter';
import { NetworksConfig, NetworksModule } from '../../src/networks/networks.module';
import { Test } from '@nestjs/testing';

export const TEST_CLIENT = {
  linkedinClientId: 'relais-test',
  linkedinClientSecret: 'relais-test-secret',
  xClientId: 'relais-test',
};

/** The adapters' configuration pointing at the sandbox. */
export function sandboxConfig(
  sandbox: SandboxNetworks,
  overrides: Partial<NetworksConfig> = {},
): NetworksConfig {
  return {
    blueskyDefaultPdsUrl: sandbox.endpoints.bluesky,
    blueskyVideoServiceUrl: sandbox.endpoints.bluesky,
    facebookGraphUrl: sandbox.endpoints.facebook_page,
    facebookGraphVersion: 'v23.0',
    linkedinApiUrl: sandbox.endpoints.linkedin,
    linkedinOauthUrl: sandbox.endpoints.linkedin,
    linkedinVersion: '202510',
    ...TEST_CLIENT,
    xApiUrl: sandbox.endpoints.x,
    httpTimeoutMs: 2000,
    mediaUploadTimeoutMs: 30_000,
    mediaProcessingTimeoutMs: 10_000,
    ...overrides,
  };
}

export interface AdapterBench {
  sandbox: SandboxNetworks;
  registry: AdapterRegistry;
  /** The registry of a module built with other settings (an unreachable host, a short timeout). */
  registryWith(overrides: Partial<NetworksConfig>): Promise<AdapterRegistry>;
  close(): Promise<void>;
}

async function registryFor(config: NetworksConfig): Promise<AdapterRegistry> {
  const moduleRef = await Test.createTestingModule({ imports: [NetworksModule.forRoot(config)] }).compile();
  return moduleRef.get(AdapterRegistry);
}

/** One sandbox per test file and the adapters as the service wires them. */
export async function startAdapterBench(): Promise<AdapterBench> {
  const sandbox = await startSandboxNetworks();
  const registry = await registryFor(sandboxConfig(sandbox));
  return {
    sandbox,
    registry,
    registryWith: (overrides) => registryFor(sandboxConfig(sandbox, overrides)),
    close: () => sandbox.stop(),
  };
}

export interface NetworkBench {
  /** The file's sandbox and adapters (set once `beforeAll` ran). */
  readonly bench: AdapterBench;
  adapter(): NetworkAdapter;
  /** A new account on the sandbox, and the access the dispatcher would hand the adapter for it. */
  account(): Promise<{ credentials: SandboxAccountCredentials; access: AccountAccess }>;
  postsOf(accountId: string): Promise<SandboxPost[]>;
}

/** One network's adapter tests: starts the file's sandbox before them and stops it after. */
export function useNetworkBench(network: Network): NetworkBench {
  let started: AdapterBench | undefined;
  beforeAll(async () => {
    started = await startAdapterBench();
  });
  afterAll(() => started?.close());
  const sandboxName = network as SandboxNetwork;
  const kit: NetworkBench = {
    get bench() {
      if (!started) throw new Error('The sandbox is not started yet');
      return started;
    },
    adapter: () => kit.bench.registry.get(network),
    account: async () => {
      const credentials = await kit.bench.sandbox.client.provisionAccount({ network: sandboxName });
      return { credentials, access: accessOf(network, credentials) };
    },
    postsOf: async (accountId) =>
      (await kit.bench.sandbox.client.posts({ network: sandboxName, accountId })).posts,
  };
  return kit;
}

/** What a rejected promise was rejected with (for `instanceof` and field checks). */
export function refusalOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.catch((error: unknown) => error);
}

/** What the dispatcher would hand an adapter for a provisioned sandbox account. */
export function accessOf(network: Network, account: SandboxAccountCredentials): AccountAccess {
  return {
    accountId: randomUUID(),
    network,
    externalId: account.externalId,
    instanceUrl: network === Network.Mastodon || network === Network.Bluesky ? account.instanceUrl : null,
    accessToken: account.accessToken,
    refreshToken: account.refreshToken,
    expiresAt: account.expiresAt ? new Date(account.expiresAt) : null,
  };
}

export function publishRequest(overrides: Partial<PublishRequest> = {}): PublishRequest {
  const publicationId = randomUUID();
  return {
    publicationId,
    idempotencyKey: `${publicationId}:1`,
    text: `Nouvelle saison au marché, ${publicationId.slice(0, 8)}`,
    linkUrl: null,
    firstComment: null,
    mediaIds: [],
    media: [],
    uploads: memoryUploads(),
    linkCard: null,
    replyTo: null,
    createdAt: new Date(),
    ...overrides,
  };
}

/** Uploads kept in memory (what `publishing.publication_media` keeps for the service): `recorded` lists them. */
export function memoryUploads(): MediaUploads & { recorded: UploadedMedia[] } {
  const recorded: UploadedMedia[] = [];
  return {
    recorded,
    known: (mediaId, sha256) =>
      recorded.find(
        (upload) =>
          upload.mediaId === mediaId &&
          upload.sha256 === sha256 &&
          (!upload.expiresAt || upload.expiresAt.getTime() > Date.now()),
      ) ?? null,
    // Recording the same file again replaces what was kept of it, as the table's upsert does.
    record: async (upload) => {
      const index = recorded.findIndex(
        (kept) => kept.mediaId === upload.mediaId && kept.sha256 === upload.sha256,
      );
      if (index === -1) recorded.push(upload);
      else recorded[index] = upload;
    },
  };
}

export function signal(): AbortSignal {
  return AbortSignal.timeout(10_000);
}

/** A request time for `retryAt` checks: within `slackMs` of `expected`. */
export function near(actual: Date | undefined, expected: number, slackMs = 3000): boolean {
  return actual !== undefined && Math.abs(actual.getTime() - expected) <= slackMs;
}
