import { Button, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('notFound.title')} description={t('notFound.description')} py="xl">
      <Button component={Link} to="/brands" variant="light">
        {t('notFound.back')}
      </Button>
    </EmptyState>
  );
}
