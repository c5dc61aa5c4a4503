/** Tiles are at least this wide; fewer columns rather than cramped tiles. */
export const TILE_MIN = 196;
/** Gap between tiles (matches `.tiles { gap }` in styles.ts). */
export const TILE_GAP = 10;
/** Horizontal padding + border of a tile (matches `.tile` in styles.ts). */
export const TILE_CHROME = 2 * 12 + 2;
/** Most tile columns (the `--cols` of `.tiles`). */
export const MAX_COLUMNS = 6;
/** Below this width the index card sits above the tree and tree rows take two lines. */
export const WIDE = 760;

/** How many tile columns fit `width`: as many as possible, at most one per KPI and six. */
export function tileColumns(width: number, count: number): number {
  const fit = Math.floor((width + TILE_GAP) / (TILE_MIN + TILE_GAP));
  return Math.max(1, Math.min(fit, Math.max(1, count), MAX_COLUMNS));
}

/**
 * With 5 KPIs and room for 4, a 4 + 1 split leaves a lonely tile; 3 + 2 reads better.
 * Balances rows so no row has fewer than half the columns' tiles.
 */
export function balancedColumns(width: number, count: number): number {
  const cols = tileColumns(width, count);
  if (cols <= 1 || count <= cols) return cols;
  const rows = Math.ceil(count / cols);
  return Math.ceil(count / rows);
}

/** Width of a tile's content (the sparkline's width) for `columns` columns across `width`. */
export function sparkWidth(width: number, columns: number): number {
  return Math.max(60, Math.floor((width - TILE_GAP * (columns - 1)) / columns - TILE_CHROME));
}

/** Sparkline width beside the figures in a one-column (compact) tile. */
export const COMPACT_SPARK = 132;
/** Below this width a one-column tile stacks the sparkline under the figures. */
export const COMPACT_MIN = 320;
