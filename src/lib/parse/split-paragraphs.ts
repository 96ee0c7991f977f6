import { normaliseWhitespace } from './clean-text.ts';

const indentOf = (line: string) => line.length - line.trimStart().length;

// Chinese and Japanese put no space between words: a line a dump wrapped between two of their characters is joined without one.
const WIDE_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60ー]\s*$/u;
const WIDE_START = /^\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3001-\u303f\uff01-\uff60ー]/u;

/** The lines of one paragraph as one line. */
// A word a wrap broke after its hyphen ("road re-" / "pairs", "long-" / "term"): joined with the hyphen kept, since
// a compound's own hyphen cannot be told from a typesetter's, and no word is lost either way. Not a hyphen left
// hanging before "and" ("three- and seven-day").
const HYPHEN_END = /\p{Ll}-$/u;
const LOWER_START = /^\s*(?!(?:and|or|nor|to|und|oder|bis|et|ou|y|o|e|ed|i|en|of)\s)\p{Ll}/u;
export function joinWrapped(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) text = text === '' ? line : `${text}${(WIDE_END.test(text) && WIDE_START.test(line)) || (HYPHEN_END.test(text) && LOWER_START.test(line)) ? '' : ' '}${line.trimStart()}`;
  return normaliseWhitespace(text);
}
// Chinese and Japanese text opens each paragraph with an ideographic space, where a dump does not leave a blank line.
const opensParagraph = (line: string) => /^[ \t]*\u3000/u.test(line);
const endsParagraph = (line: string) => /[.!?…:]["”’)]?\s*$/.test(line);

// lynx and elinks indent paragraphs by three spaces; Reuters' wire copy by two, and its paragraphs deeper.
const DUMP_MARGIN = 3;
// Lines a dump indents under a margin of their own: list items ("* ", "+ ", "o ", "1. ", "#").
const LIST_ITEM = /^\s*(?:[*+•o#-]|\d{1,2}[.)])\s/u;

/**
 * The lines without the margin a text dump gives every paragraph (`lynx
 * -dump` indents by three spaces, headings not), so that a byline or date
 * line reads as it would in a copy. Wire copy keeps its indents: there a
 * deeper indent starts each paragraph, where a dump indents only list items deeper.
 */
export function withoutDumpMargin(lines: readonly string[]): readonly string[] {
  const indents = lines.filter((line) => line.trim() !== '' && !LIST_ITEM.test(line)).map(indentOf).filter((indent) => indent > 0);
  if (indents.length < 3) return lines;
  const margin = Math.min(...indents);
  // A dump: nearly every indented line at a margin of three or more (wires indent by two), none deeper but list items.
  if (margin < DUMP_MARGIN || indents.filter((indent) => indent === margin).length < 0.95 * indents.length) return lines;
  const prefix = ' '.repeat(margin);
  return lines.map((line) => (line.startsWith(prefix) ? line.slice(margin) : line));
}

/**
 * Whether body lines are wire copy: hard-wrapped and indented, with a deeper
 * indent (not a blank line) marking each new paragraph.
 */
export function isWireCopy(lines: readonly string[]): boolean {
  const text = lines.filter((line) => line.trim() !== '');
  if (text.length < 2) return false;
  const indented = text.filter((line) => indentOf(line) >= 2).length;
  const first = lines.findIndex((line) => line.trim() !== '');
  const last = lines.findLastIndex((line) => line.trim() !== '');
  const blanks = last - first + 1 - text.length;
  return indented / text.length >= 0.6 && blanks <= text.length / 3;
}

/** How a paragraph that is an item of a list starts: a list in a page's body stays a list in the Markdown. */
export const LIST_ITEM_MARK = '• ';
export const isListItem = (paragraph: string) => paragraph.startsWith(LIST_ITEM_MARK);
// The bullets that dumps and converters give a list's items: "* " (lynx, Markdown), "• " (w3m), "+ ", "· ".
// Not a dash: a paragraph of dialogue opens with one in many languages ("– Vi har väntat länge").
const BULLET = /^(?:[*•·+]\s+)+(?=\S)/u;

/**
 * Splits a blank-line block of page text into paragraphs. Hard-wrapped lines
 * are joined; but where lines are longer than any wrap width, or a line ends a
 * sentence well short of the wrap width, each line is its own paragraph. Each
 * bulleted line starts an item of a list.
 */
function splitBlock(block: readonly string[]): string[] {
  const width = Math.max(...block.map((line) => line.length));
  const paragraphs: string[] = [];
  let current: string[] = [];
  let afterStamp = false;
  for (const [at, raw] of block.entries()) {
    const bullet = BULLET.exec(raw);
    // A live page's entry: its time alone on a line, then its heading, then its text ("16:30" / "Power restored" / "Engineers say…").
    const stamp = TIME_STAMP.test(raw);
    if ((bullet || stamp) && current.length > 0) {
      paragraphs.push(joinWrapped(current));
      current = [];
    }
    // A bulleted line that ends in a colon heads the items under it ("* Key points:"): it is no item.
    const item = bullet && !/[:：]\s*$/u.test(raw);
    const line = bullet ? `${item ? LIST_ITEM_MARK : ''}${raw.slice(bullet[0].length)}` : raw;
    current.push(line);
    const unwrapped = width > 120 || line.length < width * 0.75;
    // In text that no one wrapped, a short line over a long one is a heading ("Über die Stadtwerke" / "Die Stadtwerke … sind …").
    const next = block[at + 1];
    const heading = width > 120 && !bullet && next !== undefined && line.length <= 60 && next.length > 120 && /^\p{Lu}/u.test(line) && !endsParagraph(line);
    if (stamp || afterStamp || heading || (unwrapped && endsParagraph(line))) {
      paragraphs.push(joinWrapped(current));
      current = [];
    }
    afterStamp = stamp && block.length > 2;
  }
  if (current.length > 0) paragraphs.push(joinWrapped(current));
  return paragraphs;
}

// A time of day alone on its line, with its zone or the day: "16:30", "2:05pm GMT", "14h05", "17 Nov 16:30".
const TIME_STAMP = /^(?:\d{1,2}\s+\p{L}{3,9}\.?\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/iu;

// An export's rule of dashes or equals signs is one too ("-----", "=====").
const RULE = /^\s*(?:_{3,}|[-=]{10,})\s*$/u;

/** Paragraphs of page text: blocks separated by blank lines. */
export function pageParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let block: string[] = [];
  for (const raw of [...lines, '']) {
    // The rule a wire sets between the story and its closing lines ("___") ends a paragraph and is no text.
    const line = RULE.test(raw) ? '' : raw;
    if (line.trim() === '' || (opensParagraph(line) && block.length > 0)) {
      if (block.length > 0) paragraphs.push(...splitBlock(block));
      block = [];
    }
    if (line.trim() !== '') {
      block.push(line.trim());
    }
  }
  return paragraphs.filter(Boolean);
}

/** Paragraphs of wire copy: a new one at each deeper indent or blank line. */
export function wireParagraphs(lines: readonly string[]): string[] {
  const text = lines.filter((line) => line.trim() !== '');
  const indents = text.map(indentOf);
  const base = Math.min(...indents);
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) paragraphs.push(joinWrapped(current));
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (indentOf(line) >= base + 3 || opensParagraph(line)) flush();
    current.push(line);
  }
  flush();
  return paragraphs.filter(Boolean);
}
