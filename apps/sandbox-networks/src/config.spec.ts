import { ConfigError } from '@relais/server-config';
import { DEV_SANDBOX_SECRET, loadSandboxConfig } from './config';

describe('loadSandboxConfig', () => {
  it('has usable defaults for development', () => {
    const config = loadSandboxConfig({});
    expect(config).toMatchObject({
      HTTP_PORT: 3200,
      MASTODON_PORT: 3201,
      X_PORT: 3205,
      SANDBOX_SECRET: DEV_SANDBOX_SECRET,
    });
  });

  it('reads PORT when HTTP_PORT is not set, and 0 for any free port', () => {
    expect(loadSandboxConfig({ PORT: '4000', BLUESKY_PORT: '0' })).toMatchObject({
      HTTP_PORT: 4000,
      BLUESKY_PORT: 0,
    });
  });

  it('requires its own secret in production', () => {
    expect(() => loadSandboxConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadSandboxConfig({ NODE_ENV: 'production' })).toThrow(
      /SANDBOX_SECRET is required in production/,
    );
    expect(() => loadSandboxConfig({ SANDBOX_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });
});
