import { Injectable } from '@nestjs/common';
import { ChangePasswordPayload, MeView, UpdateProfilePayload, UserView } from '@relais/contracts';
import { badInput, notFound, unauthenticated } from '@relais/server-errors';
import { Actor, TenantTransactions } from '@relais/server-database';
import { findAgency } from '../agencies/agency.repository';
import { toAgencyView } from '../agencies/agency.view';
import { AuditAction } from '../audit/audit-action';
import { AuditRepository } from '../audit/audit.repository';
import { agencySummaries } from '../memberships/member.view';
import { claimsFor, membershipsOf } from '../memberships/membership.repository';
import { PasswordHasher } from './password-hasher';
import { UserEntity } from './user.entity';
import { findUser, updateUser } from './user.repository';
import { toUserView } from './user.view';

/** The signed-in person: who they are, where they belong, their profile and password. */
@Injectable()
export class UsersService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditRepository,
  ) {}

  /** Role and brand scope come from the membership as it is now, not as it was when the token was issued. */
  async me(actor: Actor): Promise<MeView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const user = await findUser(manager, actor.userId);
      const agency = await findAgency(manager, actor.agencyId);
      const claims = await claimsFor(manager, actor.userId, actor.agencyId);
      if (!user || !agency || !claims) throw unauthenticated('You no longer have access to this agency');
      const memberships = await membershipsOf(manager, actor.userId);
      return {
        user: toUserView(user),
        agency: toAgencyView(agency),
        role: claims.role,
        brandIds: claims.brandIds,
        agencies: agencySummaries(memberships),
      };
    });
  }

  async updateProfile(actor: Actor, payload: UpdateProfilePayload): Promise<UserView> {
    return this.transactions.run(actor.scope, async (manager) => {
      const user = await findUser(manager, actor.userId);
      if (!user) throw notFound('user');
      const changes: Partial<UserEntity> = {};
      if (payload.name !== undefined) {
        const name = payload.name.trim();
        if (name.length === 0)
          throw badInput([{ field: 'name', message: 'name must not be blank', constraint: 'required' }]);
        changes.name = name;
      }
      if (payload.locale !== undefined) changes.locale = payload.locale;
      if (Object.keys(changes).length > 0) await updateUser(manager, user.id, changes);
      return toUserView({ ...user, ...changes });
    });
  }

  async changePassword(actor: Actor, payload: ChangePasswordPayload): Promise<boolean> {
    const user = await this.transactions.run(actor.scope, (manager) => findUser(manager, actor.userId));
    if (!user) throw notFound('user');
    if (!(await this.hasher.verify(user.passwordHash, payload.currentPassword))) {
      throw badInput(
        [{ field: 'currentPassword', message: 'is not your current password' }],
        'Incorrect password',
      );
    }
    const passwordHash = await this.hasher.hash(payload.newPassword);
    await this.transactions.run(actor.scope, async (manager) => {
      await updateUser(manager, user.id, { passwordHash });
      await this.audit.record(manager, {
        agencyId: actor.agencyId,
        actorUserId: actor.userId,
        action: AuditAction.PasswordChanged,
        targetType: 'user',
        targetId: user.id,
      });
    });
    return true;
  }
}
