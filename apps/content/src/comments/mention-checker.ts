import { Injectable } from '@nestjs/common';
import {
  ClientsSubjects,
  CommentVisibility,
  FieldError,
  isBrandRole,
  MAX_PAGE_SIZE,
  MemberView,
  memberSeesBrand,
  Page,
} from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';
import { Actor } from '@relais/server-database';

/** A large team: the member list is read page by page up to this many pages. */
const MAX_MEMBER_PAGES = 20;

/**
 * Whether the people a comment mentions may read it: members of the agency who see the brand, and for
 * an internal comment agency staff only. The member list comes from the clients service with the
 * caller's envelope; brand users do not read the agency's team, so they mention nobody.
 */
@Injectable()
export class MentionChecker {
  constructor(private readonly nats: NatsRequester) {}

  /** One field error per mention that does not fit (`mentionUserIds`, constraint `notMentionable`). */
  async problems(
    actor: Actor,
    brandId: string,
    visibility: CommentVisibility,
    userIds: readonly string[],
  ): Promise<FieldError[]> {
    if (userIds.length === 0) return [];
    if (isBrandRole(actor.role)) {
      return [
        {
          field: 'mentionUserIds',
          message: 'brand users cannot mention members; write to the agency in the comment itself',
          constraint: 'notMentionable',
        },
      ];
    }
    const members = await this.members(actor);
    return userIds.flatMap((userId, index): FieldError[] => {
      const member = members.find((candidate) => candidate.userId === userId);
      const readable =
        member !== undefined &&
        memberSeesBrand(member, brandId) &&
        (visibility === CommentVisibility.Shared || !isBrandRole(member.role));
      if (readable) return [];
      return [
        {
          field: `mentionUserIds.${index}`,
          message: member
            ? `${member.name} cannot read this comment`
            : 'is not a member of the agency who can read this comment',
          constraint: 'notMentionable',
          params: { userId },
        },
      ];
    });
  }

  private async members(actor: Actor): Promise<MemberView[]> {
    const members: MemberView[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < MAX_MEMBER_PAGES; pages += 1) {
      const page = await this.nats.request<Page<MemberView>>(ClientsSubjects.member.list, actor.envelope, {
        first: MAX_PAGE_SIZE,
        ...(after ? { after } : {}),
      });
      members.push(...page.items);
      after = page.cursors.at(-1);
      if (!page.hasNextPage || !after) break;
    }
    return members;
  }
}
