/**
 * The one cache pattern: a Map of answers that are pure (the same key
 * always gives the same value), bounded by forgetting everything once it
 * holds `limit` entries. Forgetting only costs time, never changes an
 * answer, so every cache in newsbrief is one of these.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();
  readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  set(key: K, value: V): void {
    if (!this.entries.has(key)) this.makeRoomFor(1);
    this.entries.set(key, value);
  }

  /** Empties the cache when `count` more entries would take it over its limit. */
  makeRoomFor(count: number): void {
    if (this.entries.size + count > this.limit) this.entries.clear();
  }
}

/**
 * `compute`, with each answer kept for the next call with the same value,
 * up to `limit` values: for work a build repeats on a small set of values
 * (the archive's days, its names' slugs).
 */
export function remembered<V>(compute: (value: string) => V, limit = 100_000): (value: string) => V {
  const known = new BoundedCache<string, V>(limit);
  return (value) => {
    let answer = known.get(value);
    if (answer === undefined) {
      answer = compute(value);
      known.set(value, answer);
    }
    return answer;
  };
}
