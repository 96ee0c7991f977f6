import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { articlePageWeight, type PageWeight } from './page-weight.ts';
import { copySite } from './site-copy.ts';
import { siteStats, type SiteStats } from './site-stats.ts';
import { runAstroBuild, runHugo, runIngest, runPagefind, type BuildReport, type IngestCounts, type StageResult, type Toolchain } from './stages.ts';

// The article the publishing stages add, then correct (headline and body).
const PUBLISHED = 'Harbour ferry returns after winter repairs\n\nThe harbour ferry will sail again from Monday after three months of repairs to its hull, the operator said.\n\nThe crossing carries about 900 passengers a day in summer.\n';
const CORRECTED = 'Harbour ferry returns after hull and engine repairs\n\nThe harbour ferry will sail again from Tuesday after three months of repairs to its hull and engines, the operator said.\n\nThe crossing carries about 1,200 passengers a day in summer.\n';

/** The stages of one run, in the order they run. */
export const STAGES = ['ingest', 'reingest', 'siteBuild', 'publishIngest', 'publishBuild', 'correctIngest', 'correctBuild', 'sampleBuild', 'baselineBuild', 'baselinePagefind', 'hugoBuild', 'hugoPagefind'] as const;

/** A stage's name. */
export type StageName = (typeof STAGES)[number];

/** Everything one run measured. Stages that could not run (an earlier one failed) are absent. */
export interface RunResult {
  run: number;
  stages: Partial<Record<StageName, StageResult>>;
  /** What our site's builds said they did: the clean build, and the builds after publishing one article and after correcting it. */
  siteBuildReport?: BuildReport;
  publishReport?: BuildReport;
  correctReport?: BuildReport;
  ingestCounts?: IngestCounts;
  reingestCounts?: IngestCounts;
  site?: SiteStats;
  sitePage?: PageWeight;
  baseline?: SiteStats;
  baselinePage?: PageWeight;
  /** The bare Hugo site, when Hugo is installed. */
  hugo?: SiteStats;
  /** One-minute load average of the machine when the run started and ended: other work skews the times. */
  load: { start: number; end: number };
  /** One message per failed stage. */
  errors: string[];
}

/** Where one run reads and writes. */
export interface RunPlaces {
  /** Input `.txt` file or folder. */
  input: string;
  /** An empty folder for this run's copies and output. */
  workDir: string;
  /** The bare Astro site to compare with (scripts/bench/baseline). */
  baselineSource: string;
  /** The bare Hugo site to compare with (scripts/bench/hugo), used when Hugo is installed. */
  hugoSource: string;
}

/**
 * One run of every stage over one input: ingest into a fresh copy of our
 * site, ingest again unchanged, build it (pages + Pagefind, which runs inside
 * the build); publish one new article (ingest it, build again, reusing the
 * previous build) and correct it (the same); build the bundled sample site
 * in a copy of its own, the floor of any build on the machine; then build
 * the same Markdown with the bare Astro baseline and index that with the
 * Pagefind CLI, and, when Hugo is installed, the same with a bare Hugo site.
 * Every build but the publishing ones starts with cold caches.
 */
export async function runOnce(tools: Toolchain, places: RunPlaces, run: number, log: (message: string) => void): Promise<RunResult> {
  const result: RunResult = { run, stages: {}, load: { start: loadavg()[0] ?? 0, end: 0 }, errors: [] };
  const stage = async <T extends StageResult>(name: StageName, work: () => Promise<T>): Promise<T> => {
    log(`${name}…`);
    const outcome = await work();
    result.stages[name] = outcome;
    if (outcome.error !== undefined) result.errors.push(`${name}: ${outcome.error}`);
    log(`${name} ${(outcome.wallMs / 1000).toFixed(2)} s${outcome.error === undefined ? '' : ' FAILED'}`);
    return outcome;
  };

  const finish = () => {
    result.load.end = loadavg()[0] ?? 0;
    return result;
  };
  const siteRoot = join(places.workDir, 'site');
  const content = copySite(tools.projectRoot, siteRoot, join(tools.projectRoot, 'node_modules'));
  const ingest = await stage('ingest', () => runIngest(tools, places.input, content));
  result.ingestCounts = ingest.counts;
  if (ingest.error !== undefined) return finish();
  result.reingestCounts = (await stage('reingest', () => runIngest(tools, places.input, content))).counts;

  // The copy's content/articles is the collection's default folder, and
  // NEWSBRIEF_CONTENT_DIR (read by src/site.config.ts) names it too.
  const siteDist = join(siteRoot, 'dist');
  const build = await stage('siteBuild', () => runAstroBuild(tools, siteRoot, siteDist, { NEWSBRIEF_CONTENT_DIR: content }));
  result.siteBuildReport = build.report;
  if (build.error === undefined) {
    result.site = siteStats(siteDist);
    result.sitePage = articlePageWeight(siteDist);
  }

  if (build.error === undefined) {
    // A story of our own, undated like the generator's plain ones: the ingest dates it today.
    const desk = join(places.workDir, 'publish', 'desk');
    mkdirSync(desk, { recursive: true });
    const story = join(desk, 'harbour-ferry.txt');
    const builds = { NEWSBRIEF_CONTENT_DIR: content };
    writeFileSync(story, PUBLISHED);
    const published = await stage('publishIngest', () => runIngest(tools, join(places.workDir, 'publish'), content));
    if (published.error === undefined) result.publishReport = (await stage('publishBuild', () => runAstroBuild(tools, siteRoot, siteDist, builds))).report;
    writeFileSync(story, CORRECTED);
    const corrected = await stage('correctIngest', () => runIngest(tools, join(places.workDir, 'publish'), content));
    if (corrected.error === undefined) result.correctReport = (await stage('correctBuild', () => runAstroBuild(tools, siteRoot, siteDist, builds))).report;
  }

  const sampleRoot = join(places.workDir, 'sample');
  const sampleContent = copySite(tools.projectRoot, sampleRoot, join(tools.projectRoot, 'node_modules'));
  cpSync(join(tools.projectRoot, 'content', 'articles'), sampleContent, { recursive: true });
  await stage('sampleBuild', () => runAstroBuild(tools, sampleRoot, join(sampleRoot, 'dist'), { NEWSBRIEF_CONTENT_DIR: sampleContent }));

  const baselineRoot = join(places.workDir, 'baseline');
  copySite(places.baselineSource, baselineRoot, join(tools.projectRoot, 'node_modules'));
  const baselineDist = join(baselineRoot, 'dist');
  const baseline = await stage('baselineBuild', () => runAstroBuild(tools, baselineRoot, baselineDist, { BENCH_CONTENT_DIR: content }));
  if (baseline.error === undefined) {
    const index = await stage('baselinePagefind', () => runPagefind(tools, baselineDist, join(baselineDist, 'pagefind')));
    if (index.error === undefined) {
      result.baseline = siteStats(baselineDist);
      result.baselinePage = articlePageWeight(baselineDist, result.sitePage?.page);
    }
  }

  const { hugo: hugoBinary } = tools;
  if (hugoBinary) {
    const hugoRoot = join(places.workDir, 'hugo');
    cpSync(places.hugoSource, hugoRoot, { recursive: true });
    const hugoDist = join(hugoRoot, 'public');
    const hugo = await stage('hugoBuild', () => runHugo(hugoBinary, hugoRoot, content, hugoDist));
    if (hugo.error === undefined) {
      const index = await stage('hugoPagefind', () => runPagefind(tools, hugoDist, join(hugoDist, 'pagefind')));
      if (index.error === undefined) result.hugo = siteStats(hugoDist);
    }
  }
  return finish();
}
