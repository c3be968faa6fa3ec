import type { APIRequestContext } from '@playwright/test';
import { ContentApi } from './content-api';

export type SandboxNetworkName = 'mastodon' | 'bluesky' | 'facebook_page' | 'linkedin' | 'x';

/** An account issued by the network emulator and connected to a brand. */
export interface SandboxAccount {
  id: string;
  /** As Relais shows it (Mastodon: `@user@instance`). */
  handle: string;
  /** Who signs in on the network's consent page. */
  login: string;
  externalId: string;
}

/** The control API of the network emulators the platform publishes to. */
export class SandboxControl {
  constructor(
    private readonly request: APIRequestContext,
    private readonly controlUrl: string,
  ) {}

  async provision(network: SandboxNetworkName, handle: string) {
    const response = await this.request.post(`${this.controlUrl}/control/accounts`, {
      data: { network, handle },
    });
    if (!response.ok()) throw new Error(`The emulator refused the account: ${await response.text()}`);
    return (await response.json()) as {
      externalId: string;
      handle: string;
      instanceUrl: string;
      accessToken: string;
      refreshToken: string | null;
      expiresAt: string | null;
    };
  }

  /** The next `count` writes of the account answer `status`. */
  /** The next `count` requests of the account fail with `status`, once `after` requests went through. */
  async failNext(
    network: SandboxNetworkName,
    accountId: string,
    count: number,
    status = 503,
    after = 0,
  ): Promise<void> {
    const response = await this.request.post(`${this.controlUrl}/control/faults`, {
      data: { network, accountId, kind: 'fail', status, count, after },
    });
    if (!response.ok()) throw new Error(`The emulator refused the fault: ${await response.text()}`);
  }
}

/** Brands, emulated accounts, posts and slots through the API, for the publishing browser tests. */
export class PublishingApi extends ContentApi {
  constructor(
    request: APIRequestContext,
    gatewayUrl: string,
    readonly sandbox: SandboxControl,
  ) {
    super(request, gatewayUrl);
  }

  /** A Mastodon account on the emulator, connected to the brand through the network's consent page. */
  async connectSandboxMastodon(brandId: string, handle: string): Promise<SandboxAccount> {
    const issued = await this.sandbox.provision('mastodon', handle);
    const connection = await this.connectThroughNetwork({
      brandId,
      network: 'MASTODON',
      instanceUrl: issued.instanceUrl,
      login: issued.handle,
    });
    const [id] = connection.accountIds;
    if (connection.status !== 'CONNECTED' || !id)
      throw new Error(`Connecting ${handle} ended ${connection.status}`);
    // The handle as Relais shows it (Mastodon: `@user@instance`, from the account's own profile).
    const data = await this.call<{ socialAccount: { handle: string } }>(
      'query ($id: ID!) { socialAccount(id: $id) { handle } }',
      { id },
    );
    return { id, handle: data.socialAccount.handle, login: issued.handle, externalId: issued.externalId };
  }

  async schedulePostNow(postId: string): Promise<void> {
    await this.call('mutation ($input: SchedulePostInput!) { schedulePost(input: $input) { status } }', {
      input: { postId, mode: 'NOW' },
    });
  }

  async accountStatus(accountId: string): Promise<string> {
    const data = await this.call<{ socialAccount: { status: string } }>(
      'query ($id: ID!) { socialAccount(id: $id) { status } }',
      { id: accountId },
    );
    return data.socialAccount.status;
  }

  async postScheduledAt(postId: string): Promise<string | null> {
    const data = await this.call<{ post: { scheduledAt: string | null } }>(
      'query ($id: ID!) { post(id: $id) { scheduledAt } }',
      { id: postId },
    );
    return data.post.scheduledAt;
  }

  async upcomingSlots(brandId: string, upcoming: number): Promise<string[]> {
    const data = await this.call<{ postingSlots: { upcoming: string[] } }>(
      'query ($brandId: ID!, $upcoming: Int) { postingSlots(brandId: $brandId, upcoming: $upcoming) { upcoming } }',
      { brandId, upcoming },
    );
    return data.postingSlots.upcoming;
  }
}
