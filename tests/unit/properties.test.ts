// Properties that must hold for any input, checked with fast-check.
import fc from 'fast-check';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Nodes } from 'mdast';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { paragraphsToMarkdown } from '../../src/lib/markdown/paragraphs-to-markdown.ts';
import { articleFile } from '../../src/lib/article/article-file.ts';
import { normaliseWhitespace, removeUnsafeCharacters } from '../../src/lib/parse/clean-text.ts';
import { processArticle } from '../../src/lib/article/process-article.ts';

const parser = unified().use(remarkParse);
const context = { file: 'a.txt', sha256: '0'.repeat(64), today: '2025-11-10' };
const encode = (text: string) => new TextEncoder().encode(text);

// Words mixing letters with every character Markdown or HTML could read as syntax.
const hostileWord = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9]{1,10}$/),
  fc.constantFrom('#', '1987.', '-', '>', '---', '*', '_', '[a](b)', '<b>', '</script>', '{x}', '&amp;', '&', '`', '~~~', '|', '![i](x)', '\\', '+', '=', '<!--', 'javascript:x', 'Ünï', '中文', 'عربى', 'a_b_c', '**', '1)'),
);
const paragraph = fc.array(hostileWord, { minLength: 1, maxLength: 25 }).map((words) => words.join(' '));

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
// The text of each paragraph of a Markdown tree, those in list items too.
const paragraphTexts = (node: Nodes): string[] => (node.type === 'paragraph' ? [toString(node)] : 'children' in node ? (node.children as Nodes[]).flatMap(paragraphTexts) : []);

describe('Markdown writer', () => {
  it('round-trips any paragraph text through remark as the same text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }), { minLength: 1, maxLength: 5 }), (raw) => {
        const paragraphs = raw.map((text) => normaliseWhitespace(removeUnsafeCharacters(text))).filter(Boolean);
        fc.pre(paragraphs.length > 0);
        const tree = parser.parse(paragraphsToMarkdown(paragraphs));
        expect(tree.children.map((node) => toString(node))).toEqual(paragraphs);
      }),
      { numRuns: 300 },
    );
  });
});

describe('normaliseWhitespace', () => {
  it('collapses every run of white space to one space, as /\\s+/ does', () => {
    const spaceOrWord = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', ' \t', '\t ', 'a', 'Bamako', 'é');
    fc.assert(
      fc.property(fc.array(spaceOrWord, { maxLength: 20 }).map((parts) => parts.join('')), (text) => {
        expect(normaliseWhitespace(text)).toBe(text.replace(/\s+/gu, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the whole ingest of one file', () => {
  it('never throws for any bytes: it accepts or rejects with a reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const result = processArticle(bytes, context);
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws for any Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const result = processArticle(encode(text), context);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every word of the body, in order, through Markdown and back', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z]{2,12}( [a-z]{2,10}){1,6}$/), fc.array(paragraph, { minLength: 1, maxLength: 6 }), (headline, paragraphs) => {
        const result = processArticle(encode(`${headline}\n\n${paragraphs.join('\n\n')}\n`), context);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const markdown = articleFile(result.front, result.paragraphs);
        const body = markdown.slice(markdown.indexOf('\n---\n') + 5);
        const text = paragraphTexts(parser.parse(body)).join(' ');
        // Entity residue is decoded on purpose (&amp; → &), so compare decoded words; a bullet that opens a
        // paragraph ("* a", "+ a", "* + a") makes it an item of a list, and is list syntax, not a word.
        const expected = paragraphs.map((text) => text.replace(/^(?:[*•·+]\s+)+(?=\S)/u, '')).join(' ').replaceAll('&amp;', '&');
        expect(wordsOf(text)).toEqual(wordsOf(expected));
      }),
      { numRuns: 200 },
    );
  });

  it('gives identical bytes for the same input', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const bytes = encode(`Headline here\n\n${paragraphs.join('\n\n')}`);
        const first = processArticle(bytes, context);
        const second = processArticle(bytes, context);
        expect(first.ok && second.ok).toBe(true);
        if (first.ok && second.ok) expect(articleFile(first.front, first.paragraphs)).toBe(articleFile(second.front, second.paragraphs));
      }),
      { numRuns: 100 },
    );
  });
});
