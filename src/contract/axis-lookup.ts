/**
 * Index of an id among a heatmap axis's items (the first item with it, as a Map from ids
 * would give), for lookups that mostly come in order: cells are usually listed row by row,
 * so a cell's row is the previous cell's row and its column the one after the previous
 * column. Those two guesses are checked by comparing ids before hashing into the Map, which
 * for 50,000 freshly parsed id strings is the costlier step.
 */
export function axisLookup(items: readonly { id: string }[]): (id: string) => number | undefined {
  const count = items.length;
  const first = new Map<string, number>();
  const firstOf = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const id = items[i]!.id;
    let at = first.get(id);
    if (at === undefined) first.set(id, (at = i));
    firstOf[i] = at;
  }
  let last = -1;
  return (id) => {
    if (last >= 0 && items[last]!.id === id) return firstOf[last];
    const next = last + 1 < count ? last + 1 : 0;
    if (next < count && items[next]!.id === id) {
      last = next;
      return firstOf[next];
    }
    const at = first.get(id);
    if (at !== undefined) last = at;
    return at;
  };
}
