import { isBylineRole } from './header-lines.ts';
import { SENTENCE_END } from './prose.ts';

// A print edition's column as pdftotext gives it: short lines, no blank line
// between the headline, the deck, the byline and the body. The headline's
// lines run on in lower case ("Quay lights" / "to be replaced" / "before
// spring"); the deck starts over in capitals; the byline says where the
// header ends.
const COLUMN_WIDTH = 45;
const MIN_COLUMN_LINES = 6;
// How far down the column its byline may stand: a headline and a deck of a few lines each.
const BYLINE_WITHIN = 10;
const BYLINE = /^(?:By|BY|Par|PAR|Von|VON|Por|POR|Di|DI|Door|Av|Af|Przez|Автор:?)\s+\p{Lu}/u;
// How many of the body's lines under the header are checked for the column's width, and how many it must have.
const BODY_LINES_CHECKED = 20;
const MIN_BODY_LINES = 4;
const RUNS_ON = /^[\p{Ll}\d(‘“"'-]/u;

/**
 * The lines with a print column's header set apart as a web page's is (the
 * headline on one line, the deck on one, the byline and its role, each a
 * block of its own), when the first block of text from `from` is such a
 * column; the lines unchanged otherwise.
 */
export function withPrintColumnHeader(lines: readonly string[], from: number): readonly string[] {
  let end = from;
  while (end < lines.length && (lines[end] ?? '').trim() !== '') end++;
  const block = lines.slice(from, end).map((line) => line.trim());
  const bylineAt = block.findIndex((line, at) => at > 0 && at <= BYLINE_WITHIN && BYLINE.test(line));
  if (block.length < MIN_COLUMN_LINES || bylineAt < 1 || block.slice(0, bylineAt + 2).some((line) => line.length > COLUMN_WIDTH) || SENTENCE_END.test(block[0]!)) return lines;
  let headlineEnd = 1;
  while (headlineEnd < bylineAt && RUNS_ON.test(block[headlineEnd]!)) headlineEnd++;
  const deck = block.slice(headlineEnd, bylineAt);
  // The byline's role on the line under it ("Local Democracy Reporter"), where the body's first line runs on in lower case.
  const role = block[bylineAt + 1];
  const hasRole = role !== undefined && isBylineRole(role) && !SENTENCE_END.test(role) && !RUNS_ON.test(block[bylineAt + 2] ?? 'A');
  const bodyAt = bylineAt + (hasRole ? 2 : 1);
  // The body is set in the column too: its lines are as narrow, most of them running on mid-sentence.
  const body = block.slice(bodyAt, bodyAt + BODY_LINES_CHECKED);
  if (body.length < MIN_BODY_LINES || body.some((line) => line.length > COLUMN_WIDTH) || body.filter((line) => !SENTENCE_END.test(line)).length < body.length / 2) return lines;
  const header = [block.slice(0, headlineEnd).join(' '), '', ...(deck.length > 0 ? [deck.join(' '), ''] : []), block[bylineAt]!, ...(hasRole ? [role] : []), ''];
  return [...lines.slice(0, from), ...header, ...block.slice(bodyAt), ...lines.slice(end)];
}
