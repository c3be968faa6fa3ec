import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { Network, PostFieldsFragment } from '@relais/web-graphql';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../ui/form-error';
import { LoadError } from '../ui/load-error';
import { MediaPicker } from '../media/media-picker';
import { BrandOptionsQuery } from '../brands/brands.graphql';
import { AccountPicker } from './account-picker';
import { emptyDraft, targetedNetworks, type ComposerDraft } from './composer-draft';
import { GuidelinesNotice } from './guidelines-notice';
import { blocksSaving, liveCheck } from './live-check';
import { NetworkCounter } from './network-counter';
import { PlanningFields } from './planning-fields';
import { ComposerBrandQuery } from './posts.graphql';
import { useMediaFacts } from './use-media-facts';
import { useSavePost } from './use-save-post';
import { VariantPanel } from './variant-panel';

interface PostComposerProps {
  /** The post being edited; null for a new one. */
  post: PostFieldsFragment | null;
  initial: ComposerDraft;
  readOnly: boolean;
  /** Called with the saved post. */
  onSaved(post: PostFieldsFragment): void;
  onReload(): void;
}

/**
 * The post's base text, the accounts it goes out on, each network's version with live counters and
 * the networks' rules as you type, the brand's guidelines, and its planning in the brand's time zone.
 */
export function PostComposer({ post, initial, readOnly, onSaved, onReload }: PostComposerProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ComposerDraft>(initial);
  const brands = useQuery(BrandOptionsQuery, { variables: { first: 100 }, skip: post !== null });
  const options = useQuery(ComposerBrandQuery, {
    variables: { brandId: draft.brandId },
    skip: draft.brandId === '',
  });
  const brand = options.data?.brand;
  const zone = brand?.timezone ?? 'UTC';
  const accounts = useMemo(() => brand?.socialAccounts ?? [], [brand]);
  const accountIds = draft.accountIds;
  const networks = useMemo(() => targetedNetworks({ accountIds }, accounts), [accountIds, accounts]);
  const guidelines = useMemo(
    () => ({
      bannedWords: brand?.guidelines.bannedWords ?? [],
      requiredHashtags: brand?.guidelines.requiredHashtags ?? [],
    }),
    [brand],
  );
  const media = useMediaFacts([
    ...draft.mediaIds,
    ...Object.values(draft.variants).flatMap((variant) => (variant.customized ? variant.mediaIds : [])),
  ]);
  const check = useMemo(
    () => liveCheck(draft, networks, guidelines, media),
    [draft, networks, guidelines, media],
  );
  const blocked = blocksSaving(check);
  const { save, problems, saving } = useSavePost(zone);
  const [tab, setTab] = useState<string | null>(null);
  const activeTab = tab && networks.includes(tab as Network) ? tab : (networks[0] ?? null);

  const submit = async () => {
    const saved = await save(draft, networks, post ? { id: post.id, version: post.version } : null);
    if (saved) onSaved(saved);
  };

  const accountFor = (network: Network) => {
    const account = accounts.find(
      (candidate) => candidate.network === network && draft.accountIds.includes(candidate.id),
    );
    return { handle: account?.handle ?? '', displayName: account?.displayName ?? brand?.name ?? '' };
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
        <Paper withBorder p="lg">
          <Stack>
            {post ? null : (
              <Select
                label={t('posts.composer.brand')}
                placeholder={t('posts.composer.chooseBrand')}
                data={(brands.data?.brands.edges ?? []).map((edge) => ({
                  value: edge.node.id,
                  label: edge.node.name,
                }))}
                value={draft.brandId || null}
                onChange={(value) =>
                  setDraft({ ...emptyDraft(value ?? ''), title: draft.title, baseText: draft.baseText })
                }
                searchable
                required
                error={problems.byField['brandId']}
              />
            )}
            {options.error ? (
              <LoadError error={options.error} onRetry={() => void options.refetch()} />
            ) : null}
            {brand ? (
              <AccountPicker
                accounts={accounts}
                value={draft.accountIds}
                onChange={(accountIds) => setDraft({ ...draft, accountIds })}
                readOnly={readOnly}
                error={problems.byField['accountIds']}
              />
            ) : null}
            <TextInput
              label={t('posts.composer.title')}
              description={t('posts.composer.titleHint')}
              value={draft.title}
              onChange={(event) => setDraft({ ...draft, title: event.currentTarget.value })}
              maxLength={200}
              readOnly={readOnly}
              error={problems.byField['title']}
            />
            <Textarea
              label={t('posts.composer.baseText')}
              description={t('posts.composer.baseTextHint')}
              value={draft.baseText}
              onChange={(event) => setDraft({ ...draft, baseText: event.currentTarget.value })}
              autosize
              minRows={5}
              readOnly={readOnly}
              error={problems.byField['baseText']}
              data-testid="base-text"
            />
            {networks.length > 0 ? (
              <Group gap="xs" aria-live="polite" data-testid="counters">
                {check.networks.map((entry) => (
                  <NetworkCounter key={entry.network} network={entry.network} count={entry.count} />
                ))}
              </Group>
            ) : null}
            <TextInput
              label={t('posts.composer.link')}
              placeholder={t('posts.composer.linkPlaceholder')}
              value={draft.linkUrl}
              onChange={(event) => setDraft({ ...draft, linkUrl: event.currentTarget.value })}
              readOnly={readOnly}
              error={problems.byField['linkUrl']}
            />
            {draft.brandId ? (
              <MediaPicker
                brandId={draft.brandId}
                label={t('posts.composer.media')}
                value={draft.mediaIds}
                onChange={(mediaIds) => setDraft({ ...draft, mediaIds })}
                error={problems.byField['mediaIds']}
                disabled={readOnly}
              />
            ) : null}
            <GuidelinesNotice check={check} />
          </Stack>
        </Paper>

        <Paper withBorder p="lg">
          <Stack>
            <Title order={4}>{t('posts.composer.networks')}</Title>
            {networks.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('posts.composer.noNetworks')}
              </Text>
            ) : (
              <Tabs value={activeTab} onChange={setTab} keepMounted={false}>
                <Tabs.List>
                  {check.networks.map((entry) => (
                    <Tabs.Tab
                      key={entry.network}
                      value={entry.network}
                      color={
                        entry.violations.length > 0 || problems.byNetwork[entry.network] ? 'red' : undefined
                      }
                    >
                      {t(`posts.networks.${entry.network}`)}
                      {entry.violations.length > 0 || problems.byNetwork[entry.network] ? ' ⚠' : ''}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
                {check.networks.map((entry) => (
                  <Tabs.Panel key={entry.network} value={entry.network} pt="md">
                    <VariantPanel
                      network={entry.network}
                      draft={draft}
                      check={entry}
                      serverErrors={problems.byNetwork[entry.network] ?? []}
                      account={accountFor(entry.network)}
                      media={media}
                      readOnly={readOnly}
                      onChange={setDraft}
                    />
                  </Tabs.Panel>
                ))}
              </Tabs>
            )}
          </Stack>
        </Paper>

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
          <Group justify="flex-end">
            {blocked ? (
              <Text size="sm" c="red.8">
                {t('posts.composer.fixFirst')}
              </Text>
            ) : null}
            <Button
              type="submit"
              loading={saving}
              disabled={blocked || draft.brandId === '' || draft.accountIds.length === 0}
            >
              {post ? t('posts.composer.saveChanges') : t('posts.composer.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
