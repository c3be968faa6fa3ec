import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { rateLimited } from '@relais/server-errors';
import { CLIENTS_CONFIG, ClientsConfig } from '../config';

/**
 * Counts failed sign-ins per e-mail and per IP in Postgres (`clients.sign_in_limits`), so every
 * replica shares the counters. A successful sign-in clears the e-mail's counter.
 */
@Injectable()
export class SignInLimiter {
  private readonly byEmail: RateLimiterPostgres;
  private readonly byIp: RateLimiterPostgres;

  constructor(dataSource: DataSource, @Inject(CLIENTS_CONFIG) config: ClientsConfig) {
    const common = {
      storeClient: dataSource,
      storeType: 'typeorm',
      schemaName: 'clients',
      tableName: 'sign_in_limits',
      tableCreated: true,
      duration: config.SIGNIN_WINDOW_MINUTES * 60,
    };
    this.byEmail = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'email',
      points: config.SIGNIN_MAX_ATTEMPTS,
    });
    this.byIp = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'ip',
      points: config.SIGNIN_MAX_ATTEMPTS_PER_IP,
    });
  }

  /** Throws RATE_LIMITED (with the seconds to wait) when the e-mail or the IP used up its attempts. */
  async assertAllowed(email: string, ip: string | undefined): Promise<void> {
    const checks: [RateLimiterPostgres, string][] = [[this.byEmail, emailKey(email)]];
    if (ip) checks.push([this.byIp, ip]);
    for (const [limiter, key] of checks) {
      const state = await limiter.get(key);
      if (state && exhausted(limiter, state)) {
        const retryAfter = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
        const minutes = Math.ceil(retryAfter / 60);
        throw rateLimited(
          `Too many sign-in attempts. Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`,
          retryAfter,
        );
      }
    }
  }

  async recordFailure(email: string, ip: string | undefined): Promise<void> {
    await this.byEmail.penalty(emailKey(email));
    if (ip) await this.byIp.penalty(ip);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byEmail.delete(emailKey(email));
  }
}

function exhausted(limiter: RateLimiterPostgres, state: RateLimiterRes): boolean {
  return state.consumedPoints >= limiter.points;
}

/** The counters never hold an e-mail address in clear. */
function emailKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 40);
}
