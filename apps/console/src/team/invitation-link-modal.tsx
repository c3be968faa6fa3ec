import { Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface InvitationLinkModalProps {
  invitation: { email: string; acceptUrl: string } | null;
  onClose(): void;
}

/** Right after inviting: the link, shown this once, for when the e-mail does not get through. */
export function InvitationLinkModal({ invitation, onClose }: InvitationLinkModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={invitation !== null}
      onClose={onClose}
      title={t('team.invite.sentTitle')}
      size="lg"
      centered
    >
      {invitation ? (
        <Stack>
          <Text size="sm">{t('team.invite.sentTo', { email: invitation.email })}</Text>
          <TextInput
            label={t('team.invite.link')}
            value={invitation.acceptUrl}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
          />
          <Alert color="yellow" variant="light">
            {t('team.invite.linkOnce')}
          </Alert>
          <Group justify="flex-end">
            <CopyButton value={invitation.acceptUrl}>
              {({ copied, copy }) => (
                <Button variant="light" color={copied ? 'teal' : undefined} onClick={copy}>
                  {copied ? t('common.copied') : t('team.invite.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
