import { NavLink, Stack } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { can, type Permission } from '../auth/permissions';
import { useSession } from '../auth/session-context';
import { IconCalendar } from '../calendar/calendar-icon';
import { IconIdeas } from '../ideas/idea-icons';
import { IconMedia } from '../media/media-icon';
import {
  IconAccounts,
  IconAudit,
  IconBrands,
  IconCampaigns,
  IconPosts,
  IconProfile,
  IconTeam,
} from '../ui/icons';

interface NavItem {
  to: string;
  label:
    | 'nav.brands'
    | 'nav.posts'
    | 'nav.campaigns'
    | 'nav.calendar'
    | 'nav.media'
    | 'nav.ideas'
    | 'nav.accounts'
    | 'nav.team'
    | 'nav.audit'
    | 'nav.profile';
  icon: ComponentType<{ size?: number }>;
  permission?: Permission;
}

const ITEMS: readonly NavItem[] = [
  { to: '/brands', label: 'nav.brands', icon: IconBrands },
  { to: '/posts', label: 'nav.posts', icon: IconPosts },
  { to: '/campaigns', label: 'nav.campaigns', icon: IconCampaigns },
  { to: '/calendar', label: 'nav.calendar', icon: IconCalendar },
  { to: '/media', label: 'nav.media', icon: IconMedia },
  { to: '/ideas', label: 'nav.ideas', icon: IconIdeas },
  { to: '/accounts', label: 'nav.accounts', icon: IconAccounts },
  { to: '/team', label: 'nav.team', icon: IconTeam, permission: 'team.view' },
  { to: '/audit', label: 'nav.audit', icon: IconAudit, permission: 'audit.view' },
  { to: '/profile', label: 'nav.profile', icon: IconProfile },
];

export function NavLinks({ onNavigate }: { onNavigate(): void }) {
  const { t } = useTranslation();
  const { role } = useSession();
  const { pathname } = useLocation();
  return (
    <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {ITEMS.filter((item) => !item.permission || can(role, item.permission)).map((item) => {
        const active = pathname === item.to || pathname.startsWith(`${item.to}/`);
        return (
          <li key={item.to}>
            <NavLink
              component={Link}
              to={item.to}
              label={t(item.label)}
              leftSection={<item.icon size={18} />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          </li>
        );
      })}
    </Stack>
  );
}
