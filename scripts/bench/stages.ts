import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { measureCommand, type Measurement } from './measure.ts';
import { readBuildSummary } from '../../src/lib/site/build-changes.ts';

/** What an `astro build` of our site said it did: pages rendered and reused, shards indexed, time spent on the index. */
export type BuildReport = NonNullable<ReturnType<typeof readBuildSummary>>;

/** The programs the bench runs, resolved once. */
export interface Toolchain {
  projectRoot: string;
  /** The Node that runs this script (Node 24 under `npm run`). */
  node: string;
  /** Astro's CLI script. */
  astro: string;
  /** Pagefind's CLI script (it starts the native binary). */
  pagefind: string;
  /** Hugo, when installed (`apt-get install hugo`): a second baseline. */
  hugo?: string;
}

/** Ingest counts, from the ingest's `--json` report. */
export interface IngestCounts {
  accepted: number;
  skipped: number;
  rejected: number;
}

/** A timed stage; `error` says why it failed, with the end of its output. */
export interface StageResult extends Omit<Measurement, 'stdout' | 'stderr'> {
  error?: string;
}

/** Finds Node, Astro's and Pagefind's CLI scripts for a project, and Hugo when it is installed. */
export function findToolchain(projectRoot: string): Toolchain {
  const bin = (name: string) => realpathSync(join(projectRoot, 'node_modules', '.bin', name));
  return { projectRoot, node: process.execPath, astro: bin('astro'), pagefind: bin('pagefind'), hugo: findOnPath('hugo') };
}

/** The full path of a program on PATH, or undefined. */
function findOnPath(name: string): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const path = join(folder, name);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here
    }
  }
  return undefined;
}

function stageResult({ stdout, stderr, ...measurement }: Measurement, label: string, ok: boolean): StageResult {
  if (ok) return measurement;
  const tail = `${stderr}\n${stdout}`.trim().split('\n').slice(-15).join('\n');
  return { ...measurement, error: `${label} exited with ${measurement.exitCode}:\n${tail}` };
}

const quietEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra });

/**
 * `npm run ingest -- --json --out <outDir> <input>`, run as the script
 * itself (`node scripts/ingest.ts`) so npm's own start-up is not counted.
 * Exit 1 (some files rejected) still counts as a run; the counts say how many.
 */
export async function runIngest(tools: Toolchain, input: string, outDir: string): Promise<StageResult & { counts?: IngestCounts }> {
  const measured = await measureCommand({
    command: tools.node,
    args: [join(tools.projectRoot, 'scripts', 'ingest.ts'), '--json', '--out', outDir, input],
    cwd: tools.projectRoot,
    env: quietEnv(),
  });
  let counts: IngestCounts | undefined;
  try {
    counts = (JSON.parse(measured.stdout) as { counts: IngestCounts }).counts;
  } catch {
    counts = undefined;
  }
  return { ...stageResult(measured, 'ingest', counts !== undefined && measured.exitCode <= 1), counts };
}

/**
 * `astro build --root <root> --outDir <outDir>` with `env` added. What the
 * build said it did, when it is our site's build, is returned as `report`.
 */
export async function runAstroBuild(tools: Toolchain, root: string, outDir: string, env: NodeJS.ProcessEnv): Promise<StageResult & { report?: BuildReport }> {
  const measured = await measureCommand({
    command: tools.node,
    args: [tools.astro, 'build', '--root', root, '--outDir', outDir],
    cwd: root,
    env: quietEnv(env),
  });
  return { ...stageResult(measured, 'astro build', measured.exitCode === 0), report: readBuildSummary(`${measured.stdout}\n${measured.stderr}`) };
}

/** `pagefind --site <site> --output-path <outputPath>`: the index alone, written beside the site rather than into it. */
export async function runPagefind(tools: Toolchain, site: string, outputPath: string): Promise<StageResult> {
  const measured = await measureCommand({
    command: tools.node,
    args: [tools.pagefind, '--site', site, '--output-path', outputPath],
    cwd: tools.projectRoot,
    env: quietEnv(),
  });
  return stageResult(measured, 'pagefind', measured.exitCode === 0);
}

/** `hugo --source <root> --contentDir <content> --destination <outDir>`: the bare Hugo site. */
export async function runHugo(hugo: string, root: string, content: string, outDir: string): Promise<StageResult> {
  const measured = await measureCommand({
    command: hugo,
    args: ['--source', root, '--contentDir', content, '--destination', outDir, '--quiet'],
    cwd: root,
    env: process.env,
  });
  return stageResult(measured, 'hugo', measured.exitCode === 0);
}
