// npm run check-corpus -- <folder>...: ingests folders of real articles into
// a temporary collection and checks that nothing was lost: every word of
// every accepted source file is in its Markdown (body, front matter or
// reported page chrome), and how many files got a caption, credit or byline.
//
// npm run check-corpus -- --expected <expected.jsonl>: ingests the files that
// expected.jsonl names (paths relative to it) and compares, value by value,
// what the ingest read with what their sources state (see
// scripts/check-corpus/expected-report.ts); --verbose lists every miss.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestBatch } from '../src/ingest/ingest-batch.ts';
import { splitArticleFile } from '../src/lib/article/article-file.ts';
import { decodeEntityResidue, removeMarkupResidue, removeUnsafeCharacters } from '../src/lib/parse/clean-text.ts';
import { decodeText } from '../src/lib/parse/decode-text.ts';
import { CHECKS, checkFile, tally, tallyTable, type Expected } from './check-corpus/expected-report.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { expected: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
if (positionals.length === 0 && !values.expected) {
  console.error('usage: npm run check-corpus -- <folder>... | --expected <expected.jsonl> [--verbose]');
  process.exit(2);
}
const bodyWords = (markdown: string) => markdown.replace(/\s+/g, ' ').trim().split(' ');
const out = mkdtempSync(join(tmpdir(), 'newsbrief-corpus-'));

if (values.expected) {
  const base = dirname(resolve(values.expected));
  const expected = readFileSync(values.expected, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Expected);
  const report = await ingestBatch({ inputs: expected.map((entry) => join(base, entry.file)), outDir: out, timeZone: 'UTC', today: '2026-01-01' });
  const results = expected.map((entry) => {
    const file = report.files.find((candidate) => candidate.file === join(base, entry.file));
    const split = file?.output ? splitArticleFile(readFileSync(join(out, file.output), 'utf8')) : undefined;
    return { entry, file: entry.file, checks: checkFile(entry, split && { front: split.front as Record<string, unknown>, body: split.body }), front: split?.front as Record<string, unknown> | undefined, body: split?.body ?? '', status: file?.status, reason: file?.reason };
  });
  console.log(tallyTable(tally(results)));
  if (values.verbose) {
    for (const result of results) {
      const misses = CHECKS.filter((check) => result.checks[check] === false);
      if (misses.length === 0) continue;
      const front = result.front ?? {};
      console.log(`\n${result.file} (${result.status}${result.reason ? `: ${result.reason}` : ''}): wrong ${misses.join(', ')}`);
      for (const key of ['title', 'date', 'dateSource', 'byline', 'summary', 'language']) if (front[key] !== undefined) console.log(`  ${key}: ${JSON.stringify(front[key]).slice(0, 160)}`);
      const words = bodyWords(result.body);
      if (misses.includes('title')) console.log(`  expected title: ${JSON.stringify(result.entry.title)}`);
      if (misses.includes('byline')) console.log(`  expected byline: ${JSON.stringify(result.entry.byline)}`);
      if (misses.includes('date')) console.log(`  expected date: ${result.entry.date}`);
      if (misses.includes('bodyStart')) console.log(`  body starts: ${JSON.stringify(words.slice(0, 12).join(' '))}\n    expected: ${JSON.stringify(result.entry.body_first_words)}`);
      if (misses.includes('bodyEnd')) console.log(`  body ends: ${JSON.stringify(words.slice(-12).join(' '))}\n    expected: ${JSON.stringify(result.entry.body_last_words)}`);
    }
  }
  console.log(`\nMarkdown in ${out}`);
} else {
  const report = await ingestBatch({ inputs: positionals, outDir: out, timeZone: 'UTC', today: '2026-01-01' });
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

  let lost = 0;
  const examples: string[] = [];
  const fields = { caption: 0, credit: 0, byline: 0, location: 0 };
  for (const file of report.files) {
    if (file.status !== 'accepted' || !file.output) continue;
    const source = removeUnsafeCharacters(decodeEntityResidue(removeMarkupResidue(decodeText(readFileSync(file.file)).text)));
    const markdown = readFileSync(join(out, file.output), 'utf8');
    const present = words(`${markdown} ${(file.notes ?? []).join(' ')}`);
    const missing = [...words(source)].filter((word) => !present.has(word));
    if (missing.length > 0) {
      lost++;
      if (examples.length < 10) examples.push(`${file.file}: ${missing.slice(0, 8).join(', ')}`);
    }
    for (const field of Object.keys(fields) as (keyof typeof fields)[]) if (new RegExp(`^${field}: `, 'm').test(markdown)) fields[field]++;
  }
  const rejections = new Map<string, number>();
  for (const file of report.files) if (file.status === 'rejected') rejections.set(file.reason ?? '', (rejections.get(file.reason ?? '') ?? 0) + 1);
  console.log(JSON.stringify({ ...report.counts, seconds: report.elapsedMs / 1000, filesWithLostWords: lost, examples, withField: fields, rejections: Object.fromEntries(rejections), out }, null, 2));
}
