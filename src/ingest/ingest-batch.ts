import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleDay } from '../lib/article/article-day.ts';
import type { ArticleContext } from '../lib/article/front-matter.ts';
import type { ReadFacts } from '../lib/article/process-article.ts';
import { categoryOfFolder } from '../lib/parse/folder-category.ts';
import { DuplicateInput, HandEdited, NotAFile, Unchanged, Unreadable, WriteFailed } from '../lib/errors.ts';
import { slugOf } from '../lib/text/slug.ts';
import { createArticlePool } from './article-pool.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { acquireIngestLock } from './ingest-lock.ts';
import { inOrder } from './in-order.ts';
import { mapLimit } from './map-limit.ts';
import { outputKey, readOutputIndex, type OutputFacts } from './output-index.ts';
import { StatCache, type FileStamp } from './stat-cache.ts';
import { walkInputs, type InputFile } from './walk-inputs.ts';

/** Options of one ingest run; they mirror the command's flags. */
export interface IngestOptions {
  /** Files and folders to read. */
  inputs: string[];
  /** Folder of the Markdown collection. */
  outDir: string;
  /** Date for files that carry none, `YYYY-MM-DD`. */
  fallbackDate?: string;
  /** Report only; write nothing. */
  dryRun?: boolean;
  /** Overwrite Markdown edited by hand. */
  force?: boolean;
  /** Time zone that decides an article's day (and "today"). */
  timeZone: string;
  /** The site's language (BCP 47), for articles too short to tell their own. */
  language?: string;
  /** Today, for files with no date at all; defaults to the current day. */
  today?: string;
  /** Called after each file. */
  onProgress?: (done: number, total: number) => void;
  /** The time a correction is recorded as `updated`; defaults to now. */
  now?: string;
  /** Start the NLP on another thread at once (see createArticlePool): for a process that ingests once. */
  warm?: boolean;
}

/** What happened to one input file. */
export interface FileReport {
  file: string;
  status: 'accepted' | 'updated' | 'skipped' | 'rejected';
  /** Why it was skipped or rejected. */
  reason?: string;
  hint?: string;
  /** The Markdown file, relative to the output folder. */
  output?: string;
  /** Things worth knowing that did not stop it (encoding, dropped chrome). */
  notes?: string[];
  /** What was read from it: headline, date and where it came from, byline, language, encoding. */
  read?: ReadFacts;
  /** What an editor should check: a date guessed from the day of the ingest, a headline that looks like chrome. */
  warnings?: string[];
}

/** The report of a whole run. */
export interface IngestReport {
  outDir: string;
  dryRun: boolean;
  counts: { accepted: number; updated: number; skipped: number; rejected: number };
  files: FileReport[];
  /** Temporary files a killed run had left, removed. */
  removedTemps: string[];
  elapsedMs: number;
}

/**
 * What the cache remembers of an input file: the hash of its bytes, and why
 * it was rejected, if it was (so that an unchanged rejected file is not
 * parsed again; `--force` parses it again).
 */
type InputFacts = string | { hash: string; rejected: { reason: string; hint: string } };

/** An input file's hash, its stamp, and its bytes when they had to be read. */
interface ReadInput {
  bytes?: Uint8Array;
  hash: string;
  stamp: FileStamp;
  rejected?: { reason: string; hint: string };
}

/**
 * A file claimed for processing: what was read of it, and the Markdown an
 * earlier version made, if any: the same bytes (with --force), or earlier
 * bytes of the same file, which this version corrects.
 */
type Claim = ReadInput & { existing?: string; correction?: boolean };

/** The cache file the ingest keeps in its output folder. */
export const CACHE_NAME = '.newsbrief-cache.json';

// Of the longer words of the shorter of two versions, the share the other
// has too, from which a new version of a file is a correction of the old
// one rather than another story under the same name.
const SAME_STORY = 0.6;
const storyWords = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

/** Whether new bytes of a file tell the story its earlier article told: most of their words are shared. */
function isSameStory(bytes: Uint8Array, earlierMarkdown: string): boolean {
  const now = storyWords(new TextDecoder().decode(bytes));
  const before = storyWords(earlierMarkdown.slice(earlierMarkdown.indexOf('\n---\n')));
  let shared = 0;
  for (const word of now) if (before.has(word)) shared++;
  return shared >= SAME_STORY * Math.min(now.size, before.size);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The ingest cache's key for an input file. */
const inputKey = (path: string) => `in:${resolve(path)}`;

/**
 * Ingests article files into the collection. Each file is accepted, skipped
 * (its bytes were ingested already, or its Markdown was edited by hand) or
 * rejected with a reason; the batch always finishes.
 */
export async function ingestBatch(options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const now = options.now ?? `${new Date().toISOString().slice(0, 19)}Z`;
  const today = options.today ?? articleDay(now, options.timeZone);
  const { files, problems } = await walkInputs(options.inputs);
  const reports: FileReport[] = problems.map((problem) => ({ file: problem.path, status: 'rejected', reason: problem.reason, hint: problem.hint }));
  const release = options.dryRun ? async () => {} : await acquireIngestLock(options.outDir);
  const pool = createArticlePool(files.length, undefined, { warm: options.warm });
  try {
    // Input hashes and output facts from earlier runs, trusted while size and mtime match.
    const cache = StatCache.load<OutputFacts | InputFacts>(join(options.outDir, CACHE_NAME));
    const index = readOutputIndex(options.outDir, { removeTemps: !options.dryRun, cache: cache as StatCache<OutputFacts> });
    const claimedSources = new Map<string, string>();
    const inSourceOrder = inOrder(files.length);
    const inOutputOrder = inOrder(files.length);
    let done = 0;
    const fileReports = await mapLimit(files, pool.capacity, async (input, position): Promise<FileReport> => {
      const report = await ingestOne(input, position);
      options.onProgress?.(++done, files.length);
      return report;
    });
    reports.push(...fileReports);
    if (!options.dryRun) {
      cache.retain(new Set([...index.taken].map(outputKey).concat(files.map((input) => inputKey(input.path)))));
      try {
        cache.save();
      } catch {
        // Only a cache: the next run reads the files again.
      }
    }
    return {
      outDir: options.outDir,
      dryRun: Boolean(options.dryRun),
      counts: {
        accepted: reports.filter((report) => report.status === 'accepted').length,
        updated: reports.filter((report) => report.status === 'updated').length,
        skipped: reports.filter((report) => report.status === 'skipped').length,
        rejected: reports.filter((report) => report.status === 'rejected').length,
      },
      files: reports,
      removedTemps: index.removedTemps,
      elapsedMs: Math.round(performance.now() - started),
    };

    // One file, in four steps: claim its bytes, process them, place the
    // article, write it. Files are read and processed concurrently, but the
    // two decisions that depend on other files (is this a duplicate? which
    // path is free?) are made in input order, so that every run decides the
    // same way.
    async function ingestOne(input: InputFile, position: number): Promise<FileReport> {
      const claim = await inSourceOrder(position, () => claimInput(input));
      if ('status' in claim) return inOutputOrder(position, () => claim);
      const result = await pool.process(claim.bytes ?? readFileSync(input.path), { ...contextOf(input, claim.hash), ...(claim.correction ? { updated: now } : {}) });
      if (!result.ok) return inOutputOrder(position, () => rememberRejection(input, claim, result));
      // Accepted now (with --force, perhaps after an earlier rejection): remember only its hash.
      if (claim.rejected && !options.dryRun) cache.set(inputKey(input.path), claim.stamp, claim.hash);
      const output = await inOutputOrder(position, () => claim.existing ?? claimPath(slugOf(result.front.title, `article-${claim.hash.slice(0, 8)}`), articleDay(result.front.date, options.timeZone), claim.hash));
      const written = writeArticle(input, output, claim.hash, result);
      return claim.correction && written.status === 'accepted' ? { ...written, status: 'updated' } : written;
    }

    // Whether a file needs processing, decided in input order: unreadable,
    // ingested already (unchanged, or its Markdown edited by hand), a copy of
    // an earlier file of this batch, or rejected before and unchanged since
    // (the same reason, without parsing it again).
    function claimInput(input: InputFile): FileReport | Claim {
      const file = input.path;
      const read = readInput(file, inputKey(file));
      if (read instanceof Error) {
        const entry = read.code === 'EISDIR' ? NotAFile : Unreadable;
        return { file, status: 'rejected', reason: `${entry.message}${read.code ? ` (${read.code})` : ''}`, hint: entry.hint };
      }
      const existing = index.bySource.get(read.hash);
      if (existing && !options.force) {
        if (index.edited.has(existing)) return { file, status: 'skipped', reason: HandEdited.message, hint: HandEdited.hint, output: existing };
        return { file, status: 'skipped', reason: Unchanged.message, output: existing };
      }
      const twin = claimedSources.get(read.hash);
      if (twin) return { file, status: 'skipped', reason: DuplicateInput.message(twin) };
      claimedSources.set(read.hash, file);
      if (read.rejected && !options.force) return { file, status: 'rejected', ...read.rejected };
      // New bytes of a file ingested before: a correction, written over its article at the same path.
      const named = existing ? undefined : index.byFile.get(input.relative);
      // The same name on another story (a wire's "01.txt" of another day) is a new article.
      const earlier = named && isSameStory(read.bytes ?? readFileSync(file), readFileSync(join(options.outDir, named), 'utf8')) ? named : undefined;
      if (earlier && index.edited.has(earlier) && !options.force) return { file, status: 'skipped', reason: HandEdited.message, hint: HandEdited.hint, output: earlier };
      return earlier ? { ...read, existing: earlier, correction: true } : { ...read, existing };
    }

    function contextOf(input: InputFile, hash: string): ArticleContext {
      return { file: input.relative, sha256: hash, folderTag: categoryOfFolder(input.folder), fallbackDate: options.fallbackDate, today, timeZone: options.timeZone, siteLanguage: options.language };
    }

    // A rejected file's reason, remembered with its hash until the file changes.
    function rememberRejection(input: InputFile, claim: Claim, result: { reason: string; hint: string }): FileReport {
      const rejected = { reason: result.reason, hint: result.hint };
      if (!options.dryRun) cache.set(inputKey(input.path), claim.stamp, { hash: claim.hash, rejected });
      return { file: input.path, status: 'rejected', ...rejected };
    }

    // Writes the article's Markdown (atomically) and remembers it as the ingest's own.
    function writeArticle(input: InputFile, output: string, hash: string, result: { markdown: string; notes: string[]; read: ReadFacts; warnings: string[] }): FileReport {
      const file = input.path;
      const accepted: FileReport = { file, status: 'accepted', output, read: result.read };
      if (result.notes.length > 0) accepted.notes = result.notes;
      if (result.warnings.length > 0) accepted.warnings = result.warnings;
      if (options.dryRun) return accepted;
      try {
        const path = join(options.outDir, output);
        writeFileAtomic(path, result.markdown);
        cache.set(outputKey(output), statSync(path), { source: hash, edited: false });
      } catch (error) {
        return { file, status: 'rejected', reason: `${WriteFailed.message} (${(error as Error).message})`, hint: WriteFailed.hint };
      }
      return accepted;
    }

    // The hash of an input file: remembered from an earlier run while its size
    // and mtime are unchanged (then the bytes are read only if needed), else read.
    // Synchronous file calls: see atomic-write.ts.
    function readInput(file: string, key: string): ReadInput | NodeJS.ErrnoException {
      try {
        const stamp = statSync(file);
        const known = cache.get(key, stamp);
        if (typeof known === 'string') return { hash: known, stamp };
        if (known && 'hash' in known) return { hash: known.hash, stamp, rejected: known.rejected };
        const bytes = readFileSync(file);
        const hash = sha256(bytes);
        cache.set(key, stamp, hash);
        return { bytes, hash, stamp };
      } catch (error) {
        return error as NodeJS.ErrnoException;
      }
    }

    // Claims `YYYY/MM/DD/<slug>.md`; another article with the same headline on
    // the same day gets the start of its source hash, so neither overwrites the other.
    function claimPath(slug: string, day: string, hash: string): string {
      const folder = day.replaceAll('-', '/');
      let path = `${folder}/${slug}.md`;
      if (index.taken.has(path)) path = `${folder}/${slug}-${hash.slice(0, 8)}.md`;
      for (let length = 12; index.taken.has(path); length += 4) path = `${folder}/${slug}-${hash.slice(0, length)}.md`;
      index.taken.add(path);
      return path;
    }
  } finally {
    await pool.close();
    await release();
  }
}
