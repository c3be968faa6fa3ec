import { Avatar, Box, Group, Paper, Stack, Text } from '@mantine/core';
import { linkPlacement, publishedText } from '@relais/network-rules';
import type { Network } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import type { VariantDraft } from './composer-draft';
import { LinkCardPreview } from './link-card-preview';
import { MediaGridPreview } from './media-grid-preview';
import { PreviewText } from './preview-text';
import { ThreadPreview } from './thread-preview';
import { ruleNetwork } from './live-check';
import type { LoadedMedia } from './use-media-facts';

const ACCENTS: Record<Network, string> = {
  X: 'dark',
  BLUESKY: 'blue',
  MASTODON: 'violet',
  LINKEDIN: 'indigo',
  FACEBOOK_PAGE: 'blue',
};

interface NetworkPreviewProps {
  brandId: string;
  network: Network;
  variant: VariantDraft;
  /** The account shown as the author. */
  handle: string;
  displayName: string;
  /** The files loaded so far, by id. */
  media: LoadedMedia;
  /** The brand asks for a description of every image. */
  requireAltText: boolean;
}

/**
 * Roughly how the network shows the post: the account, the text as the network receives it (the link
 * appended where it goes in the text) with links and hashtags marked and what does not fit struck out,
 * the files in the network's grid, the link card where the network makes one, and the first comment.
 */
export function NetworkPreview({
  brandId,
  network,
  variant,
  handle,
  displayName,
  media,
  requireAltText,
}: NetworkPreviewProps) {
  const { t } = useTranslation();
  const name = ruleNetwork(network);
  // Where the link goes depends only on whether there are files.
  const files = variant.mediaIds.map(() => ({ kind: 'image' as const, contentType: '', sizeBytes: 0 }));
  const input = { text: variant.text, linkUrl: variant.linkUrl, media: files };
  const text = publishedText(name, input);
  const link = variant.linkUrl.trim();
  const card = linkPlacement(name, input) === 'card';
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      aria-label={t('posts.composer.preview')}
      data-testid={`preview-${network}`}
    >
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap">
          <Avatar color={ACCENTS[network]} radius="xl">
            {displayName.slice(0, 1).toUpperCase()}
          </Avatar>
          <Box style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" truncate>
              {displayName}
            </Text>
            <Text c="dimmed" size="xs" truncate>
              {handle} · {t(`posts.networks.${network}`)}
            </Text>
          </Box>
        </Group>
        <PreviewText network={network} text={text} />
        <MediaGridPreview
          network={network}
          files={variant.mediaIds.flatMap((id) => media.get(id) ?? [])}
          requireAltText={requireAltText}
        />
        {card && link !== '' ? <LinkCardPreview brandId={brandId} url={link} /> : null}
        <ThreadPreview network={network} parts={variant.threadParts} />
        {variant.firstComment.trim() ? (
          <Paper p="xs" radius="sm" bg="gray.0">
            <Text size="xs" c="dimmed">
              {t('posts.composer.firstComment')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {variant.firstComment}
            </Text>
          </Paper>
        ) : null}
      </Stack>
    </Paper>
  );
}
