import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AGENCY_ROLES,
  BrandView,
  ClientsSubjects,
  Envelope,
  isTenantEnvelope,
  ListMembersPayload,
  MAX_PAGE_SIZE,
  MeView,
  MemberView,
  Page,
  Role,
} from '@relais/contracts';
import { NatsRequester } from '@relais/server-nats';

/** The agency's team is a few hundred people at most; this only stops a misbehaving cursor. */
const MAX_MEMBER_PAGES = 50;

/** Someone an e-mail can go to, as the clients service knows them now. */
export interface Addressee {
  email: string;
  name: string;
  locale: MeView['user']['locale'];
  /** Their brand scope now: null = every brand of the agency. */
  brandIds: string[] | null;
}

/**
 * What notifications need to know about people and brands, asked of the clients service.
 *
 * Lookups for an event are made with the actor's envelope when the actor is agency staff. Clients and
 * review links cannot list the team, so their events are looked up in the name of the post's author,
 * with the narrowest writer's rights on that brand only (a community manager assigned to it): only
 * agency writers author posts, so the author holds at least that.
 */
@Injectable()
export class PeopleClient {
  constructor(private readonly nats: NatsRequester) {}

  /** The envelope lookups about an event's post are made with. */
  lookupEnvelope(event: Envelope, agencyId: string, postAuthorId: string, brandId: string): Envelope {
    if (isTenantEnvelope(event) && AGENCY_ROLES.includes(event.role)) return event;
    return {
      agencyId,
      userId: postAuthorId,
      role: Role.CommunityManager,
      brandIds: [brandId],
      correlationId: event.correlationId,
    };
  }

  /** The agency's members, optionally only those with one role. */
  async members(envelope: Envelope, role?: Role): Promise<MemberView[]> {
    const members: MemberView[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < MAX_MEMBER_PAGES; pages += 1) {
      const payload: ListMembersPayload = {
        first: MAX_PAGE_SIZE,
        ...(role ? { role } : {}),
        ...(after ? { after } : {}),
      };
      const page = await this.nats.request<Page<MemberView>>(ClientsSubjects.member.list, envelope, payload);
      members.push(...page.items);
      after = page.cursors.at(-1);
      if (!page.hasNextPage || !after) break;
    }
    return members;
  }

  async brandName(envelope: Envelope, brandId: string): Promise<string> {
    const brand = await this.nats.request<BrandView>(ClientsSubjects.brand.get, envelope, { id: brandId });
    return brand.name;
  }

  /**
   * The recipient of a digest as they are now (e-mail, name, language, brand scope), asked in their own
   * name: the clients service reads their membership of the agency as it is, and answers
   * UNAUTHENTICATED when they no longer belong to it. Read-only.
   */
  async addressee(agencyId: string, userId: string): Promise<Addressee> {
    const envelope: Envelope = {
      agencyId,
      userId,
      // The clients service reads the real role from the membership; the least privileged is named here.
      role: Role.BrandViewer,
      brandIds: [],
      correlationId: randomUUID(),
    };
    const me = await this.nats.request<MeView>(ClientsSubjects.user.me, envelope, {});
    return { email: me.user.email, name: me.user.name, locale: me.user.locale, brandIds: me.brandIds };
  }
}
