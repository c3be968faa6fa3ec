import { z } from 'zod';
import { ConfigError } from './config.error';
import { boolean, list, port, requiredString } from './env-fields';
import { loadConfig } from './load-config';
import { baseEnv, databaseEnv, natsEnv } from './shared-env';

const schema = z.object({ ...baseEnv, ...natsEnv, ...databaseEnv });
const minimal = { HTTP_PORT: '3101', DATABASE_URL: 'postgres://relais_app@127.0.0.1:5432/relais' };

function problemsOf(env: Record<string, string | undefined>): string {
  try {
    loadConfig('clients', schema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the shared defaults', () => {
    expect(loadConfig('clients', schema, minimal)).toEqual({
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      HTTP_PORT: 3101,
      NATS_URL: 'nats://127.0.0.1:4222',
      NATS_SUBJECT_PREFIX: '',
      NATS_REQUEST_TIMEOUT_MS: 5000,
      DATABASE_URL: minimal.DATABASE_URL,
      DATABASE_POOL_SIZE: 10,
    });
  });

  it('names every bad variable and why', () => {
    expect(problemsOf({ HTTP_PORT: '99999' })).toBe(
      'Invalid configuration for clients: HTTP_PORT must be a number between 1 and 65535; DATABASE_URL is required',
    );
  });

  it('treats an empty variable as missing', () => {
    expect(problemsOf({ ...minimal, DATABASE_URL: '' })).toBe(
      'Invalid configuration for clients: DATABASE_URL is required',
    );
  });

  it('explains wrong values', () => {
    const message = problemsOf({
      ...minimal,
      NODE_ENV: 'staging',
      LOG_LEVEL: 'loud',
      HTTP_PORT: 'eighty',
      NATS_URL: 'http://nats',
      DATABASE_URL: 'mysql://db',
      DATABASE_POOL_SIZE: '0',
    });
    expect(message).toContain('NODE_ENV must be development, test or production');
    expect(message).toContain('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent');
    expect(message).toContain('HTTP_PORT must be a number between 1 and 65535');
    expect(message).toContain('NATS_URL must be one or more nats:// URLs separated by commas');
    expect(message).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
    expect(message).toContain('DATABASE_POOL_SIZE must be a whole number between 1 and 200');
  });

  it('accepts a dot-terminated subject prefix only', () => {
    expect(
      loadConfig('clients', schema, { ...minimal, NATS_SUBJECT_PREFIX: 'staging.' }).NATS_SUBJECT_PREFIX,
    ).toBe('staging.');
    expect(problemsOf({ ...minimal, NATS_SUBJECT_PREFIX: 'staging' })).toContain(
      'NATS_SUBJECT_PREFIX must be empty or dot-terminated words',
    );
  });

  it('lets apps add their own typed variables', () => {
    const appSchema = z.object({
      ...baseEnv,
      HTTP_PORT: port().default(3000),
      JWT_SECRET: requiredString(),
      SECURE_COOKIES: boolean().default(false),
      ORIGINS: list().default([]),
    });
    const config = loadConfig('gateway', appSchema, {
      JWT_SECRET: 's3cret',
      SECURE_COOKIES: 'yes',
      ORIGINS: 'a, b,',
    });
    expect(config).toMatchObject({
      HTTP_PORT: 3000,
      JWT_SECRET: 's3cret',
      SECURE_COOKIES: true,
      ORIGINS: ['a', 'b'],
    });
    expect(() => loadConfig('gateway', appSchema, {})).toThrow(
      'Invalid configuration for gateway: JWT_SECRET is required',
    );
  });
});
