import { Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconLock } from '../ui/icons';
import { useSession } from './session-context';

/** The permissions a whole page needs, and what the page says to a role without it. */
const PAGES = {
  'posts.write': { title: 'access.writePosts', back: 'access.toPosts', to: '/posts' },
  'brands.manage': { title: 'access.manageBrands', back: 'access.toBrands', to: '/brands' },
  'team.view': { title: 'access.viewTeam', back: 'access.toBrands', to: '/brands' },
  'audit.view': { title: 'access.viewAudit', back: 'access.toBrands', to: '/brands' },
} as const;

export type PagePermission = keyof typeof PAGES;

/** What a page shows, instead of itself, to a role that may not use it (opened from a link or the address bar). */
export function PermissionDenied({ permission }: { permission: PagePermission }) {
  const { t } = useTranslation();
  const { role } = useSession();
  const page = PAGES[permission];
  return (
    <Stack align="center" ta="center" gap="sm" py="xl">
      <ThemeIcon variant="light" color="gray" size={56} radius="xl">
        <IconLock size={28} />
      </ThemeIcon>
      <Title order={2} size="h3">
        {t(page.title)}
      </Title>
      <Text c="dimmed" maw={520}>
        {t('access.role', { role: t(`roles.${role}`) })}
      </Text>
      <Button component={Link} to={page.to} variant="light" mt="xs">
        {t(page.back)}
      </Button>
    </Stack>
  );
}
