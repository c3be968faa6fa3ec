import { Test } from '@nestjs/testing';
import { Network } from '@relais/contracts';
import { AdapterRegistry } from './adapter-registry';
import { NetworksModule } from './networks.module';

describe('AdapterRegistry', () => {
  it('has an adapter for every network, idempotent where the network dedupes resends', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        NetworksModule.forRoot({
          blueskyDefaultPdsUrl: 'https://bsky.social',
          blueskyVideoServiceUrl: 'https://video.bsky.app',
          facebookGraphUrl: 'https://graph.facebook.com',
          facebookGraphVersion: 'v23.0',
          linkedinApiUrl: 'https://api.linkedin.com',
          linkedinOauthUrl: 'https://www.linkedin.com',
          linkedinVersion: '202510',
          xApiUrl: 'https://api.x.com',
          httpTimeoutMs: 10_000,
          mediaUploadTimeoutMs: 60_000,
          mediaProcessingTimeoutMs: 60_000,
        }),
      ],
    }).compile();
    const registry = moduleRef.get(AdapterRegistry);
    const idempotent = Object.values(Network).map((network) => [network, registry.get(network).idempotent]);
    expect(idempotent).toEqual([
      [Network.Mastodon, true],
      [Network.Bluesky, true],
      [Network.FacebookPage, false],
      [Network.LinkedIn, false],
      [Network.X, false],
    ]);
    for (const network of Object.values(Network)) expect(registry.get(network).network).toBe(network);
    expect(() => registry.get('myspace' as Network)).toThrow(
      'No adapter publishes to the network "myspace".',
    );
  });
});
