/**
 * `compute`, with each answer kept for the next call with the same value.
 * For work a build repeats on a small set of values (the archive's days,
 * its names' slugs): unbounded, so only for values there are few of.
 */
export function remembered(compute: (value: string) => string): (value: string) => string {
  const known = new Map<string, string>();
  return (value) => {
    let answer = known.get(value);
    if (answer === undefined) {
      answer = compute(value);
      known.set(value, answer);
    }
    return answer;
  };
}
