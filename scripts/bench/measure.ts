import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processTree } from './process-tree.ts';
import { sampleTreeRss, type TreeRssPeaks } from './process-tree-rss.ts';
import { parseTimeReport } from './time-report.ts';

/** GNU time (Debian package `time`), which reports a child's peak RSS from the kernel. */
export const TIME_BINARY = '/usr/bin/time';

/** Where a measurement's peak RSS came from. */
export type RssSource = 'time -v' | 'sampled /proc';

/** One command to run and time. */
export interface CommandSpec {
  command: string;
  args: readonly string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

/** Wall time and memory of one finished command, with what it printed. */
export interface Measurement {
  wallMs: number;
  /** Peak RSS of the largest single process: GNU time's "Maximum resident set size", or the sampled peak of any one process of the tree when higher, in bytes. */
  maxRssBytes: number;
  rssSource: RssSource;
  /** Peak of the summed RSS of the command's whole process tree, sampled from /proc, in bytes. */
  treeRssBytes: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Commands running now (pid → folder of their GNU time report), so an interrupted bench can stop them. */
const running = new Map<number, string>();

/**
 * Stops every command `measureCommand` is running, with its whole process
 * tree (GNU time would leave its child running if only it were killed), and
 * removes their report folders.
 */
export function stopRunningCommands(): void {
  for (const [root, reportDir] of running) {
    for (const pid of processTree(root).reverse()) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(reportDir, { recursive: true, force: true });
  }
}

/** Whether peak RSS comes from GNU time (true) or from sampling /proc (false). */
export const hasTimeBinary = (): boolean => existsSync(TIME_BINARY);

/**
 * Runs a command to completion and measures it: wall time from this
 * process's clock, peak RSS from `/usr/bin/time -v` when installed (else
 * from sampling /proc), and the process tree's summed RSS from sampling.
 */
export async function measureCommand(spec: CommandSpec): Promise<Measurement> {
  const useTime = hasTimeBinary();
  // Write out what earlier stages left in the page cache, so that this
  // stage's time does not include their disk writes.
  spawnSync('sync');
  const reportDir = mkdtempSync(join(tmpdir(), 'newsbrief-time-'));
  const reportFile = join(reportDir, 'time.txt');
  const [command, args] = useTime ? [TIME_BINARY, ['-v', '-o', reportFile, spec.command, ...spec.args]] : [spec.command, [...spec.args]];
  const started = performance.now();
  const child = spawn(command, args, { cwd: spec.cwd, env: spec.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = child.pid === undefined ? undefined : sampleTreeRss(child.pid);
  if (child.pid !== undefined) running.set(child.pid, reportDir);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  let exitCode: number;
  let peaks: TreeRssPeaks;
  try {
    exitCode = await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    });
  } finally {
    peaks = sampler?.stop() ?? { treeBytes: 0, processBytes: 0, samples: 0 };
    if (child.pid !== undefined) running.delete(child.pid);
  }
  const wallMs = performance.now() - started;
  const report = useTime && existsSync(reportFile) ? parseTimeReport(readFileSync(reportFile, 'utf8')) : undefined;
  rmSync(reportDir, { recursive: true, force: true });
  return {
    wallMs,
    // GNU time misses a grandchild its parent did not wait for (Pagefind's
    // binary, ended by the build): the sampled peak of any one process covers it.
    maxRssBytes: Math.max(report?.maxRssBytes ?? 0, peaks.processBytes),
    rssSource: report ? 'time -v' : 'sampled /proc',
    treeRssBytes: Math.max(peaks.treeBytes, report?.maxRssBytes ?? 0),
    exitCode,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
  };
}
