import { randomBytes } from 'node:crypto';
import { ConfigError } from '@relais/server-config';
import { loadClientsConfig } from './config';

const key = (bytes = 32) => randomBytes(bytes).toString('base64');
const minimal = {
  DATABASE_URL: 'postgres://relais_app@127.0.0.1:5432/relais',
  CREDENTIALS_KEYS: `k1:${key()}`,
  CREDENTIALS_ACTIVE_KEY: 'k1',
};

function problems(env: Record<string, string>): string {
  try {
    loadClientsConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('clients configuration', () => {
  it('applies the defaults of the clients service', () => {
    const config = loadClientsConfig(minimal);
    expect(config.HTTP_PORT).toBe(3101);
    expect(config.INVITATION_TTL_HOURS).toBe(168);
    expect(config.REFRESH_TTL_DAYS).toBe(30);
    expect(config.SIGNIN_MAX_ATTEMPTS).toBe(10);
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.CONSOLE_URL).toBe('http://127.0.0.1:5173');
    expect(config.CREDENTIALS_KEYS.get('k1')).toHaveLength(32);
  });

  it('reads several credentials keys and drops the trailing slash of the console URL', () => {
    const config = loadClientsConfig({
      ...minimal,
      CREDENTIALS_KEYS: `k1:${key()}, k2:${key()}`,
      CREDENTIALS_ACTIVE_KEY: 'k2',
      CONSOLE_URL: 'https://console.relais.example/',
    });
    expect([...config.CREDENTIALS_KEYS.keys()]).toEqual(['k1', 'k2']);
    expect(config.CONSOLE_URL).toBe('https://console.relais.example');
  });

  it('refuses keys that are not 32 bytes, naming the variable', () => {
    expect(problems({ ...minimal, CREDENTIALS_KEYS: `k1:${key(16)}` })).toContain(
      'CREDENTIALS_KEYS must be comma-separated id:key pairs, each key the base64 of 32 random bytes',
    );
  });

  it('refuses an active key that is not among the keys', () => {
    expect(problems({ ...minimal, CREDENTIALS_ACTIVE_KEY: 'k9' })).toContain(
      'CREDENTIALS_ACTIVE_KEY must be one of the key ids in CREDENTIALS_KEYS (k1)',
    );
  });

  it('names every missing or wrong variable at once', () => {
    const message = problems({ SMTP_URL: 'http://mail', INVITATION_TTL_HOURS: '0' });
    expect(message).toContain('DATABASE_URL is required');
    expect(message).toContain('CREDENTIALS_KEYS is required');
    expect(message).toContain('CREDENTIALS_ACTIVE_KEY is required');
    expect(message).toContain('SMTP_URL must be a smtp:// or smtps:// URL');
    expect(message).toContain('INVITATION_TTL_HOURS must be a whole number');
  });
});
