import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** What `npm run bench` was asked to do. */
export interface BenchOptions {
  /** Article counts to generate and measure, one case each (ignored with `input`). */
  counts: number[];
  /** Runs per case; the table shows the median and the range. */
  runs: number;
  /** An existing folder (or file) of article text to measure instead of generated articles. */
  input?: string;
  /** Where the JSON results go. */
  out: string;
  /** Seed of the article generator. */
  seed: number;
  /** Keep the temporary folders (inputs, copies, builds) for a look afterwards. */
  keep: boolean;
}

/** Usage text for `--help` and usage errors. */
export const BENCH_USAGE = `Usage: npm run bench -- [options]

Times ingest, astro build and Pagefind over N articles and compares them
with a bare Astro site building the same Markdown.

Options:
  --n <counts>      article counts to generate, comma-separated (default 1000), e.g. --n 1000,10000
  --runs <k>        runs per count; the table shows median and min–max (default 1)
  --input <folder>  measure this folder of .txt articles instead of generated ones (not with --n)
  --out <file>      JSON results (default bench-results/bench-<date>.json)
  --seed <number>   seed of the article generator (default 1)
  --keep            keep the temporary folders and print where they are
  --help            show this help`;

/** A command line the bench cannot run; the message says what to change. */
export class BenchUsageError extends Error {}

const wholeNumber = (flag: string, text: string, min: number): number => {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min) throw new BenchUsageError(`${flag} takes a whole number of ${min} or more, not "${text}"`);
  return value;
};

/**
 * Reads the bench's command line. Relative paths are taken from `cwd` (the
 * folder `npm run` was started in); the default results file goes under
 * `projectRoot`. Returns undefined for `--help`.
 */
export function parseBenchOptions(argv: readonly string[], cwd: string, projectRoot: string, today: Date): BenchOptions | undefined {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        n: { type: 'string' },
        runs: { type: 'string', default: '1' },
        input: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        keep: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new BenchUsageError((error as Error).message);
  }
  if (values.help) return undefined;
  if (values.n !== undefined && values.input !== undefined) throw new BenchUsageError('give --n (generated articles) or --input (a folder), not both');
  const counts = (values.n ?? '1000').split(',').map((count) => wholeNumber('--n', count, 1));
  const fromCwd = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  return {
    counts,
    runs: wholeNumber('--runs', values.runs, 1),
    input: values.input === undefined ? undefined : fromCwd(values.input),
    out: values.out === undefined ? join(projectRoot, 'bench-results', `bench-${today.toISOString().slice(0, 10)}.json`) : fromCwd(values.out),
    seed: wholeNumber('--seed', values.seed, 0),
    keep: values.keep,
  };
}
