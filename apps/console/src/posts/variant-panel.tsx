import { Badge, Button, Group, List, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { Network } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { MediaPicker } from '../media/media-picker';
import { customise, effectiveVariant, followBase, updateVariant, type ComposerDraft } from './composer-draft';
import type { NetworkCheck } from './live-check';
import { MediaAltTexts } from './media-alt-texts';
import { NetworkCounter } from './network-counter';
import { NetworkPreview } from './network-preview';
import { ThreadEditor } from './thread-editor';
import { violationMessage } from './rule-message';
import type { LoadedMedia } from './use-media-facts';

interface VariantPanelProps {
  network: Network;
  draft: ComposerDraft;
  check: NetworkCheck;
  /** What the service refused for this network at the last save, in the reader's language. */
  serverErrors: string[];
  account: { handle: string; displayName: string };
  media: LoadedMedia;
  /** The brand asks for a description of every image. */
  requireAltText: boolean;
  readOnly: boolean;
  onChange(draft: ComposerDraft): void;
  /** An image's alt text was edited. */
  onMediaEdited(): void;
}

/** One network's version: follows the text or customised, its first comment, live errors and preview. */
export function VariantPanel({
  network,
  draft,
  check,
  serverErrors,
  account,
  media,
  requireAltText,
  readOnly,
  onChange,
  onMediaEdited,
}: VariantPanelProps) {
  const { t } = useTranslation();
  const name = t(`posts.networks.${network}`);
  const variant = effectiveVariant(draft, network);
  const live = check.violations.map((violation) => violationMessage(violation, t));
  const problems = [...new Set([...live, ...serverErrors])];
  return (
    <Stack gap="md" data-testid={`variant-${network}`}>
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Badge variant="light" color={variant.customized ? 'grape' : 'gray'}>
            {variant.customized ? t('posts.composer.customised') : t('posts.composer.followsBase')}
          </Badge>
          <NetworkCounter network={network} count={check.count} />
        </Group>
        {readOnly ? null : variant.customized ? (
          <Button variant="subtle" size="xs" onClick={() => onChange(followBase(draft, network))}>
            {t('posts.composer.follow')}
          </Button>
        ) : (
          <Button variant="light" size="xs" onClick={() => onChange(customise(draft, network))}>
            {t('posts.composer.customise', { network: name })}
          </Button>
        )}
      </Group>
      {variant.customized ? (
        <>
          <Textarea
            label={t('posts.composer.networkText', { network: name })}
            value={variant.text}
            onChange={(event) => onChange(updateVariant(draft, network, { text: event.currentTarget.value }))}
            autosize
            minRows={4}
            readOnly={readOnly}
          />
          <TextInput
            label={t('posts.composer.networkLink', { network: name })}
            placeholder={t('posts.composer.linkPlaceholder')}
            value={variant.linkUrl}
            onChange={(event) =>
              onChange(updateVariant(draft, network, { linkUrl: event.currentTarget.value }))
            }
            readOnly={readOnly}
          />
          <MediaPicker
            brandId={draft.brandId}
            label={t('posts.composer.networkMedia', { network: name })}
            value={variant.mediaIds}
            onChange={(mediaIds) => onChange(updateVariant(draft, network, { mediaIds }))}
            disabled={readOnly}
          />
          {variant.threadParts.length > 0 || !readOnly ? (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('posts.composer.networkThread', { network: name })}
              </Text>
              <ThreadEditor
                parts={variant.threadParts}
                counts={[check]}
                testIdPrefix={`variant-${network}-`}
                readOnly={readOnly}
                onChange={(threadParts) => onChange(updateVariant(draft, network, { threadParts }))}
              />
            </Stack>
          ) : null}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('posts.composer.followHint', { network: name })}
        </Text>
      )}
      {check.support.firstComment ? (
        <Textarea
          label={t('posts.composer.firstComment')}
          description={t('posts.composer.firstCommentHint', { network: name })}
          value={variant.firstComment}
          onChange={(event) =>
            onChange(updateVariant(draft, network, { firstComment: event.currentTarget.value }))
          }
          autosize
          minRows={2}
          readOnly={readOnly}
          error={check.firstComment && check.firstComment.remaining < 0 ? true : undefined}
        />
      ) : null}
      {problems.length > 0 ? (
        <List size="sm" c="red.8" spacing={4} role="alert" aria-label={name}>
          {problems.map((problem) => (
            <List.Item key={problem}>{problem}</List.Item>
          ))}
        </List>
      ) : null}
      <NetworkPreview
        brandId={draft.brandId}
        network={network}
        variant={variant}
        handle={account.handle}
        displayName={account.displayName}
        media={media}
        requireAltText={requireAltText}
      />
      <MediaAltTexts
        network={network}
        mediaIds={variant.mediaIds}
        media={media}
        requireAltText={requireAltText}
        readOnly={readOnly}
        onEdited={onMediaEdited}
      />
    </Stack>
  );
}
