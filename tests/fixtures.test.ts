// Fixture pairs: tests/fixtures/<case>/input.txt → output.md, or → report.json
// for a file the ingest rejects. UPDATE_FIXTURES=1 rewrites the expected
// files from the current output (then read the diff before committing).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFile } from '../src/lib/article/article-file.ts';
import { processArticle } from '../src/lib/article/process-article.ts';
import { createHash } from 'node:crypto';

const folder = new URL('fixtures/', import.meta.url).pathname;
const update = process.env.UPDATE_FIXTURES === '1';
const cases = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

function run(name: string) {
  const bytes = readFileSync(join(folder, name, 'input.txt'));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return processArticle(bytes, { file: `${name}.txt`, sha256, today: '2025-11-10' });
}

describe('fixture pairs', () => {
  it('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases)('%s', (name) => {
    const result = run(name);
    const outputPath = join(folder, name, 'output.md');
    const reportPath = join(folder, name, 'report.json');
    if (result.ok) {
      const markdown = articleFile(result.front, result.paragraphs);
      if (update) writeFileSync(outputPath, markdown);
      expect(existsSync(reportPath), `${name} is expected to be rejected`).toBe(false);
      expect(markdown).toBe(readFileSync(outputPath, 'utf8'));
    } else {
      const report = { code: result.code, reason: result.reason };
      if (update) writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
      expect(existsSync(outputPath), `${name} is expected to be accepted`).toBe(false);
      expect(report).toEqual(JSON.parse(readFileSync(reportPath, 'utf8')));
    }
  });
});
