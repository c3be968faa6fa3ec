import { useMutation } from '@apollo/client/react';
import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSessionManager, useSessionState } from '../auth/session-context';
import { isUiLanguage, localeFromLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n/language';
import { writeLanguagePreference } from '../i18n/language-preference';
import { UpdateProfileMutation } from './profile.graphql';
import { IconLanguage } from '../ui/icons';
import { useNotifyApiError } from '../ui/notify';

/** Switches the interface language; signed in, the choice is saved to the profile. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const state = useSessionState();
  const session = useSessionManager();
  const notifyError = useNotifyApiError();
  const [updateProfile] = useMutation(UpdateProfileMutation);
  const current: UiLanguage = isUiLanguage(i18n.language) ? i18n.language : 'fr';

  const choose = async (language: UiLanguage) => {
    if (language === current) return;
    writeLanguagePreference(language);
    await i18n.changeLanguage(language);
    if (state.status !== 'signedIn') return;
    try {
      const result = await updateProfile({ variables: { input: { locale: localeFromLanguage(language) } } });
      if (result.data) session.updateUser(result.data.updateProfile);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="compact-sm"
          leftSection={<IconLanguage size={16} />}
          aria-label={t('language.switch')}
        >
          {current.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {UI_LANGUAGES.map((language) => (
          <Menu.Item
            key={language}
            onClick={() => void choose(language)}
            fw={language === current ? 700 : undefined}
            lang={language}
          >
            {t(`language.names.${language}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
