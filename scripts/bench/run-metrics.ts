import { STAGES, type RunResult } from './run-once.ts';

/**
 * Flattens a run into named numbers ("ingest.wallMs", "site.pages",
 * "ratio.pipeline", …) so runs can be summarised metric by metric. Failed
 * stages and missing outputs give no numbers.
 *
 * Derived metrics:
 * - `siteBuild.indexMs` / `siteBuild.indexWaitMs`: the build's own report of
 *   its search index: indexing time (beside the pages) and how long the build
 *   waited for it after the pages; `siteBuild.pagesMs` is the build less the wait.
 * - `ratio.pipeline`: (ingest + build + index) ÷ (baseline build + baseline index).
 * - `ratio.build`: (build + index) ÷ (baseline build + baseline index).
 * - `ratio.hugoPipeline`: (ingest + build + index) ÷ (Hugo build + Pagefind), when Hugo ran.
 * - `publish.wallMs` / `correct.wallMs`: ingest + incremental build of one new
 *   article, and of a correction to it; `ratio.publish` / `ratio.correct`:
 *   those ÷ the build of the bundled sample site in the same run; and what the
 *   builds rendered, reused and indexed.
 */
export function runMetrics(run: RunResult): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const name of STAGES) {
    const stage = run.stages[name];
    if (!stage || stage.error !== undefined) continue;
    metrics[`${name}.wallMs`] = stage.wallMs;
    metrics[`${name}.maxRssBytes`] = stage.maxRssBytes;
    metrics[`${name}.treeRssBytes`] = stage.treeRssBytes;
  }
  const build = metrics['siteBuild.wallMs'];
  if (build !== undefined && run.siteBuildReport !== undefined) {
    metrics['siteBuild.indexMs'] = run.siteBuildReport.indexMs;
    metrics['siteBuild.indexWaitMs'] = run.siteBuildReport.indexWaitMs;
    metrics['siteBuild.pagesMs'] = build - run.siteBuildReport.indexWaitMs;
  }
  const sample = metrics['sampleBuild.wallMs'];
  for (const [name, report] of [['publish', run.publishReport], ['correct', run.correctReport]] as const) {
    const wall = (metrics[`${name}Ingest.wallMs`] ?? NaN) + (metrics[`${name}Build.wallMs`] ?? NaN);
    if (!(wall > 0)) continue;
    metrics[`${name}.wallMs`] = wall;
    if (sample !== undefined) metrics[`ratio.${name}`] = wall / sample;
    if (report === undefined) continue;
    metrics[`${name}.rendered`] = report.rendered;
    metrics[`${name}.reused`] = report.reused;
    metrics[`${name}.shardsIndexed`] = report.indexed;
  }
  for (const [prefix, stats] of [['site', run.site], ['baseline', run.baseline], ['hugo', run.hugo]] as const) {
    if (!stats) continue;
    metrics[`${prefix}.pages`] = stats.pages;
    metrics[`${prefix}.distBytes`] = stats.distBytes;
    metrics[`${prefix}.pagefindBytes`] = stats.pagefindBytes;
  }
  for (const [prefix, page] of [['sitePage', run.sitePage], ['baselinePage', run.baselinePage]] as const) {
    if (!page) continue;
    metrics[`${prefix}.transferGzipBytes`] = page.transferGzipBytes;
    metrics[`${prefix}.jsBytes`] = page.jsBytes;
    metrics[`${prefix}.jsGzipBytes`] = page.jsGzipBytes;
  }
  const ingest = metrics['ingest.wallMs'];
  const baseline = (metrics['baselineBuild.wallMs'] ?? NaN) + (metrics['baselinePagefind.wallMs'] ?? NaN);
  if (build !== undefined && baseline > 0) {
    metrics['ratio.build'] = build / baseline;
    if (ingest !== undefined) metrics['ratio.pipeline'] = (ingest + build) / baseline;
  }
  const hugo = (metrics['hugoBuild.wallMs'] ?? NaN) + (metrics['hugoPagefind.wallMs'] ?? NaN);
  if (build !== undefined && ingest !== undefined && hugo > 0) metrics['ratio.hugoPipeline'] = (ingest + build) / hugo;
  return metrics;
}
