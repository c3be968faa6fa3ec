import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';

/** A list or page that could not be loaded, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('errors.loadFailed')} role="alert">
      {errorMessage(toApiError(error), t)}
      {onRetry ? (
        <Button variant="white" color="red" size="xs" ml="md" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
