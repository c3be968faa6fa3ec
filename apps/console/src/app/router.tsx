import { createBrowserRouter, Navigate } from 'react-router';
import { AccountsPage } from '../accounts/accounts-page';
import { AuditPage } from '../audit/audit-page';
import { AcceptInvitationPage } from '../auth/accept-invitation-page';
import { RequirePermission, RequireSession, RequireSignedOut } from '../auth/session-guards';
import { SignInPage } from '../auth/sign-in-page';
import { SignUpPage } from '../auth/sign-up-page';
import { BrandCreatePage } from '../brands/brand-create-page';
import { BrandPage } from '../brands/brand-page';
import { BrandsPage } from '../brands/brands-page';
import { CalendarPage } from '../calendar/calendar-page';
import { CampaignsPage } from '../campaigns/campaigns-page';
import { IdeasPage } from '../ideas/ideas-page';
import { MediaPage } from '../media/media-page';
import { NotificationsPage } from '../notifications/notifications-page';
import { ConnectCallbackPage } from '../connect/connect-callback-page';
import { ConnectLinkPage } from '../connect/connect-link-page';
import { NewPostPage, PostPage } from '../posts/post-composer-page';
import { PostsPage } from '../posts/posts-page';
import { ProfilePage } from '../profile/profile-page';
import { ReviewPage } from '../review/review-page';
import { TeamPage } from '../team/team-page';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <RequireSignedOut />,
      children: [
        { path: '/sign-in', element: <SignInPage /> },
        { path: '/sign-up', element: <SignUpPage /> },
      ],
    },
    // The link of invitation e-mails: `<console URL>/invitations/<token>`.
    { path: '/invitations/:token', element: <AcceptInvitationPage /> },
    // The link of client review links: `<console URL>/review/<token>`, opened without an account.
    { path: '/review/:token', element: <ReviewPage /> },
    // Where every network sends the person back after consenting (or refusing), with or without a login.
    { path: '/connect/callback', element: <ConnectCallbackPage /> },
    // The link of connect links: `<console URL>/connect/<token>`, opened without an agency login.
    { path: '/connect/:token', element: <ConnectLinkPage /> },
    {
      element: <RequireSession />,
      children: [
        {
          element: <AppLayout />,
          children: [
            { index: true, element: <Navigate to="/brands" replace /> },
            { path: 'brands', element: <BrandsPage /> },
            {
              path: 'brands/new',
              element: (
                <RequirePermission permission="brands.manage">
                  <BrandCreatePage />
                </RequirePermission>
              ),
            },
            { path: 'brands/:brandId', element: <BrandPage /> },
            { path: 'brands/:brandId/:tab', element: <BrandPage /> },
            { path: 'posts', element: <PostsPage /> },
            {
              path: 'posts/new',
              element: (
                <RequirePermission permission="posts.write">
                  <NewPostPage />
                </RequirePermission>
              ),
            },
            { path: 'posts/:postId', element: <PostPage /> },
            { path: 'campaigns', element: <CampaignsPage /> },
            { path: 'calendar', element: <CalendarPage /> },
            { path: 'media', element: <MediaPage /> },
            { path: 'ideas', element: <IdeasPage /> },
            { path: 'notifications', element: <NotificationsPage /> },
            { path: 'accounts', element: <AccountsPage /> },
            {
              path: 'team',
              element: (
                <RequirePermission permission="team.view">
                  <TeamPage />
                </RequirePermission>
              ),
            },
            {
              path: 'audit',
              element: (
                <RequirePermission permission="audit.view">
                  <AuditPage />
                </RequirePermission>
              ),
            },
            { path: 'profile', element: <ProfilePage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
