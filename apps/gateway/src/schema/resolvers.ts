import { AccountConnectionsResolver } from '../accounts/account-connections.resolver';
import { SocialAccountsResolver } from '../accounts/social-accounts.resolver';
import { AgencyResolver } from '../agency/agency.resolver';
import { ApprovalResolver } from '../approval/approval.resolver';
import { PostTransitionResolver } from '../approval/post-transition.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { BrandsResolver } from '../brands/brands.resolver';
import { CalendarResolver } from '../calendar/calendar.resolver';
import { CampaignsResolver } from '../campaigns/campaigns.resolver';
import { CommentsResolver } from '../comments/comments.resolver';
import { MediaResolver } from '../media/media.resolver';
import { PostMediaResolver, PostVariantMediaResolver } from '../media/post-media.resolver';
import { IdeasResolver } from '../ideas/ideas.resolver';
import { MeResolver } from '../me/me.resolver';
import { NotificationsResolver } from '../notifications/notifications.resolver';
import { PostsResolver } from '../posts/posts.resolver';
import { PostingSlotsResolver } from '../publishing/posting-slots.resolver';
import { PostPublicationsResolver, PublicationsResolver } from '../publishing/publications.resolver';
import { ReviewLinksResolver } from '../review-links/review-links.resolver';
import { InvitationsResolver } from '../team/invitations.resolver';
import { MembersResolver } from '../team/members.resolver';

/** Every resolver of the API: the modules provide them, the schema printer reads them. */
export const RESOLVERS = [
  AuthResolver,
  MeResolver,
  AgencyResolver,
  BrandsResolver,
  MembersResolver,
  InvitationsResolver,
  SocialAccountsResolver,
  AccountConnectionsResolver,
  AuditResolver,
  MediaResolver,
  PostMediaResolver,
  PostVariantMediaResolver,
  CalendarResolver,
  PostsResolver,
  CampaignsResolver,
  ApprovalResolver,
  PostTransitionResolver,
  CommentsResolver,
  ReviewLinksResolver,
  NotificationsResolver,
  IdeasResolver,
  PublicationsResolver,
  PostPublicationsResolver,
  PostingSlotsResolver,
] as const;
