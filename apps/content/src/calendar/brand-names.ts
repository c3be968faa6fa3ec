import { Injectable } from '@nestjs/common';
import { BrandView, ClientsSubjects, ListBrandsPayload, MAX_PAGE_SIZE, Page } from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { BrandDirectory } from '../brands/brand-directory';
import { Actor } from '../core/actor';

/** An agency has at most a few hundred brands; this only stops a misbehaving cursor. */
const MAX_PAGES = 50;

/** Brand names for the calendar's "every brand" view, asked of the clients service with the caller's envelope. */
@Injectable()
export class BrandNames {
  constructor(
    private readonly nats: NatsRequester,
    private readonly brands: BrandDirectory,
  ) {}

  /** The names of the given brands (one request for one brand, else the caller's brand list). */
  async of(actor: Actor, brandIds: ReadonlySet<string>): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    if (brandIds.size === 0) return names;
    if (brandIds.size === 1) {
      const [only] = brandIds;
      const brand = await this.brands.brand(actor, only);
      return names.set(brand.id, brand.name);
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
      for (const brand of page.items) if (brandIds.has(brand.id)) names.set(brand.id, brand.name);
      after = page.cursors.at(-1);
      if (names.size === brandIds.size || !page.hasNextPage || !after) break;
    }
    return names;
  }
}
