import { AccountConnectionEntity } from './accounts/account-connection.entity';
import { SocialAccountEntity } from './accounts/social-account.entity';
import { AgencyEntity } from './agencies/agency.entity';
import { SessionEntity } from './auth/session.entity';
import { BrandEntity } from './brands/brand.entity';
import { ConnectLinkEntity } from './connections/connect-link.entity';
import { ConnectionAttemptEntity } from './connections/connection-attempt.entity';
import { MastodonAppEntity } from './connections/mastodon-app.entity';
import { InvitationEntity } from './invitations/invitation.entity';
import { BrandAssignmentEntity } from './memberships/brand-assignment.entity';
import { MembershipEntity } from './memberships/membership.entity';
import { UserEntity } from './users/user.entity';

/** Every TypeORM entity of the clients schema. */
export const entities = [
  AgencyEntity,
  UserEntity,
  MembershipEntity,
  BrandAssignmentEntity,
  SessionEntity,
  InvitationEntity,
  BrandEntity,
  AccountConnectionEntity,
  SocialAccountEntity,
  ConnectLinkEntity,
  ConnectionAttemptEntity,
  MastodonAppEntity,
];
