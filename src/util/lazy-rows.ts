/**
 * Rows of an analysis that live in typed arrays and become public objects only when asked for.
 * A chart of 20,000 points otherwise keeps 20,000 objects alive from its first render, and the
 * garbage collector copies each of them twice while the page draws.
 *
 * `at(i)` and `list()` hand out one object per row, whichever comes first, so a point from an
 * `hcx-select` event is the very object the public list holds.
 */
export abstract class LazyRows<T> {
  private made: T[] | null = null;
  private readonly early = new Map<number, T>();

  abstract get count(): number;

  /** Makes the public object of row `i` (called once per row). */
  protected abstract make(i: number): T;

  /** The public object of row `i`; `undefined` outside the rows. */
  at(i: number): T | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    if (this.made) return this.made[i];
    let row = this.early.get(i);
    if (row === undefined) {
      row = this.make(i);
      this.early.set(i, row);
    }
    return row;
  }

  /** Every row's public object, in order. */
  list(): T[] {
    if (this.made) return this.made;
    const list: T[] = new Array(this.count);
    for (let i = 0; i < list.length; i++) list[i] = this.early.get(i) ?? this.make(i);
    this.early.clear();
    return (this.made = list);
  }
}

/**
 * Makes `target[key]` on first read: the property keeps its place among the keys (JSON, deep
 * equality) and becomes a plain data property once made. A page that froze `target` keeps the
 * getter (`Reflect.defineProperty` refuses without throwing), so `make` must return the same value
 * on every call.
 */
export function lazyProperty<T extends object, K extends keyof T & string>(target: T, key: K, make: () => T[K]): void {
  const settle = (value: T[K]) => Reflect.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      const value = make();
      settle(value);
      return value;
    },
    set: settle,
  });
}
