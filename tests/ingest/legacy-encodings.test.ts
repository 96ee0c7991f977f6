// The same article saved in each legacy encoding of its language reads as
// it does in UTF-8: the ingest detects the encoding (chardet) and decodes it
// (TextDecoder). Files are re-encoded here with iconv-lite; a text that an
// encoding cannot hold (guillemets in KOI8-R, simplified Chinese in Big5) is
// left out, as no file in that encoding could carry it.
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/lib/article/process-article.ts';

const folder = new URL('../fixtures/', import.meta.url).pathname;
const cases: [fixture: string, encodings: string[]][] = [
  ['cyrillic', ['windows-1251', 'koi8-r', 'iso-8859-5']],
  ['russian-caption-credit', ['windows-1251', 'koi8-r']],
  ['body-only-first-sentence', ['windows-1251', 'koi8-r']],
  ['chinese', ['gbk', 'gb18030']],
  ['saved-page-japanese', ['shift_jis', 'euc-jp']],
  ['saved-page-lynx-related-in-paragraph', ['shift_jis', 'euc-jp']],
  ['french-page', ['windows-1252', 'iso-8859-1', 'iso-8859-15']],
  ['german-page', ['windows-1252', 'iso-8859-1']],
  ['spanish-page', ['windows-1252', 'iso-8859-1']],
  ['saved-page-comment-notice', ['windows-1252']],
  ['arabic', ['windows-1256', 'iso-8859-6']],
];

function reading(bytes: Uint8Array) {
  const result = processArticle(bytes, { file: 'article.txt', sha256: '0', today: '2025-11-10' });
  if (!result.ok) return { rejected: result.reason };
  return { front: { ...result.front, source: undefined }, paragraphs: result.paragraphs };
}

describe('an article saved in a legacy encoding', () => {
  const runs = cases.flatMap(([fixture, encodings]) => encodings.map((encoding) => [fixture, encoding] as const));
  it.each(runs)('%s in %s reads as in UTF-8', (fixture, encoding) => {
    const text = readFileSync(`${folder}${fixture}/input.txt`, 'utf8');
    const bytes = iconv.encode(text, encoding);
    expect(iconv.decode(bytes, encoding), 'the encoding holds the text').toBe(text);
    expect(reading(bytes)).toEqual(reading(new TextEncoder().encode(text)));
  });
});
