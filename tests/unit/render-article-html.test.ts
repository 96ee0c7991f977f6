import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitArticleFile } from '../../src/lib/article/article-file.ts';
import { renderArticleHtml } from '../../src/lib/markdown/render-article-html.ts';
import { renderMarkdownHtml } from '../oracles.ts';

// Plain words and every character that means something in Markdown, at the
// start of a line or inside one, so that both the shortcut and the full
// pipeline are exercised.
const piece = fc.constantFrom(
  'Ministers', 'met', 'in', 'Bamako', '“talks”', "it's", '£5m', '80,444', 'é', '😀', '\u00a0', '\u2028', ' ', '  ', '\t',
  '*', '_', '**', '`', '[', ']', '(x)', '<b>', '&amp;', '&', '\\', '#', '# ', '> ', '- ', '+ ', '1. ', '2)', '---', '===', '~~~', '|', '    ', '!', ':', 'http://x.y',
);
const line = fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(''));
const body = fc
  .tuple(fc.array(line, { minLength: 0, maxLength: 6 }), fc.constantFrom('\n\n', '\n', '\n\n\n', '\n \n'), fc.constantFrom('', '\n', '\n\n'))
  .map(([lines, separator, end]) => `${lines.join(separator)}${end}`);

describe('renderArticleHtml', () => {
  it('gives the same bytes as the full pipeline for any body', () => {
    fc.assert(
      fc.property(body, (markdown) => {
        expect(renderArticleHtml(markdown)).toBe(renderMarkdownHtml(markdown));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same bytes for every fixture article', () => {
    // The fixtures' expected Markdown, not content/articles/: a newsroom replaces the sample collection.
    const folder = join(import.meta.dirname, '../fixtures');
    const files = (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) => file.endsWith('output.md'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const { body: markdown } = splitArticleFile(readFileSync(join(folder, file), 'utf8'))!;
      expect(renderArticleHtml(markdown)).toBe(renderMarkdownHtml(markdown));
    }
  });

  it('keeps markup in the text as text', () => {
    expect(renderArticleHtml('A <script>alert(1)</script> & [link](javascript:alert(1))\n')).not.toMatch(/<script|javascript:/);
  });
});
