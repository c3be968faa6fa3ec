import { Injectable } from '@nestjs/common';
import { BrandView, ClientsSubjects, ListBrandsPayload, MAX_PAGE_SIZE, Page } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { Actor } from '@relais/server-database';
import { BrandsClient } from '../brands/brands.client';

/** An agency has at most a few hundred brands; this only stops a misbehaving cursor. */
const MAX_PAGES = 50;
/** A brand's name and visibility are reused this long (the calendar asks for them on every page turn). */
const BRAND_TTL_MS = 30_000;
const MAX_CACHED_BRANDS = 2_000;

interface CachedBrand {
  at: number;
  brand: Promise<BrandView>;
}

/** Brands (names, timezones) for the calendar's "every brand" view, asked of the clients service with the caller's envelope. */
@Injectable()
export class BrandNames {
  private readonly brands = new Map<string, CachedBrand>();

  constructor(
    private readonly nats: NatsRequester,
    private readonly directory: BrandsClient,
  ) {}

  /**
   * The brand as the caller may see it (NOT_FOUND otherwise), reused for a short while per agency,
   * role and brand scope: the answer depends on nothing else.
   */
  brand(actor: Actor, brandId: string): Promise<BrandView> {
    const key = [actor.agencyId, actor.role, actor.scope.brandIds?.join(',') ?? '*', brandId].join('|');
    const now = Date.now();
    const hit = this.brands.get(key);
    if (hit && now - hit.at < BRAND_TTL_MS) return hit.brand;
    if (this.brands.size >= MAX_CACHED_BRANDS) this.brands.clear();
    const brand = this.directory.brand(actor, brandId);
    this.brands.set(key, { at: now, brand });
    brand.catch(() => this.brands.delete(key));
    return brand;
  }

  /** The names of the given brands. */
  async of(actor: Actor, brandIds: ReadonlySet<string>): Promise<Map<string, string>> {
    const brands = await this.views(actor, brandIds);
    return new Map([...brands.values()].map((brand) => [brand.id, brand.name]));
  }

  /** The given brands (one request for one brand, else the caller's brand list). */
  async views(actor: Actor, brandIds: ReadonlySet<string>): Promise<Map<string, BrandView>> {
    const brands = new Map<string, BrandView>();
    if (brandIds.size === 0) return brands;
    if (brandIds.size === 1) {
      const [only] = brandIds;
      const brand = await this.brand(actor, only);
      return brands.set(brand.id, brand);
    }
    let after: string | undefined;
    for (let pages = 0; pages < MAX_PAGES; pages += 1) {
      const payload: ListBrandsPayload = {
        first: MAX_PAGE_SIZE,
        includeArchived: true,
        ...(after ? { after } : {}),
      };
      const page = await this.nats.request<Page<BrandView>>(
        ClientsSubjects.brand.list,
        actor.envelope,
        payload,
      );
      for (const brand of page.items) if (brandIds.has(brand.id)) brands.set(brand.id, brand);
      after = page.cursors.at(-1);
      if (brands.size === brandIds.size || !page.hasNextPage || !after) break;
    }
    return brands;
  }
}
