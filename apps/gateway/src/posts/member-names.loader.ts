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
  Role,
} from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { envelopeFor } from '../request/envelope';
import { GqlContext } from '../graphql/graphql-context';

/** Far more members than an agency has; stops a misbehaving cursor from looping forever. */
const MAX_PAGES = 50;

/**
 * Names of the agency's members by user id, for `Post.authorName`, the history's actors and the like:
 * every id of one request shares one walk through `clients.member.list` (100 members a page), whatever
 * the number of posts.
 *
 * The one place that decides which of the agency's people a caller sees named: everyone, client brand
 * users included, sees the display name of the members who act on the posts they may read (their
 * community manager is a person to them). Only names leave this class, never e-mails or roles; a user
 * who is no longer a member has no name (null), which the console shows as a former team member.
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

  private async names(caller: Envelope, userIds: readonly string[]): Promise<(string | null)[]> {
    if (!caller.role) return userIds.map(() => null);
    const envelope = lookupEnvelope(caller);
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

/**
 * The envelope the names are asked with. Brand users may not list the team, so theirs is read with a
 * community manager's rights on their own brand (as the content service reads a client's
 * notification recipients): the answer is only used for the names above.
 */
function lookupEnvelope(caller: Envelope): Envelope {
  if (!caller.role || !isBrandRole(caller.role)) return caller;
  return { ...caller, role: Role.CommunityManager, brandIds: caller.brandIds ?? [] };
}
