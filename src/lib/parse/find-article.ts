import { joinWrapped } from './split-paragraphs.ts';
// Finds the article in a whole saved page (Select All → Copy, `lynx -dump`,
// `w3m -dump`): the navigation, notices, share buttons, "Related" and
// "Most read" lists and footers around it are left out, as jusText leaves
// them out of HTML. The page is cut into units, each judged by its length,
// its stopwords and its neighbours (page-units.ts); the body is the run of
// units of greatest worth (page-body.ts); the headline is the title-like
// line above it that shares most with the lede and that a byline or date
// follows (page-headline.ts). This file puts them together.
import { normaliseWhitespace } from './clean-text.ts';
import { captionWithCredit, creditOf, isCreditLike } from './header-lines.ts';
import { isInlineChrome } from './inline-chrome.ts';
import { findDateline } from './find-dateline.ts';
import { findHeadline, marksHeader, type HeaderRoleOf } from './page-headline.ts';
import { closingLines, framedBoxes, isSparseSentence, mainRun, BOX_HEADING } from './page-body.ts';
import { CHROME_WORDS, HAS_RESIDUE, isConsentNotice, isMenuItem, menuItemsOnLine, TIME_ALONE, LENGTH_LOW, SENTENCE_END, UNSPACED, UNSPACED_PUNCTUATION, WRAPPED_HEADLINE, blocksOf, columns, inContext, kindOf, pageDensities, unitsOf, type Block } from './page-units.ts';
import { stopwordLanguage, wordsOf } from './stopwords.ts';

export { blocksOf, isSectionAfter, type Block } from './page-units.ts';
export type { HeaderRole, HeaderRoleOf } from './page-headline.ts';

/** What a saved page holds: where its headline, header and body are. */
export interface SavedPage {
  /** Lines of the headline, `[start, end)`: a dump may wrap it. */
  headline: { start: number; end: number };
  /** Lines of the standfirst under it, when there is one. */
  standfirst?: { start: number; end: number };
  /** Line indices between the headline and the body: byline, dates, captions, or chrome. */
  header: number[];
  /** The body's blocks, in order. */
  body: Block[];
  /** Text left out: everything before the headline, after the body, and chrome within it. */
  dropped: string[];
}

// Lines of chrome before the article from which a file is read as a saved page; fewer when its first line,
// which an article file gives to its headline, is chrome itself ("Menu", "Skip to content", "Home").
const MIN_CHROME_LINES = 6;
const MIN_CHROME_LINES_UNDER_CHROME = 3;
// A first line that only a page's navigation has: then that line is chrome enough.
// An email newsletter pasted whole opens with its link to the web copy: "View this email in your browser".
const NAVIGATION_FIRST = /^(?:skip to (?:the )?(?:main )?(?:content|navigation|article)|(?:تخطي|تجاوز|انتقل|الانتقال) إلى المحتوى(?: الرئيسي)?|דלג לתוכן|پرش به محتوا|(?:main )?menu|navigation|search|sign in|log in|subscribe|accessibility links|home|view (?:this )?(?:email|e-mail|newsletter|message)? ?(?:in (?:your |a )?(?:web )?browser|online|on (?:the|our) (?:web|website))|having trouble viewing this (?:email|e-mail)\??.*)$/iu;
// Menu items in a row that make a menu, wherever the blank lines fall.
const MENU_RUN = 4;
// How far into the main run (blocks, and characters before it) a byline or
// date may stand and still be the article's header, after a standfirst and a photo.
const HEADER_IN_RUN = 8;
const HEADER_IN_RUN_CHARACTERS = 800;
// The longest standfirst a copy without blank lines runs into the body's first unit.
const STANDFIRST_CHARACTERS = 300;

// A button's icon left alone on its line ("☰", "✕", "⋮"), and a counter of comments or shares ("3 comentarii", "12 Kommentare").
const ICON_ALONE = /^[^\p{L}\p{N}\s]{1,3}$/u;
const COUNTER_ALONE = /^\d[\d.,]*\s\p{L}+$/u;


/** Whether a headline reads like page chrome: a label of a word or two, or the words of menus and notices. */
export function looksLikeChrome(line: string): boolean {
  const text = normaliseWhitespace(line);
  return CHROME_WORDS.test(text) || HAS_RESIDUE.test(text) || (!UNSPACED.test(text) && text.split(' ').length <= 2 && text.length < 20) || menuItemsOnLine(line.trim()) > 0;
}

/**
 * How many lines before the article are page chrome: menus (four or more
 * short lines in a row), link and button residue, bullets, and the words of
 * account, sharing and legal notices. A table or a fixture list, which
 * news copy has, is none of these.
 */
function chromeLines(lines: readonly string[], blocks: readonly Block[]): number {
  let count = 0;
  // A copy may put a blank line between every line, or none anywhere: a menu is then a run of items across blocks, or inside a long one.
  let run = 0;
  for (const block of blocks) {
    const blockLines = lines.slice(block.start, block.end).map(normaliseWhitespace);
    // A menu may end in a breadcrumb or a "More >>": most of its lines are items.
    const items = blockLines.filter(isMenuItem).length;
    const menu = blockLines.length >= 4 && items >= 0.8 * blockLines.length;
    for (const [at, line] of blockLines.entries()) {
      // A menu on one line ("Home | News | Sports | Obituaries", "Markets   Tech   Energy") counts an item a line.
      const inline = menuItemsOnLine((lines[block.start + at] ?? '').trim());
      if (inline > 0) {
        count += inline;
        run = 0;
        continue;
      }
      run = isMenuItem(line) ? run + 1 : 0;
      // The fourth item of a run counts the three before it too.
      if (!menu && run === MENU_RUN) count += MENU_RUN - 1;
      if ((menu && isMenuItem(line)) || (!menu && run >= MENU_RUN) || HAS_RESIDUE.test(line) || CHROME_WORDS.test(line) || ICON_ALONE.test(line) || COUNTER_ALONE.test(line)) count++;
    }
  }
  return count;
}

const nextLineAt = (lines: readonly string[], from: number) => {
  let at = from;
  while (at < lines.length && (lines[at] ?? '').trim() === '') at++;
  return at;
};

/** The units in such a box: its heading and the short lines after it, up to the next paragraph. */
function inBox(units: readonly Block[], kinds: readonly string[]): boolean[] {
  const boxed = units.map(() => false);
  for (let at = 0; at < units.length; at++) {
    if (!BOX_HEADING.test(units[at]!.text)) continue;
    boxed[at] = true;
    // Up to the next paragraph, or a listicle's next numbered section.
    for (let next = at + 1; next < units.length && (kinds[next] === 'short' || kinds[next] === 'bad') && !/^\d{1,2}[.)]\s/u.test(units[next]!.text); next++) boxed[next] = true;
  }
  return boxed;
}

// A gallery slide's counter and title: "1/50 United goin down", "3 / 12 Crowds at the port".
const SLIDE = /^(\d{1,3})\s*\/\s*(\d{1,3})\s+\S/u;
// Slides a gallery has at least, numbered 1, 2, 3… of the same total; lines of its title before them at most.
const MIN_SLIDES = 3;
const GALLERY_TITLE_LINES = 3;

/**
 * The units without an image gallery's slides, and the slides' text. A
 * gallery is three or more slides counted "n/total" from 1 up; each slide
 * runs to the next, and the last one as far as the slides before it did on
 * average (its line and its credit).
 */
function withoutGallery(units: readonly Block[]): { units: Block[]; gallery: string[] } {
  const slides: { at: number; total: string }[] = [];
  units.forEach((unit, at) => {
    const slide = SLIDE.exec(unit.text);
    if (!slide) return;
    const [, number, total] = slide;
    if (Number(number) === 1) slides.length = 0;
    const previous = slides.at(-1);
    if (Number(number) === 1 || (previous && previous.total === total && Number(number) === slides.length + 1)) slides.push({ at, total: total! });
  });
  if (slides.length < MIN_SLIDES) return { units: [...units], gallery: [] };
  let first = slides[0]!.at;
  const last = slides.at(-1)!.at;
  // Its title lines before the first slide ("Business news in pictures", "50 show all"): short, no sentence, no numbered section.
  for (let back = 0; back < GALLERY_TITLE_LINES && first > 0; back++) {
    const text = units[first - 1]!.text;
    if (text.length > 60 || SENTENCE_END.test(text) || /^\d{1,2}[.)]\s/u.test(text)) break;
    first--;
  }
  const end = Math.min(units.length, last + Math.round((last - slides[0]!.at) / (slides.length - 1)));
  return { units: [...units.slice(0, first), ...units.slice(end)], gallery: units.slice(first, end).map((unit) => unit.text) };
}

// The heading of a box of the story's key points over its lede, in the languages of the stopword lists' largest users.
export const KEY_POINTS = /^(?:key points|key facts|at a glance|in short|in brief|what we know|what you need to know|the latest|highlights|summary|l'essentiel|en bref|das wichtigste in kürze|auf einen blick|lo esencial|lo que sabemos|em resumo|in sintesi|главное|要点|ポイント|मुख्य बातें|खास बातें|प्रमुख बातें|মূল বিষয়)\s*[:：]?$/iu;
const KEY_POINTS_ITEMS = 8;

/** The body's first unit, taking in a box of key points just above it ("Key points:" and its items): the article's words. */
function withKeyPoints(blocks: readonly Block[], first: number): number {
  for (let at = first - 2; at >= 0 && at >= first - 1 - KEY_POINTS_ITEMS; at--) {
    if (KEY_POINTS.test(blocks[at]!.text.replace(/^[*•+]\s+/u, ''))) return blocks.slice(at + 1, first).every((block) => block.text.length <= 200) ? at : first;
  }
  return first;
}

/**
 * Whether the text from line `from` starts with a paragraph of prose, as
 * an article file's body does: then it is not read as a saved page. Cheap,
 * so that ordinary files never pay for the page analysis.
 */
export function startsWithProse(lines: readonly string[], from: number): boolean {
  let start = from;
  while (start < lines.length && (lines[start] ?? '').trim() === '') start++;
  let end = start;
  while (end < lines.length && (lines[end] ?? '').trim() !== '') end++;
  if (end === start) return true;
  const text = joinWrapped(lines.slice(start, end));
  if (end - start >= 3 && text.length / (end - start) < 30) return false;
  // A site's menu on a line ("Politics | Business | Metro | Sports") is no prose, nor a consent banner's notice.
  if (isConsentNotice(text) || (text.match(/\s[|·•]\s/gu)?.length ?? 0) >= 3 || menuItemsOnLine((lines[start] ?? '').trim()) > 0) return false;
  // A block of lines that opens with a short one is a list, not a paragraph (wrapped or not): a menu, or a copy without blank lines.
  if (end - start >= 3 && columns(lines[start] ?? '') < WRAPPED_HEADLINE) return false;
  // Or whose first lines are mostly short, after a long one (a site's tagline over its menu).
  if (end - start >= 4 && lines.slice(start, start + 6).filter((line) => columns(line) < WRAPPED_HEADLINE).length >= 3) return false;
  return UNSPACED.test(text) ? text.length >= 50 && (text.match(UNSPACED_PUNCTUATION)?.length ?? 0) >= 2 : text.length >= LENGTH_LOW && text.split(' ').length >= 8;
}

// A line of a wrapped paragraph is at least this wide.
const WRAPPED_PROSE = 50;

/**
 * Whether a block holds a byline or date line. A line that goes on with
 * the sentence of a wide line above it, broken after a word or a comma (a
 * paragraph wrapped just before "Monday (17/11/2025)."), is prose, however
 * it reads alone.
 */
function marksHeaderIn(blockLines: readonly string[], roleOf: HeaderRoleOf): boolean {
  return blockLines.some((line, index) => {
    const above = index > 0 ? normaliseWhitespace(blockLines[index - 1]!) : '';
    const continues = columns(above) >= WRAPPED_PROSE && /[\p{L}\p{N},;]$/u.test(above) && roleOf(above) === undefined && !SENTENCE_END.test(above);
    return !continues && marksHeader(roleOf(normaliseWhitespace(line)));
  });
}

// How long a caption a dump wrapped may be, with its credit.
const WRAPPED_CAPTION = 300;

/**
 * Whether a block is a photo's caption with its credit: a line or two that
 * end a sentence, then a credit ("… aquest dilluns." / "ACN / JORDI BOSCH"),
 * or one line that ends in its credit.
 */
function isCaptionBlock(blockLines: readonly string[]): boolean {
  const text = blockLines.map(normaliseWhitespace).filter(Boolean);
  if (text.length === 0 || text.length > 3) return false;
  if (text.length === 1) return captionWithCredit(text[0]!) !== undefined;
  const credit = text.at(-1)!;
  // Or a caption a dump wrapped, inside its sentence or its credit ("… bakery on" / "Saturday. Arthur Webb/Lowmere
  // Evening Echo", "… camión cisterna. Foto: Lucía" / "Herrera").
  const joined = text.join(' ');
  if (!SENTENCE_END.test(credit) && joined.length <= WRAPPED_CAPTION && captionWithCredit(joined) !== undefined) return true;
  // Or the credit over its caption, as some pages print them ("Fot. Tomasz Nowak / Kurier Mazowiecki" / "Most na Narwi…").
  if (text.length === 2 && creditOf(text[0]!) !== undefined && /\s/u.test(text[0]!) && text[1]!.split(' ').length >= 4 && text[1]!.length <= 200) return true;
  return SENTENCE_END.test(text.at(-2)!) && (creditOf(credit) !== undefined || (isCreditLike(credit) && /[/|]/u.test(credit)));
}

/** Whether a unit is a dateline and nothing else: the place and agency a wire or broadcaster sets over its lede. */
function isDatelineAlone(text: string): boolean {
  const dateline = findDateline(`${text} `);
  return dateline !== undefined && dateline.length >= text.length && text.length <= 60;
}

/**
 * Reads a file as a saved page when the article does not start right
 * after its first line: when more than a few lines of chrome (not a byline,
 * date, caption or credit) stand before the main run of prose. Undefined
 * for an article file as a newsroom writes it, which the parser reads as it is.
 * `roleOf` says what a line of an article's header is.
 */
// How many words a lede of its own may have, set apart over the body ("It took 41 years.").
const SHORT_LEDE_WORDS = 12;
/** Whether a unit is a sentence of a few words on one line: a lede set apart, not a label or a caption. */
const isShortLede = (block: Block) => block.end - block.start === 1 && /^[\p{Lu}"“‘'¿¡]/u.test(block.text) && SENTENCE_END.test(block.text) && wordsOf(block.text).length >= 3 && wordsOf(block.text).length <= SHORT_LEDE_WORDS && !/[|•·]/u.test(block.text);

export function findSavedPage(lines: readonly string[], roleOf: HeaderRoleOf): SavedPage | undefined {
  const pageBlocks = blocksOf(lines);
  const firstLine = pageBlocks[0] ? lines[pageBlocks[0].start] ?? '' : '';
  // A page that opens with a consent banner's notice is a page, whatever follows.
  // (A dump wraps the notice over a line or two.)
  const firstBlock = pageBlocks[0] && pageBlocks[0].end - pageBlocks[0].start <= 3 ? pageBlocks[0].text : normaliseWhitespace(firstLine);
  const minChrome = NAVIGATION_FIRST.test(normaliseWhitespace(firstLine)) || isConsentNotice(firstBlock) ? 1 : looksLikeChrome(firstLine) ? MIN_CHROME_LINES_UNDER_CHROME : MIN_CHROME_LINES;
  // Cheap first: a file with too little chrome anywhere is no saved page (wire tables, fixture lists).
  if (chromeLines(lines, pageBlocks) < Math.min(minChrome, MIN_CHROME_LINES_UNDER_CHROME)) return undefined;
  const language = stopwordLanguage(wordsOf(pageBlocks.map((block) => block.text).join(' ')));
  // A gallery's slides ("1/50 Title", its line, its credit) are no part of the article they stand in.
  const { units: blocks, gallery } = withoutGallery(unitsOf(lines, pageBlocks));
  const densities = pageDensities(blocks, language?.stopwords);
  const kinds = blocks.map((block) => kindOf(block, language?.stopwords, densities));
  const good = inContext(kinds);
  const run = mainRun(blocks, kinds, good);
  if (!run) return undefined;
  let [first, last] = run;
  // A first paragraph sparse in stopwords (Turkish and Finnish write their function words into the word) stands just
  // before the run, or before an advertisement slot there.
  const sparseLede = (index: number) => index >= 0 && blocks[index]!.text.length >= LENGTH_LOW && isSparseSentence(blocks[index]!, kinds[index]!);
  for (;;) {
    if (sparseLede(first - 1)) first--;
    else if (first > 1 && isInlineChrome(blocks[first - 1]!.text) && sparseLede(first - 2)) first -= 2;
    else break;
  }
  // A byline or date among the run's first blocks ends the header: what comes before it is headline and standfirst.
  // A time of day alone is a live page's entry stamp, not the header's; nor is the header past its standfirst and a paragraph.
  const runFirst = first;
  let before = 0;
  let paragraphs = 0;
  for (let index = first; index < last && index < runFirst + HEADER_IN_RUN && before < HEADER_IN_RUN_CHARACTERS && paragraphs < 2; index++) {
    if (!TIME_ALONE.test(blocks[index]!.text) && marksHeaderIn(lines.slice(blocks[index]!.start, blocks[index]!.end), roleOf)) first = index + 1;
    before += blocks[index]!.text.length;
    if (kinds[index] === 'good') paragraphs++;
  }
  // A print or app view has little chrome over its masthead and headline ("The Dunmore Courier" / "Close" / "Home"), but
  // a byline or date under them, before the body, says it is a page's header all the same.
  const bylineOrDateBefore = blocks.slice(0, first).some((block) => marksHeaderIn(lines.slice(block.start, block.end), roleOf));
  const chromeNeeded = bylineOrDateBefore ? Math.min(minChrome, MIN_CHROME_LINES_UNDER_CHROME) : minChrome;
  // Counted on the lines before the run, which a copy without blank lines puts in the run's block.
  const runStart = blocks[runFirst]!.start;
  const blocksBefore = pageBlocks.filter((block) => block.start < runStart).map((block) => ({ ...block, end: Math.min(block.end, runStart) }));
  if (chromeLines(lines, blocksBefore) < chromeNeeded) return undefined;
  // The header's buttons after its byline and date ("Gift article", "Share"), each a block of its own when a copy spaces every line,
  // and the photo's caption over its credit, which a dump wraps onto a line of its own.
  const linesOf = (from: number, to = from) => lines.slice(blocks[from]!.start, blocks[to]!.end);
  // A short line of chrome's words is chrome too ("Click here to share on social media").
  const isChromeLine = (line: string) => roleOf(line) === 'chrome' || (line.length <= 60 && CHROME_WORDS.test(line) && !SENTENCE_END.test(line));
  const chromeOnly = (blockLines: readonly string[]) => blockLines.every((line) => line.trim() === '' || isChromeLine(normaliseWhitespace(line)));
  // How many units the photo's caption at `at` takes: two when a dump sets its credit, or the credit's end, on the next line.
  const captionUnitsAt = (at: number) =>
    at + 1 < last && blocks[at + 1]!.start === blocks[at]!.end && isCaptionBlock(linesOf(at, at + 1)) ? 2 : at < last && isCaptionBlock(linesOf(at)) ? 1 : 0;
  /** The first unit from `from` past the header's buttons and the photo's caption and credit. */
  const pastButtonsAndCaption = (from: number) => {
    let at = from;
    for (;;) {
      const captionUnits = captionUnitsAt(at);
      if (captionUnits > 0) at += captionUnits;
      else if (at < last && chromeOnly(linesOf(at))) at++;
      // Or a blank line apart, when a copy spaces every line: a credit over its caption.
      else if (at + 1 < last && creditOf(blocks[at]!.text) !== undefined && isCaptionBlock([blocks[at]!.text, blocks[at + 1]!.text])) at += 2;
      else return at;
    }
  };
  first = pastButtonsAndCaption(first);

  // A headline that reads as near-prose (a long one, or one with the commas of CJK text) may open the run: a line or two that ends no sentence.
  const opening = blocks[first]!;
  if (first < last && kinds[first] !== 'good' && opening.end - opening.start <= 2 && opening.text.length <= 200 && !SENTENCE_END.test(opening.text)) first++;
  // A dateline on a line of its own over the lede ("Redcliff, Colorado CNN —") opens the body, not the header.
  const dateline = first > 0 && isDatelineAlone(blocks[first - 1]!.text) ? --first : -1;
  // So does a lede of a few words ("It took 41 years.") right under the header's byline or date.
  // An advertisement slot may stand between it and the paragraph it opens.
  const slot = first > 2 && isInlineChrome(blocks[first - 1]!.text) ? 1 : 0;
  const ledeAt = first - 1 - slot;
  const shortLede = dateline < 0 && ledeAt > 0 && isShortLede(blocks[ledeAt]!) && marksHeaderIn(linesOf(ledeAt - 1), roleOf) && !chromeOnly(linesOf(ledeAt)) ? (first = ledeAt) : -1;
  const lede = first;
  first = withKeyPoints(blocks, first);

  // A date line under the last paragraph ("Originally Published: November 17, 2025 at 2:05 p.m.") closes no story: it is the header's.
  const tail = closingLines(blocks, kinds, last).filter((index) => !marksHeaderIn(linesOf(index), roleOf));
  const framed = framedBoxes(blocks, kinds);
  const boxed = inBox(blocks, kinds).map((box, index) => box || framed[index] !== undefined);
  const keep = blocks.map((block, index) => tail.includes(index) || index === dateline || index === shortLede || (index >= first && index < lede) || (index >= first && index <= last && !boxed[index] && (good[index] || kinds[index] === 'neargood' || isSparseSentence(block, kinds[index]!))));
  last = tail.at(-1) ?? last;
  const headline = findHeadline(lines, blocks, first, roleOf, language?.stopwords);
  if (headline === undefined) return undefined;
  // A line right under the headline with a photo's caption under it is the standfirst over the photo, not the lede:
  // a copy without blank lines runs them into the body's first units.
  // The headline's own standfirst may be that unit already, when a copy spaces every line.
  const opensWithStandfirst = headline.standfirst
    ? headline.standfirst.start === blocks[first]!.start
    : blocks[first]!.start === nextLineAt(lines, headline.end) && blocks[first]!.text.length <= STANDFIRST_CHARACTERS;
  const captionUnits = opensWithStandfirst ? captionUnitsAt(first + 1) : 0;
  const underPhoto = captionUnits > 0 ? pastButtonsAndCaption(first + 1 + captionUnits) : first;
  if (captionUnits > 0 && underPhoto <= last) {
    headline.standfirst ??= { start: blocks[first]!.start, end: blocks[first]!.end };
    keep.fill(false, first, underPhoto);
    first = underPhoto;
  }
  const body = blocks.filter((_, index) => keep[index]);
  const bodyStart = blocks[first]!.start;
  const header: number[] = [];
  for (let index = headline.end; index < bodyStart; index++) if ((lines[index] ?? '').trim() !== '') header.push(index);
  const dropped = [
    ...gallery,
    ...lines.slice(0, headline.start),
    ...blocks.slice(first, last + 1).filter((_, offset) => !keep[first + offset]).map((block) => block.text),
    ...lines.slice(blocks[last]!.end),
  ].map(normaliseWhitespace).filter(Boolean);
  return { headline: { start: headline.start, end: headline.end }, ...(headline.standfirst ? { standfirst: headline.standfirst } : {}), header, body, dropped };
}
