import type { BenchCase, BenchResults } from './run-bench.ts';
import type { Summary } from './statistics.ts';

/** "850 ms", "4.36 s". */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** "512 B", "12.3 KiB", "123.4 MiB", "1.23 GiB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

type Format = (value: number) => string;

/** The median, and the range when runs differ. */
function cell(summary: Summary | undefined, format: Format, withRange: boolean): string {
  if (!summary) return '—';
  const median = format(summary.median);
  return withRange && summary.count > 1 ? `${median} (${format(summary.min)}–${format(summary.max)})` : median;
}

function table(rows: readonly string[][]): string {
  const widths = rows.reduce<number[]>((max, row) => row.map((text, i) => Math.max(max[i] ?? 0, text.length)), []);
  return rows.map((row) => row.map((text, i) => (i === row.length - 1 ? text : text.padEnd(widths[i] ?? 0))).join('   ').trimEnd()).join('\n');
}

const STAGE_ROWS: readonly [string, string][] = [
  ['ingest', 'ingest (node scripts/ingest.ts)'],
  ['reingest', 'ingest again, input unchanged (target < 2 s at N=10,000)'],
  ['siteBuild', 'astro build: pages + Pagefind'],
  ['siteBuild.index', '  Pagefind index, built beside the pages'],
  ['siteBuild.indexWait', '  of which the build waited for after the pages'],
  ['siteBuild.pages', '  pages (build less that wait)'],
  ['publishIngest', 'publish one article: ingest it'],
  ['publishBuild', '  then astro build, reusing the last build'],
  ['correctIngest', 'correct it (headline and body): ingest'],
  ['correctBuild', '  then astro build, reusing the last build'],
  ['sampleBuild', 'astro build of the bundled 16-article sample site'],
  ['baselineBuild', 'baseline: astro build'],
  ['baselinePagefind', 'baseline: Pagefind over its dist'],
  ['hugoBuild', 'Hugo baseline: hugo (when installed)'],
  ['hugoPagefind', 'Hugo baseline: Pagefind over its public/'],
];

const ratio: Format = (value) => `${value.toFixed(2)}×`;

/** The tables for one case: stages, outputs and the ratios to the baseline. */
export function formatCase(benchCase: BenchCase, results: BenchResults): string {
  const s = benchCase.summary;
  const { runs, seed } = results.options;
  const what = benchCase.input.kind === 'generated' ? `${benchCase.n} generated articles (seed ${seed})` : `${benchCase.n} files from ${benchCase.input.path}`;
  const head = `newsbrief bench · N = ${what} · ${runs} run${runs === 1 ? '' : 's'}${runs > 1 ? ' (median, min–max)' : ''} · peak RSS: ${results.machine.rssSource === 'time -v' ? '/usr/bin/time -v' : 'sampled from /proc'}`;

  const hugoRan = benchCase.runs.some((run) => run.stages.hugoBuild !== undefined);
  const stageRows = STAGE_ROWS.filter(([key]) => hugoRan || !key.startsWith('hugo')).map(([key, label]) => {
    const derived = key.startsWith('siteBuild.');
    const wall = s[derived ? `${key}Ms` : `${key}.wallMs`];
    const failed = !derived && benchCase.runs.some((run) => run.stages[key as keyof typeof run.stages]?.error !== undefined);
    return [label, failed ? 'FAILED' : cell(wall, formatDuration, true), derived ? '' : cell(s[`${key}.maxRssBytes`], formatBytes, false), derived ? '' : cell(s[`${key}.treeRssBytes`], formatBytes, false)];
  });
  const stages = table([['stage', 'wall', 'peak RSS (largest process)', 'peak RSS (process tree, sampled)'], ...stageRows]);

  const both = (label: string, key: string, pageKey: boolean, format: Format = formatBytes) => [
    label,
    cell(s[`${pageKey ? 'sitePage' : 'site'}.${key}`], format, false),
    cell(s[`${pageKey ? 'baselinePage' : 'baseline'}.${key}`], format, false),
    ...(hugoRan ? [pageKey ? '' : cell(s[`hugo.${key}`], format, false)] : []),
  ];
  const outputs = table([
    ['output', 'newsbrief', 'bare Astro baseline', ...(hugoRan ? ['bare Hugo baseline'] : [])],
    both('pages written (.html)', 'pages', false, String),
    both('dist/ size', 'distBytes', false),
    both('Pagefind index (dist/pagefind)', 'pagefindBytes', false),
    both('article page transfer: HTML + CSS, gzip', 'transferGzipBytes', true),
    both('article page JS', 'jsBytes', true),
    both('article page JS, gzip', 'jsGzipBytes', true),
  ]);

  const first = benchCase.runs[0];
  const counts = (label: string, c: { accepted: number; skipped: number; rejected: number } | undefined) =>
    c ? `${label}: ${c.accepted} accepted, ${c.skipped} skipped, ${c.rejected} rejected` : `${label}: —`;
  const notes = [
    `${counts('ingest', first?.ingestCounts)} · ${counts('ingest again', first?.reingestCounts)}`,
    benchCase.n === 10_000 && s['reingest.wallMs']
      ? `ingest again: target < 2 s at N=10,000 ${s['reingest.wallMs'].median < 2000 ? 'met' : 'MISSED'}`
      : undefined,
    `machine load (1-min average) at the start and end of each run: ${benchCase.runs.map((run) => `${run.load.start.toFixed(1)}→${run.load.end.toFixed(1)}`).join(', ')} on ${results.machine.cores} cores`,
    first?.sitePage ? `article page weighed: ${first.sitePage.page} (median HTML size)${first.baselinePage?.page === first.sitePage.page ? ', the same in both' : `; baseline: ${first.baselinePage?.page ?? '—'}`}` : undefined,
  ].filter((line) => line !== undefined);

  const changed = (name: 'publish' | 'correct') =>
    s[`${name}.rendered`] ? `${cell(s[`${name}.rendered`], String, false)} pages rendered, ${cell(s[`${name}.reused`], String, false)} reused, ${cell(s[`${name}.shardsIndexed`], String, false)} search shards indexed` : '—';
  const ratios = table([
    ['publish one article (ingest + build) ÷ sample site build', cell(s['ratio.publish'], ratio, true)],
    ['correct it (ingest + build) ÷ sample site build', cell(s['ratio.correct'], ratio, true)],
    ['  the publishing build', changed('publish')],
    ['  the correcting build', changed('correct')],
    ['our pipeline (ingest + build + index) ÷ baseline (build + index)', cell(s['ratio.pipeline'], ratio, true)],
    ['our build + index ÷ baseline (build + index)', cell(s['ratio.build'], ratio, true)],
    ...(hugoRan ? [['our pipeline ÷ Hugo baseline (hugo + Pagefind)', cell(s['ratio.hugoPipeline'], ratio, true)]] : []),
  ]);
  const errors = benchCase.runs.flatMap((run) => run.errors.map((error) => `run ${run.run} ${error}`));
  return [head, '', stages, '', outputs, '', ratios, '', ...notes, ...(errors.length > 0 ? ['', 'FAILURES:', ...errors] : [])].join('\n');
}

/** Every case's tables, one after another. */
export function formatResults(results: BenchResults): string {
  return results.cases.map((benchCase) => formatCase(benchCase, results)).join('\n\n');
}
