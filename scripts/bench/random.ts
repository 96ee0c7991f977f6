/** A seeded source of pseudo-random choices, so a benchmark corpus is the same on every machine. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** Any item of a non-empty list, each equally likely. */
  pick<T>(items: readonly T[]): T;
  /**
   * An item of a non-empty list, earlier items likelier, as words and names
   * are in real text: item k has weight 1 / (k + 1 + flatten) (Zipf, exponent 1).
   * A larger `flatten` evens out the head of the list.
   */
  pickSkewed<T>(items: readonly T[], flatten?: number): T;
}

/** A `Random` from mulberry32, a small 32-bit generator that is fast and good enough for test data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const at = <T>(items: readonly T[], index: number): T => {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.min(index, items.length - 1)] as T;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => at(items, Math.floor(next() * items.length)),
    // Inverse CDF of the density 1/x over [1 + flatten, n + 1 + flatten).
    pickSkewed: (items, flatten = 0) => {
      const low = 1 + flatten;
      return at(items, Math.floor(low * Math.pow((items.length + low) / low, next()) - low));
    },
  };
}
