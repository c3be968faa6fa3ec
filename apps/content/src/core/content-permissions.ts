import { Role } from '@relais/contracts';

/** What a role may do with a brand's content. The approval workflow adds its own per-transition rules. */
export enum ContentPermission {
  /** See posts, the calendar, media, campaigns, comments shared with the client. */
  Read = 'content.read',
  /** Write and edit posts, manage campaigns, labels, media and feeds. */
  Write = 'content.write',
  /** See internal comments and the agency's side of the review. */
  ReadInternal = 'content.readInternal',
  /** Change a brand's approval policy and send client review links. */
  ManageApproval = 'content.manageApproval',
}

const STAFF_WRITERS: readonly Role[] = [Role.Owner, Role.Admin, Role.AccountManager, Role.CommunityManager];
const AGENCY_STAFF: readonly Role[] = [...STAFF_WRITERS, Role.Analyst];

const GRANTS: Record<ContentPermission, readonly Role[]> = {
  [ContentPermission.Read]: [...AGENCY_STAFF, Role.BrandApprover, Role.BrandViewer],
  [ContentPermission.Write]: STAFF_WRITERS,
  [ContentPermission.ReadInternal]: AGENCY_STAFF,
  [ContentPermission.ManageApproval]: [Role.Owner, Role.Admin, Role.AccountManager],
};

export function canContent(role: Role, permission: ContentPermission): boolean {
  return GRANTS[permission].includes(role);
}
