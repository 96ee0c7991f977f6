/** Median and range of one metric over the runs that measured it. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  /** How many runs measured it. */
  count: number;
}

/** Median (mean of the middle two for an even count), minimum and maximum; undefined for no values. */
export function summarise(values: readonly number[]): Summary | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, count: sorted.length };
}

/** Summarises each metric over a list of runs' metric maps. */
export function summariseMetrics(runs: readonly Record<string, number>[]): Record<string, Summary> {
  const names = [...new Set(runs.flatMap((metrics) => Object.keys(metrics)))];
  const summary: Record<string, Summary> = {};
  for (const name of names) {
    const result = summarise(runs.flatMap((metrics) => (metrics[name] === undefined ? [] : [metrics[name]])));
    if (result) summary[name] = result;
  }
  return summary;
}
