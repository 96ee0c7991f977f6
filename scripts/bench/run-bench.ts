import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticles, type GeneratedCorpus } from './generate-articles.ts';
import { describeMachine, type MachineInfo } from './machine.ts';
import { stopRunningCommands } from './measure.ts';
import type { BenchOptions } from './options.ts';
import { runMetrics } from './run-metrics.ts';
import { runOnce, type RunResult } from './run-once.ts';
import { findToolchain } from './stages.ts';
import { summariseMetrics, type Summary } from './statistics.ts';
import { walkFiles } from './walk-files.ts';

/** The articles one case measured. */
export type BenchInput =
  | { kind: 'generated'; corpus: GeneratedCorpus }
  | { kind: 'folder'; path: string; files: number; bytes: number };

/** One article count (or one input folder), run `runs` times. */
export interface BenchCase {
  /** Input files. */
  n: number;
  input: BenchInput;
  runs: RunResult[];
  /** Each metric of `runMetrics` over the runs. */
  summary: Record<string, Summary>;
}

/** The whole bench, as written to the JSON file. */
export interface BenchResults {
  createdAt: string;
  machine: MachineInfo;
  options: BenchOptions;
  cases: BenchCase[];
  durationMs: number;
  /** Where the temporary folders are, with `--keep`. */
  workDir?: string;
}

/** Callbacks for progress lines and for results so far (written after every run). */
export interface BenchHooks {
  log(message: string): void;
  progress(results: BenchResults): void;
}

function describeFolder(path: string): BenchInput {
  const texts = statSync(path).isFile() ? [{ path, bytes: statSync(path).size }] : walkFiles(path).filter((file) => file.path.endsWith('.txt'));
  return { kind: 'folder', path, files: texts.length, bytes: texts.reduce((sum, file) => sum + file.bytes, 0) };
}

/** The input of each case: generated articles per count, or the one folder given. */
function* caseInputs(options: BenchOptions, workDir: string, log: (message: string) => void): Generator<{ path: string; input: BenchInput }> {
  if (options.input !== undefined) {
    yield { path: options.input, input: describeFolder(options.input) };
    return;
  }
  for (const count of options.counts) {
    const path = join(workDir, `input-${count}`);
    log(`generating ${count} articles (seed ${options.seed})…`);
    yield { path, input: { kind: 'generated', corpus: generateArticles(path, count, options.seed) } };
  }
}

/**
 * Runs the bench: for each article count (or the given input folder), makes
 * the input once, then does `runs` runs of every stage in fresh temporary
 * folders, and summarises them. The user's content and dist are never read
 * or written.
 */
export async function runBench(options: BenchOptions, projectRoot: string, hooks: BenchHooks): Promise<BenchResults> {
  const started = performance.now();
  const tools = findToolchain(projectRoot);
  const workDir = mkdtempSync(join(tmpdir(), 'newsbrief-bench-'));
  const results: BenchResults = { createdAt: new Date().toISOString(), machine: describeMachine(projectRoot), options, cases: [], durationMs: 0, workDir: options.keep ? workDir : undefined };
  const baselineSource = join(projectRoot, 'scripts', 'bench', 'baseline');
  const hugoSource = join(projectRoot, 'scripts', 'bench', 'hugo');
  // On Ctrl-C or a kill, stop the command being measured and leave no temporary folders behind.
  const interrupted = (signal: NodeJS.Signals) => {
    stopRunningCommands();
    // The stopped command may still be writing for a moment: retry.
    if (!options.keep) rmSync(workDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    // Folders are removed only at the end: on ext4, creating files soon after
    // deleting many is several times slower, which would skew later runs.
    for (const { path, input } of caseInputs(options, workDir, hooks.log)) {
      const n = input.kind === 'generated' ? input.corpus.files : input.files;
      const benchCase: BenchCase = { n, input, runs: [], summary: {} };
      results.cases.push(benchCase);
      for (let run = 1; run <= options.runs; run++) {
        const runDir = join(workDir, `n${n}-run${run}`);
        mkdirSync(runDir, { recursive: true });
        const log = (message: string) => hooks.log(`[n=${n} run ${run}/${options.runs}] ${message}`);
        benchCase.runs.push(await runOnce(tools, { input: path, workDir: runDir, baselineSource, hugoSource }, run, log));
        benchCase.summary = summariseMetrics(benchCase.runs.map(runMetrics));
        results.durationMs = performance.now() - started;
        hooks.progress(results);
      }
    }
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    if (!options.keep) rmSync(workDir, { recursive: true, force: true });
  }
  results.durationMs = performance.now() - started;
  return results;
}
