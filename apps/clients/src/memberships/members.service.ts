import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  AssignBrandsPayload,
  ChangeMemberRolePayload,
  ClientsEvent,
  ClientsEvents,
  isBrandRole,
  ListMembersPayload,
  MemberChangedEvent,
  MemberIdPayload,
  MemberView,
  Page,
  Role,
} from '@relais/contracts';
import { badInput, conflict, forbidden, notFound } from '@relais/server-errors';
import {
  Actor,
  decodeCursor,
  encodeCursor,
  pageOf,
  pageSize,
  TenantTransactions,
} from '@relais/server-database';
import { Outbox } from '@relais/server-events';
import { AuditAction } from '../audit/audit-action';
import { AuditRepository } from '../audit/audit.repository';
import { SessionRevocations } from '../auth/session-revocations.service';
import { authorize } from '../core/actor';
import { assertLiveBrands } from '../brands/brand.repository';
import { toMemberView } from './member.view';
import {
  countMembers,
  deleteMembership,
  findMember,
  findMembers,
  lockOwners,
  MemberRow,
  replaceAssignments,
  updateMembership,
} from './membership.repository';
import { brandIdsProblem, BrandScope, brandScopeOf, canManageMember, Permission } from '../core/role-rules';

const LAST_OWNER = 'An agency needs at least one owner; make someone else owner first';

@Injectable()
export class MembersService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditRepository,
    private readonly outbox: Outbox,
    private readonly revocations: SessionRevocations,
  ) {}

  async list(actor: Actor, payload: ListMembersPayload): Promise<Page<MemberView>> {
    authorize(actor, Permission.ReadTeam);
    const first = pageSize(payload);
    const after = payload.after ? (decodeCursor(payload.after, 2).map(String) as [string, string]) : null;
    return this.transactions.run(actor.scope, async (manager) => {
      const role = payload.role ?? null;
      const rows = await findMembers(manager, actor.agencyId, { role, after, limit: first + 1 });
      const total = await countMembers(manager, actor.agencyId, role);
      const page = pageOf(rows, first, (row) => encodeCursor([row.sort_name, row.id]), total);
      return { ...page, items: page.items.map(toMemberView) };
    });
  }

  async get(actor: Actor, payload: MemberIdPayload): Promise<MemberView> {
    this.hideTeamFromBrandUsers(actor);
    return this.transactions.run(actor.scope, async (manager) =>
      toMemberView(await findMember(manager, actor.agencyId, payload.id)),
    );
  }

  async changeRole(actor: Actor, payload: ChangeMemberRolePayload): Promise<MemberView> {
    this.hideTeamFromBrandUsers(actor);
    const brandIds = payload.brandIds ?? [];
    return this.transactions.run(actor.scope, async (manager) => {
      const member = await findMember(manager, actor.agencyId, payload.id, true);
      this.assertMayManage(actor, member.role, payload.role);
      const problem = brandIdsProblem(payload.role, brandIds);
      if (problem) throw badInput([problem]);
      await assertLiveBrands(manager, actor.agencyId, brandIds);
      if (member.role === Role.Owner && payload.role !== Role.Owner)
        await this.assertAnotherOwner(manager, actor);

      await updateMembership(manager, member.id, {
        role: payload.role,
        brandId: isBrandRole(payload.role) ? brandIds[0] : null,
      });
      await this.replaceAssignments(manager, actor.agencyId, member.id, payload.role, brandIds);
      const updated = await findMember(manager, actor.agencyId, member.id);
      await this.recordChange(
        manager,
        actor,
        updated,
        AuditAction.MemberRoleChanged,
        ClientsEvents.memberRoleChanged,
        {
          from: member.role,
          to: updated.role,
        },
      );
      return toMemberView(updated);
    });
  }

  async assignBrands(actor: Actor, payload: AssignBrandsPayload): Promise<MemberView> {
    this.hideTeamFromBrandUsers(actor);
    return this.transactions.run(actor.scope, async (manager) => {
      const member = await findMember(manager, actor.agencyId, payload.id, true);
      this.assertMayManage(actor, member.role, member.role);
      if (brandScopeOf(member.role) !== BrandScope.Assigned) {
        throw badInput([{ field: 'brandIds', message: 'only community managers are assigned brands' }]);
      }
      await assertLiveBrands(manager, actor.agencyId, payload.brandIds);
      await this.replaceAssignments(manager, actor.agencyId, member.id, member.role, payload.brandIds);
      const updated = await findMember(manager, actor.agencyId, member.id);
      await this.recordChange(
        manager,
        actor,
        updated,
        AuditAction.MemberBrandsAssigned,
        ClientsEvents.memberRoleChanged,
        { brandIds: updated.assigned },
      );
      return toMemberView(updated);
    });
  }

  /** Removes the member from the agency and ends their sessions in it. */
  async remove(actor: Actor, payload: MemberIdPayload): Promise<boolean> {
    this.hideTeamFromBrandUsers(actor);
    return this.transactions.run(actor.scope, async (manager) => {
      const member = await findMember(manager, actor.agencyId, payload.id, true);
      this.assertMayManage(actor, member.role, member.role);
      if (member.role === Role.Owner) await this.assertAnotherOwner(manager, actor);
      await this.recordChange(
        manager,
        actor,
        member,
        AuditAction.MemberRemoved,
        ClientsEvents.memberRemoved,
        {
          name: member.name,
          email: member.email,
          role: member.role,
        },
      );
      await deleteMembership(manager, member.id);
      await this.revocations.revokeMember(manager, actor.agencyId, member.user_id, actor.envelope);
      return true;
    });
  }

  /** Brand users do not see the team: to them a member id is as unknown as a missing one. */
  private hideTeamFromBrandUsers(actor: Actor): void {
    if (isBrandRole(actor.role)) throw notFound('member');
  }

  private assertMayManage(actor: Actor, current: Role, next: Role): void {
    authorize(actor, Permission.ManageTeam);
    if (!canManageMember(actor.role, current, next)) {
      throw forbidden('Only an owner can grant the owner role or change an owner');
    }
  }

  private async assertAnotherOwner(manager: EntityManager, actor: Actor): Promise<void> {
    const owners = await lockOwners(manager, actor.agencyId);
    if (owners.length <= 1) throw conflict(LAST_OWNER);
  }

  private async replaceAssignments(
    manager: EntityManager,
    agencyId: string,
    membershipId: string,
    role: Role,
    brandIds: readonly string[],
  ): Promise<void> {
    const assigned = brandScopeOf(role) === BrandScope.Assigned ? brandIds : [];
    await replaceAssignments(manager, agencyId, membershipId, assigned);
  }

  private async recordChange(
    manager: EntityManager,
    actor: Actor,
    member: MemberRow,
    action: AuditAction,
    subject: ClientsEvent,
    details: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(manager, {
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      action,
      targetType: 'membership',
      targetId: member.id,
      details: { userId: member.user_id, ...details },
    });
    const event: MemberChangedEvent = {
      membershipId: member.id,
      userId: member.user_id,
      role: member.role,
      brandIds: toMemberView(member).brandIds,
    };
    await this.outbox.add(manager, { subject, envelope: actor.envelope, data: event });
  }
}
