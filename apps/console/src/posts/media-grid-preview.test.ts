import { describe, expect, it } from 'vitest';
import { gridLayout, type GridCell } from './media-grid-preview';

/** The cells as "column,row spanColumns×spanRows", to read a layout at a glance. */
const places = (cells: GridCell[]) =>
  cells.map((cell) => `${cell.column},${cell.row} ${cell.columnSpan}x${cell.rowSpan}`);

describe('gridLayout', () => {
  it('crops X and Mastodon into a 16:9 box: 1 alone, 2 side by side, 3 one tall and two, 4 two by two', () => {
    for (const network of ['X', 'MASTODON'] as const) {
      expect(gridLayout(network, 1)).toMatchObject({ columns: 1, rows: 1, ratio: 16 / 9, hidden: 0 });
      expect(places(gridLayout(network, 2).cells)).toEqual(['1,1 1x1', '2,1 1x1']);
      const three = gridLayout(network, 3);
      expect(three).toMatchObject({ columns: 2, rows: 2, ratio: 16 / 9 });
      expect(places(three.cells)).toEqual(['1,1 1x2', '2,1 1x1', '2,2 1x1']);
      expect(places(gridLayout(network, 4).cells)).toEqual(['1,1 1x1', '2,1 1x1', '1,2 1x1', '2,2 1x1']);
    }
  });

  it('shows a single Bluesky file at its own proportions and more in a grid', () => {
    expect(gridLayout('BLUESKY', 1)).toMatchObject({ ratio: 'own', cells: [{ column: 1, row: 1 }] });
    expect(gridLayout('BLUESKY', 2)).toMatchObject({ columns: 2, rows: 1, ratio: 2 });
    expect(gridLayout('BLUESKY', 4)).toMatchObject({ columns: 2, rows: 2, ratio: 3 / 2 });
  });

  it('lays Facebook out as one in full, two side by side, then one large above the others', () => {
    expect(gridLayout('FACEBOOK_PAGE', 1).ratio).toBe('own');
    expect(gridLayout('FACEBOOK_PAGE', 2)).toMatchObject({ columns: 2, rows: 1, ratio: 2 });
    expect(places(gridLayout('FACEBOOK_PAGE', 3).cells)).toEqual(['1,1 2x2', '1,3 1x1', '2,3 1x1']);
    expect(places(gridLayout('FACEBOOK_PAGE', 4).cells)).toEqual([
      '1,1 3x2',
      '1,3 1x1',
      '2,3 1x1',
      '3,3 1x1',
    ]);
    const seven = gridLayout('FACEBOOK_PAGE', 7);
    expect(places(seven.cells)).toEqual(['1,1 3x1', '4,1 3x1', '1,2 2x1', '3,2 2x1', '5,2 2x1']);
    expect(seven.hidden).toBe(2);
  });

  it('shows LinkedIn files as one in full, then a collage of one large above up to three', () => {
    expect(gridLayout('LINKEDIN', 1).ratio).toBe('own');
    expect(places(gridLayout('LINKEDIN', 3).cells)).toEqual(['1,1 2x2', '1,3 1x1', '2,3 1x1']);
    const nine = gridLayout('LINKEDIN', 9);
    expect(nine.cells).toHaveLength(4);
    expect(nine.hidden).toBe(5);
  });

  it('counts the files past the network limit on the last box', () => {
    expect(gridLayout('X', 6)).toMatchObject({ hidden: 2 });
    expect(gridLayout('X', 6).cells).toHaveLength(4);
    expect(gridLayout('MASTODON', 4).hidden).toBe(0);
  });

  it('draws nothing without files', () => {
    expect(gridLayout('BLUESKY', 0).cells).toEqual([]);
  });

  it('keeps every cell inside its grid', () => {
    for (const network of ['X', 'MASTODON', 'BLUESKY', 'FACEBOOK_PAGE', 'LINKEDIN'] as const) {
      for (let count = 1; count <= 6; count += 1) {
        const layout = gridLayout(network, count);
        for (const cell of layout.cells) {
          expect(cell.column + cell.columnSpan - 1).toBeLessThanOrEqual(layout.columns);
          expect(cell.row + cell.rowSpan - 1).toBeLessThanOrEqual(layout.rows);
        }
      }
    }
  });
});
