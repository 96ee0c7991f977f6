// The ingest command, started by scripts/ingest.ts: reads arguments, runs
// the ingest, prints. The work is in src/ingest/.
import { lstatSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ingestBatch, type FileReport } from '../../src/ingest/ingest-batch.ts';
import { IngestLockedError } from '../../src/ingest/ingest-lock.ts';
import { BadDateOption, NoInputs, NoSuchPath, Unchanged } from '../../src/lib/errors.ts';
import { calendarDay } from '../../src/lib/article/schema.ts';
import { siteConfig } from '../../src/site.config.ts';

const USAGE = `Usage: npm run ingest -- [options] <file-or-folder>...

Turns article text files into Markdown in the content collection.

Options:
  --out <dir>     where the Markdown goes (default content/articles)
  --date <date>   date (YYYY-MM-DD) for files that carry none
  --dry-run       report only, write nothing
  --force         overwrite Markdown that was edited by hand, and parse again
                  files that an earlier run rejected
  --json          machine-readable report on stdout
  --help          show this help`;

function usageError(message: string): never {
  process.stderr.write(`ingest: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content/articles' },
      date: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
}
try {
  args = parse();
} catch (error) {
  usageError((error as Error).message);
}
if (args.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (args.positionals.length === 0) usageError(NoInputs.message);
// A path that is not there is a mistyped command, not an article that failed.
for (const path of args.positionals) {
  try {
    lstatSync(path);
  } catch {
    usageError(`${path}: ${NoSuchPath.message}. ${NoSuchPath.hint}`);
  }
}
const date = args.values.date;
if (date !== undefined && !calendarDay.safeParse(date).success) {
  usageError(BadDateOption.message(date));
}

const json = args.values.json;
const showProgress = process.stderr.isTTY && !json;
let lastDraw = 0;

try {
  const report = await ingestBatch({
    inputs: args.positionals,
    outDir: args.values.out,
    fallbackDate: date,
    dryRun: args.values['dry-run'],
    force: args.values.force,
    timeZone: siteConfig.timeZone,
    language: siteConfig.language,
    warm: true,
    onProgress: showProgress
      ? (done, total) => {
          const now = Date.now();
          if (now - lastDraw < 100 && done < total) return;
          lastDraw = now;
          process.stderr.write(`\ringesting ${done}/${total} (${Math.floor((done / total) * 100)}%)`);
        }
      : undefined,
  });
  if (showProgress) process.stderr.write('\r\x1b[K');

  const line = (entry: FileReport) =>
    `${entry.status.padEnd(8)} ${entry.file}${entry.output ? ` → ${entry.output}` : ''}${entry.reason ? `: ${entry.reason}` : ''}${entry.hint ? `. ${entry.hint}` : ''}`;
  // What was read, on one line under the file's: "Headline" · date (source) · byline · language · encoding.
  const readLine = ({ read }: FileReport) =>
    read && `         "${read.headline}" · ${read.date} (${read.dateSource})${read.byline ? ` · ${read.byline}` : ''}${read.language ? ` · ${read.language}` : ''} · ${read.encoding}`;
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    // A large batch names only the files an editor must know about: all but
    // the accepted and the unchanged.
    const verbose = report.files.length <= 100;
    for (const entry of report.files) {
      const quiet = entry.status === 'accepted' || entry.reason === Unchanged.message;
      const worthSaying = verbose || !quiet;
      if (worthSaying) (entry.status === 'rejected' ? process.stderr : process.stdout).write(`${line(entry)}\n`);
      if (!verbose) continue;
      const read = readLine(entry);
      if (read) process.stdout.write(`${read}\n`);
      for (const warning of entry.warnings ?? []) process.stderr.write(`         warning: ${warning}\n`);
    }
    const warned = report.files.filter((entry) => (entry.warnings ?? []).length > 0).length;
    for (const temp of report.removedTemps) process.stdout.write(`removed  ${temp}: a temporary file left by an interrupted run\n`);
    const { accepted, updated, skipped, rejected } = report.counts;
    const seconds = (report.elapsedMs / 1000).toFixed(1);
    const warnings = warned > 0 ? ` (${warned} with warnings${verbose ? '' : ': see --json'})` : '';
    process.stdout.write(`${report.dryRun ? 'dry run: ' : ''}${accepted} accepted${warnings}, ${updated > 0 ? `${updated} updated, ` : ''}${skipped} skipped, ${rejected} rejected in ${seconds} s → ${report.outDir}\n`);
  }
  process.exitCode = report.counts.rejected > 0 ? 1 : 0;
} catch (error) {
  if (error instanceof IngestLockedError) {
    process.stderr.write(`ingest: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
