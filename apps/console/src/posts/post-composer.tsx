import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { PostFieldsFragment } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { FormError } from '../ui/form-error';
import { LoadError } from '../ui/load-error';
import { AccountPicker } from './account-picker';
import { BaseFields } from './base-fields';
import type { ComposerDraft } from './composer-draft';
import { NetworkVersions } from './network-versions';
import { PlanningFields } from './planning-fields';
import { useComposer } from './use-composer';
import { useSavePost } from './use-save-post';

interface PostComposerProps {
  /** The post being edited; null for a new one. */
  post: PostFieldsFragment | null;
  initial: ComposerDraft;
  readOnly: boolean;
  /** Called with the saved post. */
  onSaved(post: PostFieldsFragment): void;
  onReload(): void;
}

function AccountsField({
  composer,
  readOnly,
  error,
}: {
  composer: ReturnType<typeof useComposer>;
  readOnly: boolean;
  error: string | undefined;
}) {
  const { draft, setDraft, options, brand } = composer;
  return (
    <>
      {options.error ? <LoadError error={options.error} onRetry={() => void options.refetch()} /> : null}
      {brand ? (
        <AccountPicker
          accounts={composer.accounts}
          value={draft.accountIds}
          onChange={(accountIds) => setDraft({ ...draft, accountIds })}
          readOnly={readOnly}
          error={error}
        />
      ) : null}
    </>
  );
}

function SaveBar({
  blocked,
  saving,
  disabled,
  label,
}: {
  blocked: boolean;
  saving: boolean;
  disabled: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      {blocked ? (
        <Text size="sm" c="red.8">
          {t('posts.composer.fixFirst')}
        </Text>
      ) : null}
      <Button type="submit" loading={saving} disabled={disabled}>
        {label}
      </Button>
    </Group>
  );
}

/**
 * The post's base text, the accounts it goes out on, each network's version with live counters and
 * the networks' rules as you type, the brand's guidelines, and its planning in the brand's time zone.
 */
export function PostComposer({ post, initial, readOnly, onSaved, onReload }: PostComposerProps) {
  const { t } = useTranslation();
  const composer = useComposer(initial);
  const { draft, setDraft, options, brand, zone, networks, check, blocked } = composer;
  const { save, problems, saving } = useSavePost(zone);

  const submit = async () => {
    const saved = await save(draft, networks, post ? { id: post.id, version: post.version } : null);
    if (saved) onSaved(saved);
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
      aria-label={post ? t('posts.composer.editTitle') : t('posts.composer.newTitle')}
    >
      <Stack gap="lg">
        {problems.stale ? (
          <Alert color="orange" title={t('posts.composer.stale')} role="alert">
            <Button size="xs" variant="white" onClick={onReload}>
              {t('posts.composer.reload')}
            </Button>
          </Alert>
        ) : null}
        <FormError message={problems.form} />
        <BaseFields
          draft={draft}
          choosingBrand={post === null}
          check={check}
          readOnly={readOnly}
          errors={problems.byField}
          onChange={setDraft}
          accounts={
            <AccountsField composer={composer} readOnly={readOnly} error={problems.byField['accountIds']} />
          }
        />
        <NetworkVersions
          draft={draft}
          networks={networks}
          check={check}
          serverErrors={problems.byNetwork}
          accountFor={composer.accountFor}
          media={composer.media}
          requireAltText={composer.requireAltText}
          readOnly={readOnly}
          onChange={setDraft}
          onMediaEdited={composer.reloadMedia}
        />
        {brand ? (
          <PlanningFields
            draft={draft}
            zone={zone}
            campaigns={options.data?.campaigns ?? []}
            labels={options.data?.labels ?? []}
            readOnly={readOnly}
            errors={problems.byField}
            onChange={setDraft}
          />
        ) : null}
        {readOnly ? null : (
          <SaveBar
            blocked={blocked}
            saving={saving}
            disabled={blocked || draft.brandId === '' || draft.accountIds.length === 0}
            label={post ? t('posts.composer.saveChanges') : t('posts.composer.save')}
          />
        )}
      </Stack>
    </form>
  );
}
