import { Anchor, Box, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewMediaView, ReviewVariantView } from './review-types';

function Media({ media }: { media: ReviewMediaView }) {
  const { t } = useTranslation();
  if (!media.url) {
    return (
      <Box bg="gray.1" p="md" style={{ borderRadius: 4 }}>
        <Text size="xs" c="dimmed">
          {t('review.mediaUnavailable')}
        </Text>
      </Box>
    );
  }
  if (media.kind.toUpperCase() === 'VIDEO') {
    return (
      <video
        src={media.url}
        controls
        preload="metadata"
        style={{ width: '100%', borderRadius: 4 }}
        aria-label={media.altText ?? t('review.video')}
      />
    );
  }
  return (
    <Image
      src={media.url}
      alt={media.altText ?? ''}
      radius="sm"
      fit="contain"
      mah={320}
      w="100%"
      h="auto"
      {...(media.width && media.height ? { style: { aspectRatio: `${media.width} / ${media.height}` } } : {})}
    />
  );
}

/** A post as it will appear on one network: text, link, media and first comment. */
export function ReviewVariant({
  variant,
  baseText,
}: {
  variant: ReviewVariantView;
  baseText: string | null;
}) {
  const { t } = useTranslation();
  const text = variant.text ?? baseText ?? '';
  return (
    <Stack gap="sm">
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text || (
          <Text span c="dimmed">
            {t('review.noText')}
          </Text>
        )}
      </Text>
      {variant.linkUrl ? (
        <Text size="sm">
          {t('review.link')}{' '}
          <Anchor
            href={variant.linkUrl}
            target="_blank"
            rel="noopener noreferrer"
            style={{ overflowWrap: 'anywhere' }}
          >
            {variant.linkUrl}
          </Anchor>
        </Text>
      ) : null}
      {variant.media.length > 0 ? (
        <SimpleGrid cols={{ base: 1, sm: variant.media.length > 1 ? 2 : 1 }} spacing="xs">
          {variant.media.map((media, index) => (
            <Media key={`${media.url ?? 'pending'}-${index}`} media={media} />
          ))}
        </SimpleGrid>
      ) : null}
      {variant.threadParts.map((part, index) => (
        // A part has no identity of its own: its place in the thread is what it is.
        <Box key={index} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
          <Text size="xs" c="dimmed" fw={600}>
            {t('review.threadPart', { number: index + 2 })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {part}
          </Text>
        </Box>
      ))}
      {variant.firstComment ? (
        <Box pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
          <Text size="xs" c="dimmed" fw={600}>
            {t('review.firstComment')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {variant.firstComment}
          </Text>
        </Box>
      ) : null}
    </Stack>
  );
}
