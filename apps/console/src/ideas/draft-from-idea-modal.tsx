import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { IdeaFieldsFragment } from '@relais/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LoadError } from '../ui/load-error';
import { notifySuccess, useNotifyApiError } from '../ui/notify';
import { AccountPicker } from '../posts/account-picker';
import { CreateDraftFromIdeaMutation, FeedsQuery, IdeaAccountsQuery, IdeasQuery } from './ideas.graphql';

interface DraftFromIdeaModalProps {
  idea: IdeaFieldsFragment | null;
  onClose(): void;
}

/** Chooses the accounts (all live ones ticked), makes the draft, and opens it. */
export function DraftFromIdeaModal({ idea, onClose }: DraftFromIdeaModalProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notifyError = useNotifyApiError();
  const accounts = useQuery(IdeaAccountsQuery, {
    variables: { brandId: idea?.brandId ?? '' },
    skip: !idea,
  });
  const live = (accounts.data?.brand.socialAccounts ?? []).filter(
    (account) => account.status !== 'DISCONNECTED',
  );
  // Untouched, every live account is ticked; the parent remounts this dialog for each idea.
  const [picked, setPicked] = useState<string[] | null>(null);
  const chosen = picked ?? live.map((account) => account.id);
  const [error, setError] = useState<string | null>(null);
  const [createDraft, creating] = useMutation(CreateDraftFromIdeaMutation, {
    refetchQueries: [IdeasQuery, FeedsQuery],
  });

  const create = async () => {
    if (!idea) return;
    if (chosen.length === 0) {
      setError(t('ideas.draft.chooseAccount'));
      return;
    }
    try {
      const { data } = await createDraft({ variables: { input: { ideaId: idea.id, accountIds: chosen } } });
      const postId = data?.createDraftFromIdea.id;
      notifySuccess(t('ideas.draft.created'));
      onClose();
      if (postId) await navigate(`/posts/${postId}`);
    } catch (failure) {
      notifyError(failure);
    }
  };

  return (
    <Modal opened={idea !== null} onClose={onClose} title={t('ideas.draft.title')} centered size="lg">
      {idea ? (
        <Stack gap="md">
          <Stack gap={4}>
            <Text fw={700}>{idea.title}</Text>
            {idea.link ? (
              <Text size="sm" c="dimmed" truncate="end">
                {idea.link}
              </Text>
            ) : null}
          </Stack>
          <Text size="sm">{t('ideas.draft.intro')}</Text>
          {accounts.error ? (
            <LoadError error={accounts.error} onRetry={() => void accounts.refetch()} />
          ) : null}
          {accounts.data && live.length === 0 ? (
            <Text size="sm" c="orange.8">
              {t('ideas.draft.noAccounts')}
            </Text>
          ) : (
            <AccountPicker
              accounts={live}
              value={chosen}
              onChange={(ids) => {
                setPicked(ids);
                setError(null);
              }}
              readOnly={false}
              error={error}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void create()} loading={creating.loading} disabled={live.length === 0}>
              {t('ideas.draft.create')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
