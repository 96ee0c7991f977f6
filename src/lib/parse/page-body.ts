// The body of a saved page: the run of units of greatest worth, where it
// ends, and the short lines that close it (see find-article.ts).
import { isInlineChrome } from './inline-chrome.ts';
import { READ_ALSO_LABELS, RELATED_HEADINGS } from './related-headings.ts';
import { BRACKETED, CHROME_WORDS, HAS_RESIDUE, SENTENCE_END, STAFF_CREDIT, columns, isNotice, isSectionAfter, type Block, type Kind } from './page-units.ts';

// What a block adds to the body's run. Prose adds its length; anything
// else costs half its length, at least a minimum: a heading between
// paragraphs little, a menu by how much text it has. So the best run is
// the article's body and not a list of teasers (a headline, a line of
// prose, a headline…), and a menu or player within an article costs less
// than the article's paragraphs after it are worth.
const HEADING_COST = 20;
const SHORT_COST = 30;
const BAD_COST = 60;
const SECTION_COST = 500;
// How much of the heaviest run's weight an earlier run needs to be the body.
const EARLY_RUN = 0.6;
// Units of chrome after an article's last paragraphs from which single paragraphs after them are teasers.
const TEASER_GAP = 4;
// Paragraphs in a row that make a run of full weight, a block counting as one per PARAGRAPH_COLUMNS.
const FULL_STREAK = 5;
const PARAGRAPH_COLUMNS = 500;
// Rules ("___") and links to other stories that may stand between an article's last paragraph and its closing lines, in all.
const MAX_SKIPPED = 2;

function valueOf(block: Block, kind: Kind, good: boolean): number {
  const length = block.text.length;
  // "Related", "Most read": what follows is seldom the article, unless much more of it does.
  if (isSectionAfter(block.text)) return -SECTION_COST;
  if (kind === 'good' || (kind === 'neargood' && good)) return length;
  // Near-good between chrome: likely a lede under a headline and video line, worth half.
  if (kind === 'neargood') return length / 2;
  // A heading stands alone between paragraphs; a short line of a list is chrome wherever it is.
  if (kind === 'short') return good && !block.inList ? -HEADING_COST : -Math.max(SHORT_COST, length / 2);
  if (isSparseSentence(block, kind)) return -Math.max(SHORT_COST, length / 4);
  return -Math.max(BAD_COST, length / 2);
}

/**
 * The short lines that close an article after its last paragraph, past a
 * rule ("___"), an image's name or a link to another story: a last one-line paragraph, a
 * correction, "X contributed to this report", the editor's credit of a
 * Chinese page ("[责任编辑:肖春芳]"). Each ends like a sentence or is such a
 * credit, and is no chrome.
 */
export function closingLines(blocks: readonly Block[], kinds: readonly Kind[], last: number): number[] {
  const closing: number[] = [];
  let skipped = 0;
  for (let index = last + 1; index < blocks.length && skipped <= MAX_SKIPPED; index++) {
    const block = blocks[index]!;
    const kind = kinds[index]!;
    if (isSectionAfter(block.text)) break;
    const sentence = (SENTENCE_END.test(block.text) || STAFF_CREDIT.test(block.text)) && !CHROME_WORDS.test(block.text);
    if (sentence && (kind === 'short' || kind === 'neargood' || isSparseSentence(block, kind))) closing.push(index);
    else if (/^[\p{P}\p{S}\s]*$/u.test(block.text) || BRACKETED.test(block.text) || (kind === 'short' && !sentence)) skipped++;
    else break;
  }
  return closing;
}

/** A block sparse in stopwords but written as a sentence: a list of figures or names in the copy, not a menu or a notice. */
export const isSparseSentence = (block: Block, kind: Kind) => kind === 'bad' && SENTENCE_END.test(block.text) && !HAS_RESIDUE.test(block.text) && !isNotice(block.text);

/**
 * The body's run of blocks, `[first, last]`. Runs of positive value are
 * found as in the maximum subarray (each as long as its value grows); a
 * heading of what follows an article ("Related", "Most read") ends one.
 * Each is weighed by its value and by its longest streak of paragraphs in
 * a row: an article has several, a list of teasers one at a time. The
 * body is the first run weighing at least EARLY_RUN of the heaviest: an
 * article comes before the teasers and galleries that follow it.
 */
export function mainRun(blocks: readonly Block[], kinds: readonly Kind[], good: readonly boolean[]): [number, number] | undefined {
  const runs: { first: number; last: number; value: number }[] = [];
  let current: { first: number; last: number; value: number } | undefined;
  let value = 0;
  const framed = framedBoxes(blocks, kinds);
  blocks.forEach((block, index) => {
    if (value <= 0) {
      if (current) runs.push(current);
      current = undefined;
      value = 0;
    }
    value += framed[index] === 'inside' ? 0 : framed[index] === 'rule' ? -BAD_COST : valueOf(block, kinds[index]!, good[index]!);
    if (value > 0 && (!current || value > current.value)) current = { first: current?.first ?? index, last: index, value };
  });
  if (current) runs.push(current);
  const isParagraph = (index: number) => kinds[index] === 'good' || (kinds[index] === 'neargood' && good[index] === true);
  const weight = ({ first, last, value }: { first: number; last: number; value: number }) => {
    let streak = 0;
    let longest = 0;
    // A long block counts as the paragraphs a dump without blank lines ran together.
    // An advertisement slot between two paragraphs ("Advertisement") does not break their streak.
    for (let index = first; index <= last; index++) {
      if (isInlineChrome(blocks[index]!.text)) continue;
      longest = Math.max(longest, (streak = isParagraph(index) ? streak + Math.max(1, columns(blocks[index]!.text) / PARAGRAPH_COLUMNS) : 0));
    }
    return value * Math.min(1, longest / FULL_STREAK) ** 2;
  };
  const heaviest = Math.max(0, ...runs.map(weight));
  // With no run of paragraphs good in context (a short story), the run of the most prose is the article.
  const most = Math.max(0, ...runs.map((run) => run.value));
  const chosen = heaviest > 0 ? runs.find((run) => weight(run) >= EARLY_RUN * heaviest) : runs.find((run) => run.value === most);
  if (!chosen) return undefined;
  const last = withoutTeasers(chosen.first, chosen.last, isParagraph, (index) => continuesList(blocks, index));
  // A listicle's next numbered section after a box of teasers ("Read more") is still the article.
  const end = last < chosen.last && sectionsGoOn(blocks, chosen.first, last, chosen.last) ? chosen.last : last;
  return [beforeBox(blocks, kinds, chosen.first), pastReadAlsoBox(blocks, kinds, end)];
}

// A line of rule characters only, as a dump draws a box's frame: "━━━━", "────", "====".
const RULE = /^[━─═—_=*~-]{10,}$/u;
// How many units a framed box may hold.
const MAX_FRAMED = 16;

/**
 * The units of boxes framed by two rules (a fact box, a line-up, a "Quick
 * guide" a page sets inside its article): each box costs what its two rules
 * cost, so the paragraphs after it stay in the run. Its own units are never
 * the body (see find-article.ts). A frame with no paragraph on either side
 * of it frames the article itself, as a dump draws rules under a menu and
 * over the footer: no box.
 */
export function framedBoxes(blocks: readonly Block[], kinds: readonly Kind[]): ('rule' | 'inside' | undefined)[] {
  const framed: ('rule' | 'inside' | undefined)[] = blocks.map(() => undefined);
  const isProse = (index: number) => kinds[index] === 'good' || kinds[index] === 'neargood';
  for (let at = 0; at < blocks.length; at++) {
    if (!RULE.test(blocks[at]!.text)) continue;
    const close = blocks.findIndex((block, index) => index > at + 1 && index <= at + MAX_FRAMED + 1 && RULE.test(block.text));
    if (close < 0) continue;
    if (!blocks.slice(0, at).some((_, index) => isProse(index)) || !blocks.slice(close + 1).some((_, index) => isProse(close + 1 + index))) {
      at = close - 1;
      continue;
    }
    framed[at] = framed[close] = 'rule';
    for (let inside = at + 1; inside < close; inside++) framed[inside] = 'inside';
    at = close;
  }
  return framed;
}

// The heading of a box of links to other stories that a page sets inside an article: "Read more", "Most read", "Čtěte také".
export const BOX_HEADING = new RegExp(`^(?:more on this(?: story)?|${RELATED_HEADINGS.join('|')})\\s*[:：]?$`, 'iu');
const isParagraphKind = (kind: Kind | undefined) => kind === 'good' || kind === 'neargood';

/**
 * The first unit of the article when a box of links ("Most read", "Read
 * also": its heading, then list items) stands just before unit `first`
 * and paragraphs stand before the box: a page set the box among the
 * article's paragraphs.
 */
function beforeBox(blocks: readonly Block[], kinds: readonly Kind[], first: number): number {
  let at = first - 1;
  while (at > 0 && (kinds[at] === 'short' || kinds[at] === 'bad') && (blocks[at]!.inList || !SENTENCE_END.test(blocks[at]!.text)) && !BOX_HEADING.test(blocks[at]!.text) && first - at <= MAX_BOX_ITEMS) at--;
  if (at <= 0 || at === first - 1 || !BOX_HEADING.test(blocks[at]!.text) || !isParagraphKind(kinds[at - 1])) return first;
  at--;
  while (at > 0 && isParagraphKind(kinds[at - 1])) at--;
  return at;
}

const MAX_BOX_ITEMS = 5;
const READ_ALSO_HEADING = new RegExp(`^(?:${READ_ALSO_LABELS.join('|')})\\s*[:：]?$`, 'iu');

/**
 * The last unit of the article when a "Read also" box (its heading, then
 * its links as list items) stands after unit `last` and paragraphs follow
 * it: those are the article's, which the box only interrupted.
 */
function pastReadAlsoBox(blocks: readonly Block[], kinds: readonly Kind[], last: number): number {
  let at = last + 1;
  const heading = blocks[at]?.text ?? '';
  if (!BOX_HEADING.test(heading)) return last;
  const items = at + 1;
  at++;
  // Its items: a list, or short lines that end no sentence (a copy that spaces every line).
  const isItem = (index: number) => (kinds[index] === 'short' || kinds[index] === 'bad') && (blocks[index]!.inList || /^[*•+-]\s/u.test(blocks[index]!.text) || !SENTENCE_END.test(blocks[index]!.text));
  while (at < blocks.length && isItem(at)) at++;
  // A box of other stories ("Most read") ends many an article: the article goes on after it only with a full paragraph.
  if (!READ_ALSO_HEADING.test(heading) && (kinds[at] !== 'good' || at - items > MAX_BOX_ITEMS)) return last;
  const isProse = (index: number) => index < blocks.length && (kinds[index] === 'good' || kinds[index] === 'neargood' || (kinds[index] === 'short' && SENTENCE_END.test(blocks[index]!.text) && blocks[index]!.text.length >= 30));
  if (!isProse(at) || kinds[at] === 'short') return last;
  while (isProse(at + 1)) at++;
  return at;
}

const NUMBER = /^(\d{1,2})[.)]\s/u;
// A numbered section heading of a listicle: "5. Beware the wall-mounted hairdryer".
const SECTION = /^(\d{1,2})[.)]\s+\p{Lu}/u;

/**
 * Whether the units after `cut` (up to `last`) go on with the numbered
 * sections of the units `[first, cut]`: the heading numbered after the last one there.
 */
function sectionsGoOn(blocks: readonly Block[], first: number, cut: number, last: number): boolean {
  const numberOf = (block: Block) => (block.text.length <= 120 ? SECTION.exec(block.text)?.[1] : undefined);
  const before = blocks.slice(first, cut + 1).map(numberOf).filter((number) => number !== undefined).map(Number);
  if (before.length < 2) return false;
  const next = Math.max(...before) + 1;
  return blocks.slice(cut + 1, last + 1).some((block) => Number(numberOf(block)) === next);
}

/**
 * Whether a unit is the next item of a numbered list in the copy ("The
 * towns were ranked as follows:", "1. Port Alder", "2. Fenwick"): a line
 * of the same block as the one before, numbered after it or after a line
 * that introduces it. Such a list is the article's; a list of teasers is not numbered so.
 */
function continuesList(blocks: readonly Block[], index: number): boolean {
  const unit = blocks[index]!;
  const previous = blocks[index - 1];
  const number = NUMBER.exec(unit.text)?.[1];
  if (!previous || previous.end !== unit.start || number === undefined) return false;
  const before = NUMBER.exec(previous.text)?.[1];
  return before === undefined ? number === '1' && /[:：]$/u.test(previous.text) : Number(number) === Number(before) + 1;
}

/**
 * Where a run ends once a tail of teasers is cut: after its last two
 * paragraphs in a row, when TEASER_GAP units of chrome or more follow them
 * (a numbered list in the copy counting as one)
 * and the tail has only paragraphs one at a time (a teaser's line between
 * its headline and the next).
 */
function withoutTeasers(first: number, last: number, isParagraph: (index: number) => boolean, continuesList: (index: number) => boolean): number {
  let streakEnd = -1;
  for (let index = last; index > first; index--) {
    if (isParagraph(index) && isParagraph(index - 1)) {
      streakEnd = index;
      break;
    }
  }
  if (streakEnd < 0 || streakEnd === last) return last;
  let gap = 0;
  for (let index = streakEnd + 1; index <= last && !isParagraph(index); index++) if (!continuesList(index)) gap++;
  return gap >= TEASER_GAP ? streakEnd : last;
}
