import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { PermissionDenied, type PagePermission } from './permission-denied';
import { can } from './permissions';
import { useSession, useSessionManager, useSessionState } from './session-context';

function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

function SessionUnavailable() {
  const { t } = useTranslation();
  const session = useSessionManager();
  return (
    <Center h="100vh">
      <Stack align="center" gap="sm">
        <Text fw={600}>{t('auth.unavailable.title')}</Text>
        <Text c="dimmed" size="sm">
          {t('auth.unavailable.description')}
        </Text>
        <Button onClick={() => void session.restore()}>{t('common.retry')}</Button>
      </Stack>
    </Center>
  );
}

/** The signed-in part of the console; everyone else goes to the sign-in page and comes back after. */
export function RequireSession() {
  const state = useSessionState();
  const location = useLocation();
  switch (state.status) {
    case 'restoring':
      return <FullPageLoader />;
    case 'unavailable':
      return <SessionUnavailable />;
    case 'signedOut': {
      if (state.reason === 'signedOut') return <Navigate to="/sign-in" replace />;
      const next = encodeURIComponent(`${location.pathname}${location.search}`);
      const expired = state.reason === 'expired' ? '&expired=1' : '';
      return <Navigate to={`/sign-in?next=${next}${expired}`} replace />;
    }
    case 'signedIn':
      return <Outlet />;
  }
}

/** Where to go after signing in: the page asked for, if it is one of ours. */
export function useNextPath(): string {
  const [params] = useSearchParams();
  const next = params.get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/brands';
}

/** Pages for signed-out visitors only (sign in, sign up). */
export function RequireSignedOut() {
  const state = useSessionState();
  const next = useNextPath();
  if (state.status === 'restoring') return <FullPageLoader />;
  if (state.status === 'signedIn') return <Navigate to={next} replace />;
  return <Outlet />;
}

/** A page for the roles that may use it; the others are told why they cannot. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: PagePermission;
  children: ReactNode;
}) {
  const session = useSession();
  if (!can(session.role, permission)) return <PermissionDenied permission={permission} />;
  return <>{children}</>;
}
