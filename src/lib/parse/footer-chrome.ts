import { normaliseWhitespace } from './clean-text.ts';

/** The page chrome after an article's last paragraph. */
export interface Footer {
  /** Index of the first footer line; lines before it are body. */
  start: number;
  /** Tags listed under "Tags" or "Related Topics". */
  tags: string[];
  /** Other footer lines ("More on this story" links) that were left out of the body. */
  dropped: string[];
}

const TAG_MARKERS = /^(?:tags|related topics|topics)\s*:?$/i;
const LINK_MARKERS = /^(?:more on this story|related internet links|related stories|read more|related|see also)\s*:?$/i;

/**
 * Finds footer chrome: a marker line ("Tags", "Related Topics", "More on this
 * story") after which every line is a short label. A marker followed by a long
 * paragraph is body text, so a paragraph that merely says "Tags" is kept.
 */
export function findFooter(lines: readonly string[]): Footer {
  let start = lines.length;
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = (lines[index] ?? '').trim();
    // Footer lines are short labels; a sentence means the body is still going.
    if (line.length > 100 || /[.!]["”’)]?$/.test(line)) break;
    if (TAG_MARKERS.test(line) || LINK_MARKERS.test(line)) start = index;
  }
  const tags: string[] = [];
  const dropped: string[] = [];
  let collecting: 'tags' | 'links' = 'links';
  for (const raw of lines.slice(start)) {
    const line = normaliseWhitespace(raw);
    if (line === '') continue;
    if (TAG_MARKERS.test(line)) collecting = 'tags';
    else if (LINK_MARKERS.test(line)) collecting = 'links';
    else if (collecting === 'tags') tags.push(...line.split(/\s*[,;|]\s*/).filter(Boolean));
    else dropped.push(line);
  }
  return { start, tags, dropped };
}
