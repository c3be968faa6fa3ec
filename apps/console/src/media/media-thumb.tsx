import { Badge, Box, Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MediaFieldsFragment } from '@relais/web-graphql';
import { formatDuration } from './media-format';

export type ThumbMedia = Pick<
  MediaFieldsFragment,
  'kind' | 'status' | 'thumbnailUrl' | 'url' | 'altText' | 'fileName' | 'durationMs'
>;

/** The round play mark over a video's first frame. */
export function PlayIcon({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="11" fill="rgba(0,0,0,0.55)" />
      <path d="M10 8l6 4-6 4z" fill="white" />
    </svg>
  );
}

/**
 * A square picture of a library file: the image itself (cropped to fill), a video's first frame with
 * its length, or a loader while the file is being checked.
 */
export function MediaThumb({ media, size = 120 }: { media: ThumbMedia; size?: number | string }) {
  const { t } = useTranslation();
  const label = media.altText || media.fileName;
  // A number is a fixed square; a length such as "100%" fills the width and stays square.
  const frame = {
    width: size,
    height: typeof size === 'number' ? size : 'auto',
    aspectRatio: '1 / 1',
    borderRadius: 'var(--mantine-radius-sm)',
    overflow: 'hidden',
    position: 'relative' as const,
    background: 'var(--mantine-color-gray-2)',
    flexShrink: 0,
  };
  if (media.status === 'PENDING') {
    return (
      <Center style={frame} role="img" aria-label={t('media.thumb.pending')}>
        <Loader size="sm" />
      </Center>
    );
  }
  if (media.kind === 'VIDEO') {
    return (
      <Box style={{ ...frame, background: 'var(--mantine-color-dark-6)' }} role="img" aria-label={label}>
        {media.url ? (
          <video
            src={`${media.url}#t=0.1`}
            preload="metadata"
            muted
            playsInline
            style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }}
          />
        ) : null}
        <Center style={{ position: 'absolute', inset: 0 }}>
          <PlayIcon size={32} />
        </Center>
        {media.durationMs !== null ? (
          <Badge size="xs" color="dark" style={{ position: 'absolute', right: 4, bottom: 4 }}>
            {formatDuration(media.durationMs)}
          </Badge>
        ) : (
          <Text size="xs" c="white" style={{ position: 'absolute', left: 6, bottom: 4 }}>
            {t('media.thumb.video')}
          </Text>
        )}
      </Box>
    );
  }
  return (
    <Box style={frame}>
      {media.thumbnailUrl ? (
        <img
          src={media.thumbnailUrl}
          alt={label}
          loading="lazy"
          style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }}
        />
      ) : null}
      {media.kind === 'GIF' ? (
        <Badge size="xs" color="dark" style={{ position: 'absolute', left: 4, bottom: 4 }}>
          GIF
        </Badge>
      ) : null}
    </Box>
  );
}
