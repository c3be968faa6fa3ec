import { AppShell, Burger, Container, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { AgencySwitcher } from '../agency/agency-switcher';
import { NotificationBell } from '../notifications/notification-bell';
import { LanguageMenu } from '../profile/language-menu';
import { NavLinks } from './nav-links';
import { UserMenu } from './user-menu';

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Text
              component={Link}
              to="/brands"
              fw={800}
              fz="lg"
              c="indigo.7"
              style={{ letterSpacing: '-0.02em', textDecoration: 'none' }}
            >
              Relais
            </Text>
            <AgencySwitcher />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <LanguageMenu />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <NavLinks onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Container size="xl" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
