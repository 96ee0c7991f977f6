import { isBylineRole } from './header-lines.ts';
import { SENTENCE_END } from './prose.ts';

// A print edition's column as pdftotext gives it: short lines, no blank line
// between the folio, the headline, the deck, the byline and the body. The
// headline's lines run on in lower case ("Quay lights" / "to be replaced" /
// "before spring"); the deck starts over in capitals; the byline says where
// the header ends.
const COLUMN_WIDTH = 45;
// A deck may run across the columns.
const HEADER_WIDTH = 100;
const MIN_COLUMN_LINES = 6;
// How far down the column its byline may stand: a headline and a deck of a few lines each.
const BYLINE_WITHIN = 10;
// Italian and Spanish print the byline's word in lower case: "di Francesca Albertini".
const BYLINE = /^(?:By|BY|Par|PAR|par|Von|VON|von|Por|POR|por|Di|DI|di|Door|door|Av|av|Af|af|Przez|przez|Автор:?)\s+\p{Lu}/u;
// How many of the body's lines under the header are checked for the column's width, and how many it must have.
const BODY_LINES_CHECKED = 20;
const MIN_BODY_LINES = 4;
const WIDER_SHARE = 0.2;
const RUN_ON_SHARE = 0.4;
const RUNS_ON = /^[\p{Ll}\d(‘“"'-]/u;
// The folio and labels over the headline, in capitals or figures: "LA GAZZETTA DI VALTORRE", "GIOVEDÌ 6 FEBBRAIO 2025", "14".
const IN_CAPITALS = /^[^\p{Ll}]+$/u;
// Two words in capitals at least: a head, not an agency's name ("AFP").
const SECTION_HEAD = /\p{Lu}{2,}\s+\p{Lu}{2,}/u;
// The line that sends the reader on to another page, with the story's key word, and the head it resumes under there.
const JUMP_OUT = /^(?:please\s+)?(?:see|continued on)\s+(?:(\p{Lu}[\p{Lu}\s'’-]{1,30}?),?\s+)?(?:page\s+)?[A-Z]?\d{1,3}\.?$/iu;
const jumpHead = (word: string) => new RegExp(String.raw`^${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\s+(?:from|continued from)\s+(?:page\s+)?[A-Z]?\d{1,3}\b`, 'u');
const FROM_PAGE = /^(?:from|continued from)\s+(?:page\s+)?[A-Z]?\d{1,3}$/iu;
const FROM_PAGE_START = /^(?:from|continued from)\s+(?:page\s+)?[A-Z]?\d{1,3}\b/iu;
// A word a typesetter broke at the column's edge ("com-" / "plained"): no compound breaks this often.
const BROKEN_WORD = /\p{Ll}-$/u;

export interface PrintColumn {
  /** The lines with the header set apart as a web page's is. */
  lines: string[];
  /** The folio and labels over the headline, which the caller may read a date from. */
  over: string[];
  /** The rest of the page under the story: the next story, the folio at the page's foot. */
  after: string[];
}

/**
 * A print column's header set apart as a web page's is (the headline on one
 * line, the deck on one, the byline and its role, each a block of its own)
 * and its words broken at the column's edge joined again, when the first
 * block of text from `from` is such a column; undefined otherwise.
 */
function printColumn(lines: readonly string[], from: number): PrintColumn | undefined {
  let end = from;
  while (end < lines.length && (lines[end] ?? '').trim() !== '') end++;
  const whole = lines.slice(from, end).map((line) => line.trim());
  let top = 0;
  while (top < whole.length && IN_CAPITALS.test(whole[top]!)) top++;
  const block = whole.slice(top);
  const bylineAt = block.findIndex((line, at) => at > 0 && at <= BYLINE_WITHIN && BYLINE.test(line));
  if (block.length < MIN_COLUMN_LINES || bylineAt < 1 || block.slice(0, bylineAt + 1).some((line) => line.length > HEADER_WIDTH) || SENTENCE_END.test(block[0]!)) return undefined;
  let headlineEnd = 1;
  while (headlineEnd < bylineAt && RUNS_ON.test(block[headlineEnd]!)) headlineEnd++;
  const deck = block.slice(headlineEnd, bylineAt);
  // The byline's role on the line under it ("Local Democracy Reporter"), where the body's first line runs on in lower case.
  const role = block[bylineAt + 1];
  const hasRole = role !== undefined && isBylineRole(role) && !SENTENCE_END.test(role) && !RUNS_ON.test(block[bylineAt + 2] ?? 'A');
  const bodyAt = bylineAt + (hasRole ? 2 : 1);
  // The body is set in the column too: its lines are as narrow (a caption among them may be wider), most of them
  // running on mid-sentence.
  const checked = block.slice(bodyAt, bodyAt + BODY_LINES_CHECKED);
  // Wrapped prose: lines that a line in lower case goes on from, or that break a word.
  const runOn = checked.filter((line, at) => BROKEN_WORD.test(line) || /^\p{Ll}/u.test(checked[at + 1] ?? '')).length;
  if (checked.length < MIN_BODY_LINES || checked.filter((line) => line.length > COLUMN_WIDTH).length > checked.length * WIDER_SHARE || runOn < checked.length * RUN_ON_SHARE) return undefined;
  const header = [block.slice(0, headlineEnd).join(' '), '', ...(deck.length > 0 ? [deck.join(' '), ''] : []), block[bylineAt]!, ...(hasRole ? [role] : []), ''];
  const over = whole.slice(0, top);
  // A story the page continues on another ("See WATER, A6" … "WATER From A1 The $38 million project…"): its two
  // parts, without the other stories and the folio between them.
  const rest = [...block.slice(bodyAt), ...lines.slice(end)];
  const jumpOut = rest.findIndex((line) => JUMP_OUT.test(line.trim()));
  const word = jumpOut >= 0 ? JUMP_OUT.exec(rest[jumpOut]!.trim())?.[1] : undefined;
  // The head may take two lines: "WATER" / "From A1".
  const headAt = (at: number) => jumpHead(word!).test(rest[at]!.trim()) || (rest[at]!.trim().toLowerCase() === word!.toLowerCase() && FROM_PAGE.test(rest[at + 1]?.trim() ?? ''));
  const headStart = word ? rest.findIndex((_, at) => at > jumpOut && headAt(at)) : -1;
  const jumpIn = headStart >= 0 && !jumpHead(word!).test(rest[headStart]!.trim()) ? headStart + 1 : headStart;
  if (jumpIn > jumpOut && jumpOut > 0) {
    const resumed = rest[jumpIn]!.trim().replace(jumpHead(word!), '').replace(FROM_PAGE_START, '').trim();
    // The part on the other page ends, as the first does, at a head or the page's foot line in capitals.
    const tail = rest.slice(jumpIn + 1);
    const tailEnd = tail.findIndex((line) => IN_CAPITALS.test(line.trim()) && SECTION_HEAD.test(line));
    const body = [...rest.slice(0, jumpOut), ...(resumed ? [resumed] : []), ...(tailEnd >= 0 ? tail.slice(0, tailEnd) : tail)];
    const after = [...rest.slice(jumpOut, jumpIn + 1), ...(tailEnd >= 0 ? tail.slice(tailEnd) : [])].filter((line) => line.trim() !== '');
    return { lines: [...lines.slice(0, from), ...header, ...withBrokenWordsJoined(body)], over, after };
  }
  // The next story on the page starts under a head in capitals ("IN BREVE", "NEWS IN BRIEF"), the folio at its foot.
  const nextStory = block.findIndex((line, at) => at > bodyAt && IN_CAPITALS.test(line) && SECTION_HEAD.test(line));
  const bodyEnd = nextStory > 0 ? nextStory : block.length;
  return { lines: [...lines.slice(0, from), ...header, ...withBrokenWordsJoined(block.slice(bodyAt, bodyEnd)), ...lines.slice(end)], over, after: block.slice(bodyEnd) };
}

/** The lines with each word broken at a line's end moved whole onto that line ("com-" / "plained two" → "complained" / "two"). */
function withBrokenWordsJoined(lines: readonly string[]): string[] {
  const joined = [...lines];
  for (let at = 0; at + 1 < joined.length; at++) {
    const line = joined[at]!;
    const [rest = '', ...after] = joined[at + 1]!.split(' ');
    if (!BROKEN_WORD.test(line) || !/^\p{Ll}/u.test(rest)) continue;
    joined[at] = `${line.slice(0, -1)}${rest}`;
    joined[at + 1] = after.join(' ');
  }
  return joined;
}

// How many blocks of a front page's furniture (its masthead, price, index, weather) may stand over the column.
const FURNITURE_BLOCKS = 6;
const FURNITURE_LINES = 4;

/** The first print column among the blocks from `from`, under blocks of short lines only, with the line it starts on. */
export function printColumnUnder(lines: readonly string[], from: number): (PrintColumn & { at: number }) | undefined {
  let at = from;
  for (let block = 0; block <= FURNITURE_BLOCKS && at < lines.length; block++) {
    const column = printColumn(lines, at);
    if (column) return { ...column, at };
    let end = at;
    while (end < lines.length && (lines[end] ?? '').trim() !== '') end++;
    if (end - at > FURNITURE_LINES || lines.slice(at, end).some((line) => line.trim().length > HEADER_WIDTH)) return undefined;
    at = end;
    while (at < lines.length && (lines[at] ?? '').trim() === '') at++;
  }
  return undefined;
}
