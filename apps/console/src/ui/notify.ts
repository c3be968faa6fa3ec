import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../graphql/api-error';
import { errorMessage } from '../graphql/error-message';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, withBorder: true, autoClose: 4000 });
}

export function notifyFailure(message: string): void {
  notifications.show({ color: 'red', message, withBorder: true, autoClose: 8000 });
}

/** Shows a failed call as a translated notification. */
export function useNotifyApiError(): (error: unknown) => void {
  const { t } = useTranslation();
  return useCallback((error: unknown) => notifyFailure(errorMessage(toApiError(error), t)), [t]);
}
