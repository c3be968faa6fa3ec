import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../ui/page-header';
import { PasswordForm } from './password-form';
import { ProfileForm } from './profile-form';

export function ProfilePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="lg">
          <Stack>
            <Title order={4}>{t('profile.details')}</Title>
            <ProfileForm />
          </Stack>
        </Paper>
        <Paper withBorder p="lg">
          <Stack>
            <Title order={4}>{t('profile.password.title')}</Title>
            <PasswordForm />
          </Stack>
        </Paper>
      </SimpleGrid>
    </>
  );
}
