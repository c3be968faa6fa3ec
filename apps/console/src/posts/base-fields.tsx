import { Group, Paper, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandOptionsQuery } from '../brands/brands.graphql';
import { MediaPicker } from '../media/media-picker';
import { emptyDraft, type ComposerDraft } from './composer-draft';
import { GuidelinesNotice } from './guidelines-notice';
import type { LiveCheck } from './live-check';
import { NetworkCounter } from './network-counter';
import { ThreadEditor, ThreadNotices } from './thread-editor';

interface BaseFieldsProps {
  draft: ComposerDraft;
  /** Whether the brand can still be chosen (a new post). */
  choosingBrand: boolean;
  check: LiveCheck;
  readOnly: boolean;
  errors: Record<string, string>;
  /** Shown after the brand: its load error, or the accounts to target. */
  accounts: ReactNode;
  onChange(draft: ComposerDraft): void;
}

function BrandField({ draft, errors, onChange }: Pick<BaseFieldsProps, 'draft' | 'errors' | 'onChange'>) {
  const { t } = useTranslation();
  const brands = useQuery(BrandOptionsQuery, { variables: { first: 100 } });
  return (
    <Select
      label={t('posts.composer.brand')}
      placeholder={t('posts.composer.chooseBrand')}
      data={(brands.data?.brands.edges ?? []).map((edge) => ({
        value: edge.node.id,
        label: edge.node.name,
      }))}
      value={draft.brandId || null}
      onChange={(value) =>
        onChange({ ...emptyDraft(value ?? ''), title: draft.title, baseText: draft.baseText })
      }
      searchable
      required
      error={errors['brandId']}
    />
  );
}

/** The save's errors of the base's thread parts (`threadParts.1`), by part index. */
function partErrors(errors: Record<string, string>): Record<number, string> {
  const byPart: Record<number, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const match = /^threadParts\.(\d+)$/.exec(field);
    if (match) byPart[Number(match[1])] = message;
  }
  return byPart;
}

/** What every network shares: brand, accounts, title, text with its counters, link, media, guidelines. */
export function BaseFields({
  draft,
  choosingBrand,
  check,
  readOnly,
  errors,
  accounts,
  onChange,
}: BaseFieldsProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <Stack>
        {choosingBrand ? <BrandField draft={draft} errors={errors} onChange={onChange} /> : null}
        {accounts}
        <TextInput
          label={t('posts.composer.title')}
          description={t('posts.composer.titleHint')}
          value={draft.title}
          onChange={(event) => onChange({ ...draft, title: event.currentTarget.value })}
          maxLength={200}
          readOnly={readOnly}
          error={errors['title']}
        />
        <Textarea
          label={t('posts.composer.baseText')}
          description={t('posts.composer.baseTextHint')}
          value={draft.baseText}
          onChange={(event) => onChange({ ...draft, baseText: event.currentTarget.value })}
          autosize
          minRows={5}
          readOnly={readOnly}
          error={errors['baseText']}
          data-testid="base-text"
        />
        {check.networks.length > 0 ? (
          <Group gap="xs" aria-live="polite" data-testid="counters">
            {check.networks.map((entry) => (
              <NetworkCounter key={entry.network} network={entry.network} count={entry.count} />
            ))}
          </Group>
        ) : null}
        {draft.threadParts.length > 0 ? (
          <Stack gap={0}>
            <Text size="sm" fw={500}>
              {t('posts.composer.thread')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('posts.composer.threadHint')}
            </Text>
          </Stack>
        ) : null}
        <ThreadEditor
          parts={draft.threadParts}
          // The networks that follow the base receive these parts; a customised one has its own.
          counts={check.networks.filter((entry) => !draft.variants[entry.network]?.customized)}
          testIdPrefix=""
          errors={partErrors(errors)}
          readOnly={readOnly}
          onChange={(threadParts) => onChange({ ...draft, threadParts })}
        />
        <ThreadNotices networks={check.networks} />
        <TextInput
          label={t('posts.composer.link')}
          placeholder={t('posts.composer.linkPlaceholder')}
          value={draft.linkUrl}
          onChange={(event) => onChange({ ...draft, linkUrl: event.currentTarget.value })}
          readOnly={readOnly}
          error={errors['linkUrl']}
        />
        {draft.brandId ? (
          <MediaPicker
            brandId={draft.brandId}
            label={t('posts.composer.media')}
            value={draft.mediaIds}
            onChange={(mediaIds) => onChange({ ...draft, mediaIds })}
            error={errors['mediaIds']}
            disabled={readOnly}
          />
        ) : null}
        <GuidelinesNotice check={check} />
      </Stack>
    </Paper>
  );
}
