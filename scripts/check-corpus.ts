// npm run check-corpus -- <folder>: ingests a folder of real articles into a
// temporary collection and checks that nothing was lost: every word of every
// accepted source file is in its Markdown (body, front matter or reported
// page chrome), and how many files got a caption, credit or byline.
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeText } from '../src/lib/parse/decode-text.ts';
import { decodeEntityResidue, removeUnsafeCharacters } from '../src/lib/parse/clean-text.ts';
import { ingestBatch } from '../src/ingest/ingest-batch.ts';

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error('usage: npm run check-corpus -- <folder>...');
  process.exit(2);
}
const out = mkdtempSync(join(tmpdir(), 'newsbrief-corpus-'));
const report = await ingestBatch({ inputs: folders, outDir: out, timeZone: 'UTC', today: '2026-01-01' });
const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

let lost = 0;
const examples: string[] = [];
const fields = { caption: 0, credit: 0, byline: 0, location: 0 };
for (const file of report.files) {
  if (file.status !== 'accepted' || !file.output) continue;
  const source = removeUnsafeCharacters(decodeEntityResidue(decodeText(readFileSync(file.file)).text));
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
