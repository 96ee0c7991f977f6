// The ingest writes plain bodies and front matter without remark-stringify
// and the yaml library when nothing needs escaping. These properties hold
// the shortcuts to the libraries' bytes on text full of the characters
// that do need escaping.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleFile, frontMatterDate, parseFrontMatter, splitArticleFile } from '../../src/lib/article/article-file.ts';
import { paragraphsToMarkdown } from '../../src/lib/markdown/paragraphs-to-markdown.ts';
import { frontMatterYamlWithLibrary, paragraphsToMarkdownWithRemark } from '../oracles.ts';
import type { ArticleFrontMatter } from '../../src/lib/article/schema.ts';

// Plain words, and every character either library may escape, at the start,
// the end or the middle of a value.
const piece = fc.constantFrom(
  'Ministers', 'met', 'in', 'Bamako', '“talks”', "it's", '£5m', '80,444', '80%', '3.5', '1987', '1987.', '12.', '2)', '7', ')', '.', 'é', '中文', 'عربى', '😀',
  ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u0085', '\u2028', '\u0007', '\u001b', '\ud800',
  '*', '_', '`', '[', ']', '(x)', '<b>', '</script>', '&', '&amp;', '& ', '&#1;', '\\', '#', '# ', '> ', '- ', '-', '+ ', '=', '~', '|', '!', '![', ':', ': ', '"', "'", '---', '...',
);
const text = fc.array(piece, { minLength: 0, maxLength: 10 }).map((pieces) => pieces.join(''));

describe('paragraphsToMarkdown', () => {
  it('gives remark-stringify\'s bytes for any paragraphs', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 0, maxLength: 5 }), (paragraphs) => {
        expect(paragraphsToMarkdown(paragraphs)).toBe(paragraphsToMarkdownWithRemark(paragraphs));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the shortcut for plain news prose', () => {
    // Not a check of the bytes (the property above is), but that the
    // shortcut is taken at all: remark would give the same text.
    const prose = ['Shares in Harrow & Finch fell 14% on Tuesday, to £85m.', '“We cannot keep trading,” he said: it was the end (for now).'];
    expect(paragraphsToMarkdown(prose)).toBe(`${prose.join('\n\n')}\n`);
  });

  it('writes the items of a list in a row as one list, escaped as any paragraph', () => {
    const paragraphs = ['These are the changes:', '• The promenade closes in March.', '• Buses run along *Harbour Road*.', 'The beach stays open.', '• One more.'];
    expect(paragraphsToMarkdown(paragraphs)).toBe('These are the changes:\n\n- The promenade closes in March.\n- Buses run along \\*Harbour Road\\*.\n\nThe beach stays open.\n\n- One more.\n');
  });
});

const frontMatter = fc.record(
  {
    title: text,
    date: fc.constantFrom('2025-11-12', '1987-03-01'),
    dateSource: fc.constantFrom('published', 'caption', 'ingest'),
    summary: text,
    byline: text,
    location: text,
    caption: text,
    credit: text,
    tags: fc.array(text, { maxLength: 3 }),
    places: fc.array(text, { maxLength: 3 }),
    people: fc.array(text, { maxLength: 3 }),
    organisations: fc.array(text, { maxLength: 3 }),
    source: fc.record({ file: text, sha256: fc.stringMatching(/^[0-9a-f]{64}$/) }),
  },
  { requiredKeys: ['title', 'date', 'dateSource', 'summary', 'tags', 'places', 'people', 'organisations', 'source'] },
) as fc.Arbitrary<ArticleFrontMatter>;

describe('articleFile', () => {
  it('writes the yaml library\'s front matter for any values', () => {
    fc.assert(
      fc.property(frontMatter, (front) => {
        const file = articleFile(front, ['Body.']);
        expect(file.startsWith(`---\n${frontMatterYamlWithLibrary(front)}checksum: `)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('is read back by the build as the yaml library reads it, value for value', () => {
    fc.assert(
      fc.property(frontMatter, (front) => {
        const file = articleFile(front, ['Body.']);
        const yaml = /^---\n([\s\S]*?)\n---\n/.exec(file)![1]!;
        const read = splitArticleFile(file)!.front as Record<string, unknown>;
        expect(read).toStrictEqual(parse(yaml));
        expect({ ...read, checksum: undefined }).toStrictEqual({ ...JSON.parse(JSON.stringify(front)), checksum: undefined });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseFrontMatter', () => {
  it('reads hand-written YAML 1.2 scalars as the yaml library does: a date stays a string', () => {
    const yaml = 'date: 2025-11-12\ntitle: Talks go on\ncount: 12\nflag: true\nnothing: ~\nword: yes\nlist: [Mali, "Niger"]';
    expect(parseFrontMatter(yaml)).toStrictEqual(parse(yaml));
    expect(parseFrontMatter(yaml)).toMatchObject({ date: '2025-11-12', word: 'yes' });
  });

  it('rejects what the yaml library rejects: broken syntax and repeated keys', () => {
    for (const yaml of ['title: "unclosed', 'title: One\ntitle: Two', 'tags: [a, b']) {
      expect(() => parse(yaml)).toThrow();
      expect(() => parseFrontMatter(yaml)).toThrow();
    }
  });
});

describe('frontMatterDate', () => {
  it('reads the date fields the YAML holds, as the ingest or a hand writes them', () => {
    const dates = fc.record({
      date: fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 19) + 'Z'),
      updated: fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)), { nil: undefined }),
    });
    fc.assert(
      fc.property(dates, fc.constantFrom('"', "'", ''), fc.constantFrom('\n', '\r\n'), ({ date, updated }, quote, newline) => {
        const lines = ['---', 'title: "A: b"', `date: ${quote}${date}${quote}`, ...(updated ? [`updated: ${quote}${updated}${quote}`] : []), 'tags: []', '---', 'date: 1999-01-01', ''];
        const file = lines.join(newline);
        const front = splitArticleFile(file)!.front as { date: string; updated?: string };
        expect(frontMatterDate(file, 'date')).toBe(front.date);
        expect(frontMatterDate(file, 'updated')).toBe(front.updated);
      }),
    );
  });
});
