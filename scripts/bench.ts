// npm run bench -- [--n 1000,10000] [--runs 3] [--input <folder>] [--out <file>]
// Reads arguments, runs the bench, prints the table and writes the JSON.
// The work is in scripts/bench/.
import { fileURLToPath } from 'node:url';
import { formatDuration, formatResults } from './bench/format-table.ts';
import { hasTimeBinary, TIME_BINARY } from './bench/measure.ts';
import { BENCH_USAGE, BenchUsageError, parseBenchOptions, type BenchOptions } from './bench/options.ts';
import { writeResults } from './bench/results-file.ts';
import { runBench } from './bench/run-bench.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

let options: BenchOptions | undefined;
try {
  options = parseBenchOptions(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd(), projectRoot, new Date());
} catch (error) {
  if (!(error instanceof BenchUsageError)) throw error;
  process.stderr.write(`bench: ${error.message}\n\n${BENCH_USAGE}\n`);
  process.exit(2);
}
if (options === undefined) {
  process.stdout.write(`${BENCH_USAGE}\n`);
  process.exit(0);
}
if (!hasTimeBinary()) {
  process.stderr.write(`bench: ${TIME_BINARY} is missing (Debian package "time"); peak RSS is sampled from /proc instead and may miss short peaks\n`);
}

const out = options.out;
const results = await runBench(options, projectRoot, {
  log: (message) => process.stderr.write(`${message}\n`),
  progress: (partial) => writeResults(out, partial),
});
writeResults(out, results);
process.stdout.write(`${formatResults(results)}\n\nbench took ${formatDuration(results.durationMs)} · results: ${out}\n`);
if (results.workDir !== undefined) process.stdout.write(`temporary folders kept in ${results.workDir}\n`);
process.exitCode = results.cases.some((benchCase) => benchCase.runs.some((run) => run.errors.length > 0)) ? 1 : 0;
