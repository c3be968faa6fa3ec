import { Injectable } from '@nestjs/common';
import {
  AccountIdPayload,
  BrandIdPayload,
  BrandView,
  ClientsSubjects,
  ListAccountsPayload,
  MAX_PAGE_SIZE,
  Page,
  SocialAccountView,
} from '@relais/contracts';
import { badInput } from '@relais/server-errors';
import { NatsRequester } from '@relais/server-nats';
import { Actor } from '@relais/server-database';

/** How long an answer is reused for the same request (same correlation id). */
const CACHE_TTL_MS = 5_000;
const CACHE_MAX_ENTRIES = 500;
/** A brand has a handful of accounts; this only stops a misbehaving cursor. */
const MAX_ACCOUNT_PAGES = 20;

interface Cached {
  at: number;
  value: Promise<unknown>;
}

/**
 * What the content service needs to know about brands, asked of the clients service with the caller's
 * envelope (so the clients service applies the caller's brand scope: a brand or account they cannot
 * see answers NOT_FOUND). Answers are reused for a few seconds within one request.
 */
@Injectable()
export class BrandsClient {
  private readonly cache = new Map<string, Cached>();

  constructor(private readonly nats: NatsRequester) {}

  /** The brand (timezone, language, guidelines), or NOT_FOUND "Brand not found". */
  brand(actor: Actor, brandId: string): Promise<BrandView> {
    const payload: BrandIdPayload = { id: brandId };
    return this.remember(actor, `brand:${brandId}`, () =>
      this.nats.request<BrandView>(ClientsSubjects.brand.get, actor.envelope, payload),
    );
  }

  /** The brand, refused as BAD_USER_INPUT on `field` when archived: content cannot be added to it. */
  async activeBrand(actor: Actor, brandId: string, field = 'brandId'): Promise<BrandView> {
    const brand = await this.brand(actor, brandId);
    if (brand.archived) {
      throw badInput(
        [{ field, message: 'the brand is archived; restore it first', constraint: 'archived' }],
        'This brand is archived',
      );
    }
    return brand;
  }

  /** The brand's connected (not disconnected) accounts, by network then handle. */
  accounts(actor: Actor, brandId: string): Promise<SocialAccountView[]> {
    return this.remember(actor, `accounts:${brandId}`, async () => {
      const accounts: SocialAccountView[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < MAX_ACCOUNT_PAGES; pages += 1) {
        const payload: ListAccountsPayload = { brandId, first: MAX_PAGE_SIZE, ...(after ? { after } : {}) };
        const page = await this.nats.request<Page<SocialAccountView>>(
          ClientsSubjects.account.list,
          actor.envelope,
          payload,
        );
        accounts.push(...page.items);
        after = page.cursors.at(-1);
        if (!page.hasNextPage || !after) break;
      }
      return accounts;
    });
  }

  /** One account whatever its status (disconnected included), or NOT_FOUND "Social account not found". */
  account(actor: Actor, accountId: string): Promise<SocialAccountView> {
    const payload: AccountIdPayload = { id: accountId };
    return this.remember(actor, `account:${accountId}`, () =>
      this.nats.request<SocialAccountView>(ClientsSubjects.account.get, actor.envelope, payload),
    );
  }

  private remember<T>(actor: Actor, key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const fullKey = `${actor.envelope.correlationId}|${actor.agencyId}|${actor.userId}|${key}`;
    const hit = this.cache.get(fullKey);
    if (hit && now - hit.at < CACHE_TTL_MS) return hit.value as Promise<T>;
    this.evict(now);
    const value = load();
    this.cache.set(fullKey, { at: now, value });
    // A failure is not remembered: the next call asks again.
    value.catch(() => this.cache.delete(fullKey));
    return value;
  }

  private evict(now: number): void {
    for (const [key, entry] of this.cache) {
      if (now - entry.at >= CACHE_TTL_MS || this.cache.size >= CACHE_MAX_ENTRIES) this.cache.delete(key);
      else break;
    }
  }
}
