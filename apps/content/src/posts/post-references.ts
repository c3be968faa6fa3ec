import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountStatus, ErrorCode, Network } from '@relais/contracts';
import { MediaFacts } from '@relais/network-rules';
import { badInput, notFound, RemoteError } from '@relais/server-errors';
import { Actor } from '@relais/server-database';
import { BrandsClient } from '../brands/brands.client';
import { PostMediaService } from '../media';
import { brandLabelIds, findCampaignState } from '../campaigns/campaign.repository';

export interface ResolvedTarget {
  accountId: string;
  network: Network;
}

/**
 * Checks what a post refers to: its accounts (asked of the clients service), media, campaign and
 * labels (in the content schema). Whatever the caller cannot see, or that belongs to another brand,
 * answers NOT_FOUND exactly like a missing id; what exists but cannot be used is BAD_USER_INPUT.
 */
@Injectable()
export class PostReferences {
  constructor(
    private readonly brands: BrandsClient,
    private readonly postMedia: PostMediaService,
  ) {}

  /** The accounts as targets, in the order given. Disconnected accounts are refused. */
  async targets(actor: Actor, brandId: string, accountIds: readonly string[]): Promise<ResolvedTarget[]> {
    const live = await this.brands.accounts(actor, brandId);
    const targets: ResolvedTarget[] = [];
    for (const accountId of accountIds) {
      const account = live.find((candidate) => candidate.id === accountId);
      if (account) {
        targets.push({ accountId, network: account.network });
        continue;
      }
      const other = await this.brands.account(actor, accountId).catch((error: unknown) => {
        if (error instanceof RemoteError && error.code === ErrorCode.NotFound) return null;
        throw error;
      });
      if (!other || other.brandId !== brandId) throw notFound('account');
      if (other.status === AccountStatus.Disconnected) {
        throw badInput(
          [
            {
              field: 'accountIds',
              message: `${other.handle} is disconnected; reconnect it or choose another account`,
              constraint: 'disconnected',
              params: { accountId },
            },
          ],
          'An account of the post is disconnected',
        );
      }
      targets.push({ accountId, network: other.network });
    }
    return targets;
  }

  /**
   * Facts of the brand's ready media, by id. `fields` names, per id, the input field that used it (for
   * the error of a file that is not ready yet).
   */
  media(
    manager: EntityManager,
    agencyId: string,
    brandId: string,
    fields: ReadonlyMap<string, string>,
  ): Promise<Map<string, MediaFacts>> {
    return this.postMedia.facts(manager, agencyId, brandId, fields);
  }

  /** A live campaign of the brand. */
  async campaign(manager: EntityManager, agencyId: string, brandId: string, id: string): Promise<void> {
    const row = await findCampaignState(manager, agencyId, id);
    if (!row || row.brand_id !== brandId) throw notFound('campaign');
    if (row.archived) {
      throw badInput(
        [{ field: 'campaignId', message: 'the campaign is archived', constraint: 'archived' }],
        'This campaign is archived',
      );
    }
  }

  /** Labels of the brand. */
  async labels(
    manager: EntityManager,
    agencyId: string,
    brandId: string,
    ids: readonly string[],
  ): Promise<void> {
    if (ids.length === 0) return;
    const rows = await brandLabelIds(manager, agencyId, brandId, ids);
    if (rows.length !== new Set(ids).size) throw notFound('label');
  }
}

/** Which input field used each media id: the base's `mediaIds` or a customised variant's. */
export function mediaFields(
  baseMediaIds: readonly string[],
  variants: readonly { network: Network; customized: boolean; mediaIds: string[] }[],
): Map<string, string> {
  const fields = new Map<string, string>();
  for (const id of baseMediaIds) fields.set(id, 'mediaIds');
  for (const variant of variants) {
    if (!variant.customized) continue;
    for (const id of variant.mediaIds) {
      if (!fields.has(id)) fields.set(id, `variants.${variant.network}.mediaIds`);
    }
  }
  return fields;
}
