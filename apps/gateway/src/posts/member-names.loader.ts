import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  ClientsSubjects,
  Envelope,
  isBrandRole,
  ListMembersPayload,
  MAX_PAGE_SIZE,
  MemberView,
  Page,
} from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { envelopeFor } from '../auth/envelope';
import { GqlContext } from '../graphql/graphql-context';

/** Far more members than an agency has; stops a misbehaving cursor from looping forever. */
const MAX_PAGES = 50;

/**
 * Names of the agency's members by user id, for `Post.authorName` and the like: every id of one
 * request shares one walk through `clients.member.list` (100 members a page), whatever the number of
 * posts. Brand users do not see the agency's team, so they get no names (null) and nothing is asked.
 */
@Injectable()
export class MemberNamesLoader {
  constructor(private readonly nats: NatsRequester) {}

  forRequest(
    ctx: Pick<GqlContext, 'actor' | 'correlationId' | 'loaders'>,
  ): DataLoader<string, string | null> {
    return ctx.loaders.get('memberNamesByUserId', () => {
      const envelope = envelopeFor(ctx.actor, ctx.correlationId);
      return new DataLoader<string, string | null>((userIds) => this.names(envelope, userIds));
    });
  }

  private async names(envelope: Envelope, userIds: readonly string[]): Promise<(string | null)[]> {
    if (!envelope.role || isBrandRole(envelope.role)) return userIds.map(() => null);
    const names = new Map<string, string>();
    let after: string | undefined;
    for (let pages = 0; pages < MAX_PAGES; pages += 1) {
      const payload: ListMembersPayload = { first: MAX_PAGE_SIZE, ...(after ? { after } : {}) };
      const page = await this.nats.request<Page<MemberView>>(ClientsSubjects.member.list, envelope, payload);
      for (const member of page.items) names.set(member.userId, member.name);
      after = page.cursors.at(-1);
      if (!page.hasNextPage || !after || userIds.every((id) => names.has(id))) break;
    }
    return userIds.map((id) => names.get(id) ?? null);
  }
}
