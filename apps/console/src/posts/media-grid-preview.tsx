import { Badge, Box, Center, Text } from '@mantine/core';
import type { MediaFieldsFragment, Network } from '@relais/web-graphql';
import { useTranslation } from 'react-i18next';
import { PlayIcon } from '../media/media-thumb';

/** One box of the grid, on CSS grid lines counted from 1. */
export interface GridCell {
  column: number;
  row: number;
  columnSpan: number;
  rowSpan: number;
}

/** How a network lays out a post's files under its text. */
export interface GridLayout {
  columns: number;
  rows: number;
  /**
   * The whole box's width over its height; `own`: the single file's own proportions, kept within
   * `ownBounds` (the tallest and the widest the network shows uncropped).
   */
  ratio: number | 'own';
  ownBounds: readonly [number, number];
  /** One per file shown, in the files' order. */
  cells: GridCell[];
  /** Files beyond the cells shown, counted on the last one ("+2"). */
  hidden: number;
}

const cell = (column: number, row: number, columnSpan = 1, rowSpan = 1): GridCell => ({
  column,
  row,
  columnSpan,
  rowSpan,
});

type Grid = Pick<GridLayout, 'columns' | 'rows' | 'cells'>;
type UpToFour = 1 | 2 | 3 | 4;

/** How many of `count` files a network showing at most four draws (at least one). */
function upToFour(count: number): UpToFour {
  return count >= 4 ? 4 : count === 3 ? 3 : count === 2 ? 2 : 1;
}

/** 1 alone, 2 side by side, 3 one tall on the left and two stacked, 4 two by two. */
const SQUARE_GRIDS: Record<UpToFour, Grid> = {
  1: { columns: 1, rows: 1, cells: [cell(1, 1)] },
  2: { columns: 2, rows: 1, cells: [cell(1, 1), cell(2, 1)] },
  3: { columns: 2, rows: 2, cells: [cell(1, 1, 1, 2), cell(2, 1), cell(2, 2)] },
  4: { columns: 2, rows: 2, cells: [cell(1, 1), cell(2, 1), cell(1, 2), cell(2, 2)] },
};

/** 1 alone, 2 side by side, 3 one large above two, 4 one large above three. */
const COLLAGES: Record<UpToFour, Grid> = {
  1: SQUARE_GRIDS[1],
  2: SQUARE_GRIDS[2],
  3: { columns: 2, rows: 3, cells: [cell(1, 1, 2, 2), cell(1, 3), cell(2, 3)] },
  4: { columns: 3, rows: 3, cells: [cell(1, 1, 3, 2), cell(1, 3), cell(2, 3), cell(3, 3)] },
};

/** Facebook's five: two above three, the last counting the rest. */
const FACEBOOK_FIVE: Grid = {
  columns: 6,
  rows: 2,
  cells: [cell(1, 1, 3), cell(4, 1, 3), cell(1, 2, 2), cell(3, 2, 2), cell(5, 2, 2)],
};

const NO_BOUNDS = [1, 1] as const;

/**
 * The grid a network draws for `count` files (past its limit, the last box counts the rest):
 * X and Mastodon crop everything into a 16:9 box (1 alone, 2 side by side, 3 one tall and two,
 * 4 two by two); Bluesky shows a single file at its own proportions and 2 to 4 in a grid; Facebook
 * shows one in full, 2 side by side, 3 or 4 as one large above the others, 5 and more as two above
 * three; LinkedIn shows one in full, then a collage of one large above up to three.
 */
export function gridLayout(network: Network, count: number): GridLayout {
  if (count <= 0) return { columns: 1, rows: 1, ratio: 1, ownBounds: NO_BOUNDS, cells: [], hidden: 0 };
  switch (network) {
    case 'X':
    case 'MASTODON': {
      const shown = upToFour(count);
      return { ...SQUARE_GRIDS[shown], ratio: 16 / 9, ownBounds: NO_BOUNDS, hidden: count - shown };
    }
    case 'BLUESKY': {
      const shown = upToFour(count);
      const ratio = shown === 1 ? 'own' : shown === 2 ? 2 : 3 / 2;
      return { ...SQUARE_GRIDS[shown], ratio, ownBounds: [1 / 2, 3], hidden: count - shown };
    }
    case 'FACEBOOK_PAGE': {
      const shown = Math.min(count, 5);
      const grid = shown === 5 ? FACEBOOK_FIVE : COLLAGES[upToFour(shown)];
      const ratio = shown === 1 ? 'own' : shown === 2 ? 2 : 1;
      return { ...grid, ratio, ownBounds: [4 / 5, 1.91], hidden: count - shown };
    }
    case 'LINKEDIN': {
      const shown = upToFour(count);
      const ratio = shown === 1 ? 'own' : shown === 2 ? 2 : 1;
      return { ...COLLAGES[shown], ratio, ownBounds: [4 / 5, 1.91], hidden: count - shown };
    }
  }
}

/** The networks that mark a described picture with an "ALT" badge. */
const ALT_BADGE: Record<Network, boolean> = {
  X: true,
  MASTODON: true,
  BLUESKY: true,
  FACEBOOK_PAGE: false,
  LINKEDIN: false,
};

/** The box's width over its height: the layout's, or the single file's own within the network's bounds. */
function boxRatio(layout: GridLayout, first: MediaFieldsFragment | undefined): number {
  if (layout.ratio !== 'own') return layout.ratio;
  const [tallest, widest] = layout.ownBounds;
  const own = first?.width && first.height ? first.width / first.height : 16 / 9;
  return Math.min(widest, Math.max(tallest, own));
}

const FILL = { width: '100%', height: '100%', objectFit: 'cover', display: 'block' } as const;

interface MediaGridPreviewProps {
  network: Network;
  /** The version's files, loaded, in order. */
  files: readonly MediaFieldsFragment[];
  /** The brand asks for a description of every image: one without is marked. */
  requireAltText: boolean;
}

/**
 * The files as the network shows them under the post: cropped to fill the network's boxes, a video
 * by its first frame with a play mark, each picture's description on hover, the "ALT" badge where the
 * network shows one, and a warning on a picture without description when the brand requires them.
 */
export function MediaGridPreview({ network, files, requireAltText }: MediaGridPreviewProps) {
  const { t } = useTranslation();
  const layout = gridLayout(network, files.length);
  if (layout.cells.length === 0) return null;
  return (
    <Box
      data-testid={`media-grid-${network}`}
      data-columns={layout.columns}
      data-rows={layout.rows}
      style={{
        display: 'grid',
        gridTemplateColumns: `repeat(${layout.columns}, 1fr)`,
        gridTemplateRows: `repeat(${layout.rows}, 1fr)`,
        gap: 2,
        aspectRatio: String(boxRatio(layout, files[0])),
        borderRadius: 'var(--mantine-radius-md)',
        overflow: 'hidden',
        border: '1px solid var(--mantine-color-gray-3)',
      }}
    >
      {layout.cells.map((place, index) => {
        const file = files[index];
        if (!file) return null;
        const last = index === layout.cells.length - 1;
        const described = file.altText.trim() !== '';
        // Only still images are asked for a description (a video or GIF is not).
        const image = file.kind === 'IMAGE';
        return (
          <Box
            key={file.id}
            data-testid="media-grid-cell"
            style={{
              gridColumn: `${place.column} / span ${place.columnSpan}`,
              gridRow: `${place.row} / span ${place.rowSpan}`,
              position: 'relative',
              minWidth: 0,
              minHeight: 0,
              background:
                file.kind === 'VIDEO' ? 'var(--mantine-color-dark-6)' : 'var(--mantine-color-gray-2)',
            }}
          >
            {file.kind === 'VIDEO' ? (
              <>
                {file.url ? (
                  <video
                    src={`${file.url}#t=0.1`}
                    preload="metadata"
                    muted
                    playsInline
                    aria-label={file.altText || file.fileName}
                    style={FILL}
                  />
                ) : null}
                <Center style={{ position: 'absolute', inset: 0 }} data-testid="media-grid-play">
                  <PlayIcon size={40} />
                </Center>
              </>
            ) : file.thumbnailUrl || file.url ? (
              <img
                src={file.url ?? file.thumbnailUrl ?? undefined}
                alt={file.altText}
                title={described ? file.altText : undefined}
                style={FILL}
              />
            ) : null}
            {file.kind !== 'VIDEO' && described && ALT_BADGE[network] ? (
              <Badge
                size="xs"
                color="dark"
                radius="sm"
                title={file.altText}
                data-testid="media-grid-alt"
                style={{ position: 'absolute', left: 6, bottom: 6, opacity: 0.85 }}
              >
                {t('posts.grid.altBadge')}
              </Badge>
            ) : null}
            {image && !described && requireAltText ? (
              <Badge
                size="sm"
                color="red"
                radius="xl"
                role="img"
                aria-label={t('posts.grid.altMissing', { name: file.fileName })}
                title={t('posts.grid.altMissing', { name: file.fileName })}
                data-testid="media-grid-alt-missing"
                style={{ position: 'absolute', right: 6, top: 6 }}
              >
                !
              </Badge>
            ) : null}
            {last && layout.hidden > 0 ? (
              <Center style={{ position: 'absolute', inset: 0, background: 'rgba(0,0,0,0.45)' }}>
                <Text c="white" fw={700} size="xl" data-testid="media-grid-more">
                  +{layout.hidden}
                </Text>
              </Center>
            ) : null}
          </Box>
        );
      })}
    </Box>
  );
}
