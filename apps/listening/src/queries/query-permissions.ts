import { Role } from '@relais/contracts';
import { Actor } from '@relais/server-database';
import { forbidden } from '@relais/server-errors';

/** What a role may do with a brand's listening. */
export enum ListeningPermission {
  /** See the brand's queries and preview what a query finds. */
  Read = 'listening.read',
  /** Create, change and delete the brand's queries. */
  ManageQueries = 'listening.manageQueries',
}

const STAFF_WRITERS: readonly Role[] = [Role.Owner, Role.Admin, Role.AccountManager, Role.CommunityManager];

const GRANTS: Record<ListeningPermission, readonly Role[]> = {
  [ListeningPermission.Read]: [...STAFF_WRITERS, Role.Analyst, Role.BrandApprover, Role.BrandViewer],
  [ListeningPermission.ManageQueries]: STAFF_WRITERS,
};

const REFUSALS: Record<ListeningPermission, string> = {
  [ListeningPermission.Read]: 'Your role cannot see listening',
  [ListeningPermission.ManageQueries]: 'Only agency staff can write or change listening queries',
};

export function canListen(role: Role, permission: ListeningPermission): boolean {
  return GRANTS[permission].includes(role);
}

/** Refuses (FORBIDDEN) an actor whose role lacks the permission; who sees what is the brand scope's job. */
export function authorize(actor: Actor, permission: ListeningPermission): void {
  if (!canListen(actor.role, permission)) throw forbidden(REFUSALS[permission]);
}
