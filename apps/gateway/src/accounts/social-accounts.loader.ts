import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  ClientsSubjects,
  Envelope,
  ListAccountsPayload,
  MAX_PAGE_SIZE,
  Page,
  SocialAccountView,
} from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { envelopeFor } from '../request/envelope';
import { GqlContext } from '../graphql/graphql-context';

/** Far more accounts than a page of brands has; stops a misbehaving cursor from looping forever. */
const MAX_PAGES = 100;

/**
 * Batches `Brand.socialAccounts` for one request: the brands of a page share one
 * `clients.account.list` filtered to those brands (one more per further 100 of their accounts),
 * then each brand takes its own accounts.
 */
@Injectable()
export class SocialAccountsLoader {
  constructor(private readonly nats: NatsRequester) {}

  forRequest(
    ctx: Pick<GqlContext, 'actor' | 'correlationId' | 'loaders'>,
  ): DataLoader<string, SocialAccountView[]> {
    return ctx.loaders.get('socialAccountsByBrand', () => {
      const envelope = envelopeFor(ctx.actor, ctx.correlationId);
      return new DataLoader<string, SocialAccountView[]>((brandIds) => this.byBrand(envelope, brandIds), {
        maxBatchSize: MAX_PAGE_SIZE,
      });
    });
  }

  private async byBrand(envelope: Envelope, brandIds: readonly string[]): Promise<SocialAccountView[][]> {
    const accounts = await this.listAll(envelope, [...new Set(brandIds)]);
    const grouped = new Map<string, SocialAccountView[]>(brandIds.map((id) => [id, []]));
    for (const account of accounts) grouped.get(account.brandId)?.push(account);
    return brandIds.map((id) => grouped.get(id) ?? []);
  }

  private async listAll(envelope: Envelope, brandIds: string[]): Promise<SocialAccountView[]> {
    const accounts: SocialAccountView[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < MAX_PAGES; pages += 1) {
      const payload: ListAccountsPayload = { first: MAX_PAGE_SIZE, brandIds, ...(after ? { after } : {}) };
      const page = await this.nats.request<Page<SocialAccountView>>(
        ClientsSubjects.account.list,
        envelope,
        payload,
      );
      accounts.push(...page.items);
      after = page.cursors.at(-1);
      if (!page.hasNextPage || !after) break;
    }
    return accounts;
  }
}
