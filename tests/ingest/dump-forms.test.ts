// The same page saved six ways reads the same: as a copy (each line as the
// browser shows it); as a copy with a blank line between every line (a paste
// into a word processor, saved as text) or with none at all; as `lynx -dump`
// gives it (paragraphs wrapped at 80 columns under a three-space margin,
// lists as "* " items); as `w3m -dump` gives it (wrapped at 80 columns, no
// margin); and as a Markdown converter such as html2text gives it (wrapped at
// 78, menus as lists of links, the headline a heading). Each saved-page
// fixture is saved each way here, so that reading pages does not depend on
// the tool that saved them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/lib/article/process-article.ts';

const folder = new URL('../fixtures/', import.meta.url).pathname;
// Pages saved as copies; those already dumped are not dumped again.
const pages = readdirSync(folder).filter((name) => (name.startsWith('saved-page') || name.endsWith('-page')) && !/lynx|w3m|markdown/.test(name));

// Display columns: combining marks take none, Chinese and Japanese characters two.
const columns = (text: string) => text.replace(/\p{M}/gu, '').length + (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0);

function wrap(line: string, margin: string, width = 80): string[] {
  const wrapped: string[] = [];
  let current = '';
  for (const word of line.trim().split(' ')) {
    if (current !== '' && columns(`${margin}${current} ${word}`) > width) {
      wrapped.push(margin + current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') wrapped.push(margin + current);
  return wrapped;
}

const blocks = (text: string) => text.split(/\n[ \t]*\n/);
const isList = (lines: string[]) => lines.length >= 3 && lines.every((line) => line.trim().length < 40);
const lynx = (text: string) => blocks(text).map((block) => { const lines = block.split('\n'); return isList(lines) ? lines.map((line) => `     * ${line.trim()}`).join('\n') : lines.flatMap((line) => wrap(line, '   ')).join('\n'); }).join('\n\n');
const link = (text: string) => `[${text}](https://news.example/${encodeURIComponent(text.toLowerCase())})`;
const markdown = (text: string, headline: string) =>
  blocks(text)
    .map((block) => {
      const lines = block.split('\n');
      if (isList(lines)) return lines.map((line) => `  * ${link(line.trim())}`).join('\n');
      return lines.map((line) => (line.trim() === headline ? `# ${headline}` : wrap(line, '', 78).join('\n'))).join('\n');
    })
    .join('\n\n');
const nonBlank = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
const spaced = (text: string) => nonBlank(text).join('\n\n');
const crammed = (text: string) => nonBlank(text).join('\n');
const w3m = (text: string) => blocks(text).map((block) => block.split('\n').flatMap((line) => wrap(line, '')).join('\n')).join('\n\n');

function reading(text: string) {
  const result = processArticle(new TextEncoder().encode(text), { file: 'page.txt', sha256: '0', today: '2025-11-10' });
  if (!result.ok) return { rejected: result.reason };
  const { title, date, byline, caption, credit } = result.front;
  return { title, date, byline, caption, credit, standfirst: result.front.standfirst, paragraphs: result.paragraphs.length, first: result.paragraphs[0], last: result.paragraphs.at(-1) };
}

describe('a page saved as a copy (spaced or not), a lynx or w3m dump, or Markdown', () => {
  it('has saved pages to dump', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s reads the same in each form', (name) => {
    const copy = readFileSync(join(folder, name, 'input.txt'), 'utf8');
    const read = reading(copy);
    expect(read).not.toHaveProperty('rejected');
    expect(reading(spaced(copy)), 'a blank line between every line').toEqual(read);
    expect(reading(crammed(copy)), 'no blank line').toEqual(read);
    expect(reading(lynx(copy)), 'lynx').toEqual(read);
    expect(reading(w3m(copy)), 'w3m').toEqual(read);
    expect(reading(markdown(copy, (read as { title: string }).title)), 'Markdown').toEqual(read);
  });
});

// What pages print between an article's paragraphs, in English and other languages.
const IN_BODY_CHROME = ['Advertisement', 'Continue reading the main story', 'Story continues below advertisement', 'Read more: Council approves new quay lighting', 'Anzeige', 'Lire aussi : Le pont de l’estuaire fermé pour travaux', 'Реклама'];

describe('a page with advertisement slots and links to other stories between its paragraphs', () => {
  it.each(pages)('%s reads as without them', (name) => {
    const copy = readFileSync(join(folder, name, 'input.txt'), 'utf8');
    const read = reading(copy) as { first?: string };
    const lines = copy.split('\n');
    // The reading has white space collapsed (an ideographic space too).
    const after = lines.findIndex((line) => read.first !== undefined && line.replace(/\s+/gu, ' ').includes(read.first.slice(0, 30)));
    expect(after).toBeGreaterThanOrEqual(0);
    for (const chrome of IN_BODY_CHROME) {
      const noisy = [...lines.slice(0, after + 1), '', chrome, '', ...lines.slice(after + 1)].join('\n');
      expect(reading(noisy), chrome).toEqual(read);
    }
  });
});
