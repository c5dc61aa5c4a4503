/**
 * A set of grid positions (`row * columns + column`): a bitmap for ordinary grids, a Set for
 * huge sparse ones. Used to find repeated row/column pairs among 50,000 cells without
 * building a string key per cell.
 */
export function positionSet(size: number): { add(position: number): boolean } {
  if (size <= 16_000_000) {
    const bits = new Uint8Array(size);
    return {
      add(position) {
        if (bits[position]) return false;
        bits[position] = 1;
        return true;
      },
    };
  }
  const set = new Set<number>();
  return {
    add(position) {
      if (set.has(position)) return false;
      set.add(position);
      return true;
    },
  };
}
