// Compares what the ingest read from real pages with what their sources
// state (`expected.jsonl`: title, date, byline, the body's first and last
// words, language), value by value, per source folder and in total.
import { decodeHTML } from 'entities';
import { renderArticleHtml } from '../../src/lib/markdown/render-article-html.ts';

/** One line of expected.jsonl: only what the source states is filled. */
export interface Expected {
  file: string;
  title?: string | null;
  date?: string | null;
  byline?: string | null;
  body_first_words?: string | null;
  body_last_words?: string | null;
  language?: string | null;
}

/** What the ingest made of a file: its front matter and Markdown body, or nothing when it was rejected. */
export interface Ingested {
  front: Record<string, unknown>;
  body: string;
}

export const CHECKS = ['title', 'date', 'byline', 'bodyStart', 'bodyEnd', 'summary', 'language'] as const;
export type Check = (typeof CHECKS)[number];

/** Words of header the body may start with, or of footer it may end with, before the check fails. */
const SLACK_WORDS = 25;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const plainText = (markdown: string) => collapse(decodeHTML(renderArticleHtml(markdown).replace(/<[^>]+>/g, ' ')));
// Scripts written without spaces between words: count characters there (about two to a word).
const isUnspaced = (text: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Myanmar}]/u.test(text);
const wordsIn = (text: string) => (isUnspaced(text) ? Math.ceil(text.replace(/\s/g, '').length / 2) : text.split(' ').filter(Boolean).length);
const loose = (text: string) => collapse(text).toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

// Ground truth joins names with "and"; a byline keeps its language's word ("och", "og", "e", "und").
const namesJoined = (names: string) => names.replace(/ (?:och|og|e|y|und|et|en|i|и|та|és|ve|dan|a) /gu, ' and ');

// Of the stated first or last words, at least this many must be found, when the body left out the others.
const MIN_MATCHED_WORDS = 6;

/**
 * Whether the body starts within SLACK_WORDS of the article's first words,
 * either way: after up to that many words of header, or past the first
 * of the stated words (a caption or "Photo" label the source counts as
 * the article's, and the ingest took for the header).
 */
function startsNear(body: string, first: string): boolean {
  const words = first.split(' ');
  for (let skip = 0; words.length - skip >= Math.min(MIN_MATCHED_WORDS, words.length); skip++) {
    const at = body.indexOf(words.slice(skip).join(' '));
    if (at >= 0 && wordsIn(body.slice(0, at)) <= SLACK_WORDS) return true;
    if (isUnspaced(first)) break;
  }
  return false;
}

/** Whether the body ends within SLACK_WORDS of the article's last words, either way (see startsNear). */
function endsNear(body: string, last: string): boolean {
  const words = last.split(' ');
  for (let skip = 0; words.length - skip >= Math.min(MIN_MATCHED_WORDS, words.length); skip++) {
    const kept = words.slice(0, words.length - skip).join(' ');
    const at = body.lastIndexOf(kept);
    if (at >= 0 && wordsIn(body.slice(at + kept.length)) <= SLACK_WORDS) return true;
    if (isUnspaced(last)) break;
  }
  return false;
}

/** Whether a summary reads as a sentence of prose: words, not a menu, a URL or a label, ending like a sentence. */
export function isProseSentence(summary: string): boolean {
  const text = collapse(summary);
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(text) || /\[(?:IMG|BUTTON)\]|\((?:BUTTON|IMG)\)/i.test(text)) return false;
  if (!/[.!?…。！？।॥؟۔」』"”'’)]$/u.test(text)) return false;
  return wordsIn(text) >= 8;
}

/** Each check of one file: true when right, false when wrong, undefined when the source states nothing. */
export function checkFile(expected: Expected, ingested: Ingested | undefined): Partial<Record<Check, boolean>> {
  const result: Partial<Record<Check, boolean>> = {};
  const front = ingested?.front ?? {};
  const body = ingested ? plainText(ingested.body) : '';
  const text = (key: string) => (typeof front[key] === 'string' ? (front[key] as string) : '');
  if (expected.title) result.title = loose(text('title')) === loose(expected.title);
  if (expected.date) result.date = text('date').slice(0, 10) === expected.date && !['ingest', 'option'].includes(text('dateSource'));
  if (expected.byline) {
    const found = namesJoined(loose(text('byline')));
    const stated = namesJoined(loose(expected.byline));
    result.byline = found !== '' && (found.includes(stated) || stated.includes(found.split(',')[0]!));
  }
  if (expected.body_first_words) result.bodyStart = startsNear(loose(body), loose(expected.body_first_words));
  if (expected.body_last_words) result.bodyEnd = endsNear(loose(body), loose(expected.body_last_words));
  if (expected.body_first_words) result.summary = ingested !== undefined && isProseSentence(text('summary'));
  if (expected.language) result.language = text('language') === expected.language;
  return result;
}

/** Right and stated counts of each check, by source folder and in total. */
export type Tally = Record<string, Record<Check, { right: number; stated: number }>>;

export function tally(results: readonly { file: string; checks: Partial<Record<Check, boolean>> }[]): Tally {
  const table: Tally = {};
  const row = (name: string) => (table[name] ??= Object.fromEntries(CHECKS.map((check) => [check, { right: 0, stated: 0 }])) as Tally[string]);
  for (const { file, checks } of results) {
    for (const name of [file.split('/')[0]!, 'total']) {
      for (const check of CHECKS) {
        const value = checks[check];
        if (value === undefined) continue;
        row(name)[check].stated++;
        if (value) row(name)[check].right++;
      }
    }
  }
  return table;
}

/** The tally as a Markdown table: one row per source, one column per check. */
export function tallyTable(table: Tally): string {
  const lines = [`| source | ${CHECKS.join(' | ')} |`, `| --- |${CHECKS.map(() => ' --- |').join('')}`];
  for (const [name, row] of Object.entries(table).sort(([a], [b]) => (a === 'total' ? 1 : b === 'total' ? -1 : a.localeCompare(b)))) {
    lines.push(`| ${name} | ${CHECKS.map((check) => (row[check].stated === 0 ? '–' : `${row[check].right}/${row[check].stated}`)).join(' | ')} |`);
  }
  return lines.join('\n');
}
