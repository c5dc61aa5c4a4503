/**
 * `items` behind a proxy that counts reads of its elements by index (`length` is free), so a
 * test can assert how much of a list the code walked — work, not wall-clock time.
 */
export function counted<T>(items: T[]): { list: T[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key !== 'length' && String(Number(key)) === key) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads: () => reads };
}
