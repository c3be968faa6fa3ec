import { ConfigError } from '@relais/server-config';
import { loadGatewayConfig, trustProxySetting } from './config';

const SECRET = 'x'.repeat(32);

function problems(env: Record<string, string>): string {
  try {
    loadGatewayConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('gateway configuration', () => {
  it('has the documented defaults', () => {
    expect(loadGatewayConfig({ JWT_SECRET: SECRET })).toMatchObject({
      HTTP_PORT: 3000,
      ACCESS_TOKEN_TTL: 900,
      GRAPHQL_MAX_DEPTH: 10,
      GRAPHQL_MAX_ALIASES: 15,
      GRAPHQL_MAX_COST: 1000,
      BODY_LIMIT: 100 * 1024,
      NATS_SUBJECT_PREFIX: '',
      GRAPHQL_MAX_TOKENS: 2000,
      GRAPHQL_MAX_DIRECTIVES: 25,
      GRAPHQL_EXPOSE_INTERNAL_ERRORS: false,
    });
  });

  it('exposes internal errors only to a developer who asks, never in production', () => {
    const asked = { JWT_SECRET: SECRET, GRAPHQL_EXPOSE_INTERNAL_ERRORS: 'true' };
    expect(loadGatewayConfig(asked).GRAPHQL_EXPOSE_INTERNAL_ERRORS).toBe(true);
    expect(problems({ ...asked, NODE_ENV: 'production' })).toContain(
      'GRAPHQL_EXPOSE_INTERNAL_ERRORS must not be true in production',
    );
  });

  it('reads durations and sizes', () => {
    const config = loadGatewayConfig({ JWT_SECRET: SECRET, ACCESS_TOKEN_TTL: '1h', BODY_LIMIT: '1mb' });
    expect(config.ACCESS_TOKEN_TTL).toBe(3600);
    expect(config.BODY_LIMIT).toBe(1024 * 1024);
    expect(loadGatewayConfig({ JWT_SECRET: SECRET, ACCESS_TOKEN_TTL: '600' }).ACCESS_TOKEN_TTL).toBe(600);
  });

  it('refuses a short secret and nonsense limits, naming each', () => {
    const message = problems({ JWT_SECRET: 'short', ACCESS_TOKEN_TTL: '15 minutes', BODY_LIMIT: '1gb' });
    expect(message).toContain('JWT_SECRET must be at least 32 characters');
    expect(message).toContain('ACCESS_TOKEN_TTL must be a duration such as 900s, 15m or 1h');
    expect(message).toContain('BODY_LIMIT must be a size such as 100kb or 1mb');
    expect(problems({})).toContain('JWT_SECRET is required');
  });

  it('reads trusted proxies as Express expects them', () => {
    expect(trustProxySetting('1')).toBe(1);
    expect(trustProxySetting('loopback, uniquelocal')).toEqual(['loopback', 'uniquelocal']);
  });
});
