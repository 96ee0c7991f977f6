// Finds the article in a whole saved page (Select All → Copy, `lynx -dump`,
// `w3m -dump`): the navigation, notices, share buttons, "Related" and
// "Most read" lists and footers around it are left out. The body is the
// main run of prose paragraphs, found as jusText finds it: each block of
// text is judged by its length and by how dense it is with the stopwords
// of the page's language, then by its neighbours, so that a short
// paragraph between good ones stays. The headline is the title-like line
// nearest above the body, preferring one the page repeats (its <title>)
// and one followed by a date or byline.
import { normaliseWhitespace } from './clean-text.ts';
import { stopwordLanguage, wordsOf } from './stopwords.ts';

/** A run of non-blank lines: `[start, end)` line indices, and its text on one line. */
export interface Block {
  start: number;
  end: number;
  text: string;
  /** A line of a block that is no wrapped paragraph (a list, a menu, a copied page's lines). */
  inList?: boolean;
}

/** What a saved page holds: where its headline, header and body are. */
export interface SavedPage {
  /** Lines of the headline, `[start, end)`: a dump may wrap it. */
  headline: { start: number; end: number };
  /** Line indices between the headline and the body: byline, dates, captions, or chrome. */
  header: number[];
  /** The body's blocks, in order. */
  body: Block[];
  /** Text left out: everything before the headline, after the body, and chrome within it. */
  dropped: string[];
}

type Kind = 'good' | 'neargood' | 'short' | 'bad';

/** What a line of an article's header is: a byline or date marks the header; a photo's caption or credit may stand in it. */
export type HeaderRole = 'byline' | 'date' | 'photo';
export type HeaderRoleOf = (line: string) => HeaderRole | undefined;
const marksHeader = (role: HeaderRole | undefined) => role === 'byline' || role === 'date';

// jusText's lengths: a block under LENGTH_LOW characters is short. Prose
// has at least STOPWORDS_LOW of its words in the stopword list: lower than
// jusText's 0.30, since the `stopword` package's lists are shorter than
// jusText's (a hundred-odd words each).
const LENGTH_LOW = 70;
const LENGTH_HIGH = 200;
const STOPWORDS_LOW = 0.2;
const STOPWORDS_HIGH = 0.25;
// Some lists are short for their language's prose (Arabic writes "and",
// "the" and "in" into the next word): then the page's own long blocks set
// the bar, at these shares of their median density.
const PAGE_LOW = 0.75;
const PAGE_HIGH = 0.9;

/** The stopword shares prose must reach on a page: jusText's, or lower where the page's long blocks are sparser. */
interface Densities {
  low: number;
  high: number;
}

const densityOf = (text: string, stopwords: Set<string>) => {
  const words = wordsOf(text);
  return words.length === 0 ? 0 : words.filter((word) => stopwords.has(word)).length / words.length;
};

function pageDensities(blocks: readonly Block[], stopwords: Set<string> | undefined): Densities {
  const long = stopwords ? blocks.filter((block) => block.text.length > LENGTH_HIGH && !UNSPACED.test(block.text)).map((block) => densityOf(block.text, stopwords)) : [];
  if (long.length < 3) return { low: STOPWORDS_LOW, high: STOPWORDS_HIGH };
  const median = long.sort((a, b) => a - b)[Math.floor(long.length / 2)]!;
  return { low: Math.min(STOPWORDS_LOW, PAGE_LOW * median), high: Math.min(STOPWORDS_HIGH, PAGE_HIGH * median) };
}
// Scripts written without spaces, where words cannot be counted: judged by
// length and by the punctuation of running text instead.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Lao}]/u;
const UNSPACED_PUNCTUATION = /[，。、！？；：「」။၊។៕]/gu;
// Thai and Lao mark phrases and sentences with a space, not with punctuation.
const PHRASE_SPACE = /(?<=[\p{Script=Thai}\p{Script=Lao}]) (?=[\p{Script=Thai}\p{Script=Lao}])/gu;
// What is left of links and form controls in a text dump.
const RESIDUE = /\[(?:IMG|INLINE|BUTTON|\d+)\]|\((?:BUTTON|IMG)\)|https?:\/\/\S+|^\s*[*•+-]\s/giu;
const HAS_RESIDUE = new RegExp(RESIDUE.source, 'iu');
// Lines of chrome before the article from which a file is read as a saved page.
const MIN_CHROME_LINES = 6;
// Separators of menus, link rows and breadcrumbs written on one line: "News ▪ Sport ▪ Culture".
const SEPARATORS = /(?:^|\s)[▪•|›·»>](?=\s)/gu;
const HAS_SEPARATOR = new RegExp(SEPARATORS.source, 'u');
// A link as lynx and w3m print it, the whole line in brackets: "[What you need to know: Get New York Today in your inbox.]".
const BRACKETED = /^\[[^[\]]+\]$/u;
// The items of a numbered list run into one block: "1. … 2. … 3. …", as rankings of most-read stories are.
const NUMBERED = /(?:^|\s)\d{1,2}\.\s/gu;
// A headline wrapped by lynx or w3m has all but its last line at least this long.
const WRAPPED_HEADLINE = 45;
// A line of prose wrapped by lynx or w3m at 80 columns is longer than this.
const WRAPPED_LINE = 60;
// Offers and notices that run to a sentence: sign-up boxes, cookie and copyright lines.
const SIGN_UP = /\b(?:sign up|sign in|log in|subscribe|newsletters?|cookies?)\b/iu;
const COPYRIGHT = /©|\(c\)\s*\d{4}|\ball rights reserved\b|\bcopyright\s+\d{4}/iu;
const SENTENCE_END = /[.!?…。！？]["”’»)）」]?$/u;

/** Non-blank runs of lines. */
export function blocksOf(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let start = -1;
  for (let index = 0; index <= lines.length; index++) {
    const blank = index === lines.length || (lines[index] ?? '').trim() === '';
    if (blank && start >= 0) {
      blocks.push({ start, end: index, text: normaliseWhitespace(lines.slice(start, index).join(' ')) });
      start = -1;
    } else if (!blank && start < 0) start = index;
  }
  return blocks;
}

/** A block on its own, as jusText judges it before looking at its neighbours. */
function kindOf(block: Block, stopwords: Set<string> | undefined, densities: Densities): Kind {
  const text = block.text;
  const residue = text.match(RESIDUE)?.length ?? 0;
  if ((text.length < LENGTH_HIGH && SIGN_UP.test(text)) || (text.length < 2 * LENGTH_HIGH && COPYRIGHT.test(text))) return 'bad';
  if ((text.match(SEPARATORS)?.length ?? 0) >= 3 || (text.match(NUMBERED)?.length ?? 0) >= 3 || (BRACKETED.test(text) && !STAFF_CREDIT.test(text))) return 'bad';
  if (UNSPACED.test(text)) {
    const marks = (text.match(UNSPACED_PUNCTUATION)?.length ?? 0) + (text.match(PHRASE_SPACE)?.length ?? 0);
    if (text.length < 25) return 'short';
    if (residue > 0 || marks === 0) return 'bad';
    return text.length >= 60 && marks >= 2 ? 'good' : 'neargood';
  }
  const words = wordsOf(text);
  if (words.length === 0 || CAPTION_LINE.test(text) || isTitleCaseList(text)) return 'bad';
  if (residue / words.length > 0.2) return 'bad';
  if (text.length < LENGTH_LOW) return 'short';
  const density = stopwords ? densityOf(text, stopwords) : 0;
  if (density >= densities.high) return text.length > LENGTH_HIGH ? 'good' : 'neargood';
  return density >= densities.low ? 'neargood' : 'bad';
}

const TITLE_CASE_SHARE = 0.7;
// Characters as columns: a text dump gives a Han or kana character two.
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\uff01-\uff60]/gu;
const columns = (line: string) => {
  const text = line.trim();
  return text.length + (text.match(WIDE)?.length ?? 0);
};

/**
 * Whether a block is headlines in title case run together ("Police Arrest
 * Three Students … Rescued From River …"): nearly every word capitalised,
 * which prose in no language is (German capitalises its nouns, a third).
 */
function isTitleCaseList(text: string): boolean {
  if (text.length < LENGTH_LOW || SENTENCE_END.test(text)) return false;
  const words = text.split(' ').filter((word) => /^\p{L}/u.test(word));
  return words.length >= 8 && words.filter((word) => /^\p{Lu}/u.test(word)).length >= TITLE_CASE_SHARE * words.length;
}

/**
 * The units a page is judged in: its blocks, with a block that is no
 * wrapped paragraph split into its lines. A dump wraps a paragraph with
 * all but its last line near the full width; a block most of whose lines
 * are shorter is a list, a menu, or a copied page whose every line is a
 * paragraph, a caption or a credit of its own.
 */
function unitsOf(lines: readonly string[], blocks: readonly Block[]): Block[] {
  const line = (at: number, inList: boolean): Block => ({ start: at, end: at + 1, text: normaliseWhitespace(lines[at] ?? ''), inList });
  return blocks.flatMap((block) => {
    // An image's or a link's name in brackets on a line of its own is a unit of its own.
    const units: Block[] = [];
    let start = block.start;
    for (let at = block.start; at <= block.end; at++) {
      const alone = at < block.end && BRACKETED.test((lines[at] ?? '').trim());
      if (at < block.end && !alone) continue;
      if (at > start) units.push(...wrappedOrLines(lines, start, at, line));
      if (alone) units.push(line(at, false));
      start = at + 1;
    }
    return units;
  });
}

/** Lines `[start, end)` as one unit when they are a wrapped paragraph, or one unit per line. */
function wrappedOrLines(lines: readonly string[], start: number, end: number, line: (at: number, inList: boolean) => Block): Block[] {
  const blockLines = lines.slice(start, end);
  const short = blockLines.slice(0, -1).filter((text) => columns(text) < WRAPPED_LINE).length;
  if (blockLines.length < 2 || short < (blockLines.length - 1) / 2) return [{ start, end, text: normaliseWhitespace(blockLines.join(' ')) }];
  return blockLines.flatMap((text, at) => (text.trim() === '' ? [] : [line(start + at, true)]));
}

/** Whether a near-good block is one of at least three in a row, short blocks between them aside. */
function inNearGoodRun(kinds: readonly Kind[], index: number): boolean {
  let count = 1;
  for (const step of [-1, 1]) {
    for (let at = index + step; at >= 0 && at < kinds.length && count < 3; at += step) {
      if (kinds[at] === 'short') continue;
      if (kinds[at] !== 'neargood' && kinds[at] !== 'good') break;
      count++;
    }
  }
  return count >= 3;
}

/**
 * jusText's second pass: a short block is good between good ones, and
 * next to a near-good one across a bad one; a near-good block is good
 * unless the nearest decided blocks on both sides are bad.
 */
function inContext(kinds: readonly Kind[]): boolean[] {
  let decided: Kind[] = [];
  const neighbour = (from: number, step: number, skipNearGood: boolean): Kind => {
    for (let index = from + step; index >= 0 && index < decided.length; index += step) {
      const kind = decided[index]!;
      if (kind !== 'short' && !(skipNearGood && kind === 'neargood')) return kind;
    }
    return 'bad';
  };
  // Three near-good blocks in a row (shorter ones between them aside) are a
  // run of prose: a page's paragraphs are often shorter than jusText's
  // good length, and menus and notices are never near-good.
  decided = kinds.map((kind, index) => (kind === 'neargood' && inNearGoodRun(kinds, index) ? 'good' : kind));
  return decided.map((kind, index) => {
    if (kind === 'good') return true;
    if (kind === 'bad') return false;
    const before = neighbour(index, -1, true);
    const after = neighbour(index, 1, true);
    if (kind === 'neargood') return before === 'good' || after === 'good' || !(before === 'bad' && after === 'bad');
    if (before === 'good' && after === 'good') return true;
    if (before === 'bad' && after === 'bad') return false;
    return (before === 'bad' && neighbour(index, -1, false) === 'neargood') || (after === 'bad' && neighbour(index, 1, false) === 'neargood');
  });
}

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
// A credit line of the staff who made a story, as Chinese and Japanese pages end theirs: "作者︱春春", "（编辑：王辉）".
const STAFF_CREDIT = /^[[(（【]?\s*(?:出品|作者|责任编辑|責任編輯|编辑|編集|记者|記者|编译|原标题)\s*[:：︱|]/u;
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
function closingLines(blocks: readonly Block[], kinds: readonly Kind[], last: number): number[] {
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

/** A block sparse in stopwords but written as a sentence: a list of figures or names in the copy, not a menu. */
const isSparseSentence = (block: Block, kind: Kind) => kind === 'bad' && SENTENCE_END.test(block.text) && !HAS_RESIDUE.test(block.text);

/**
 * The body's run of blocks, `[first, last]`. Runs of positive value are
 * found as in the maximum subarray (each as long as its value grows); a
 * heading of what follows an article ("Related", "Most read") ends one.
 * Each is weighed by its value and by its longest streak of paragraphs in
 * a row: an article has several, a list of teasers one at a time. The
 * body is the first run weighing at least EARLY_RUN of the heaviest: an
 * article comes before the teasers and galleries that follow it.
 */
function mainRun(blocks: readonly Block[], kinds: readonly Kind[], good: readonly boolean[]): [number, number] | undefined {
  const runs: { first: number; last: number; value: number }[] = [];
  let current: { first: number; last: number; value: number } | undefined;
  let value = 0;
  blocks.forEach((block, index) => {
    if (value <= 0) {
      if (current) runs.push(current);
      current = undefined;
      value = 0;
    }
    value += valueOf(block, kinds[index]!, good[index]!);
    if (value > 0 && (!current || value > current.value)) current = { first: current?.first ?? index, last: index, value };
  });
  if (current) runs.push(current);
  const isParagraph = (index: number) => kinds[index] === 'good' || (kinds[index] === 'neargood' && good[index] === true);
  const weight = ({ first, last, value }: { first: number; last: number; value: number }) => {
    let streak = 0;
    let longest = 0;
    // A long block counts as the paragraphs a dump without blank lines ran together.
    for (let index = first; index <= last; index++) longest = Math.max(longest, (streak = isParagraph(index) ? streak + Math.max(1, columns(blocks[index]!.text) / PARAGRAPH_COLUMNS) : 0));
    return value * Math.min(1, longest / FULL_STREAK) ** 2;
  };
  const heaviest = Math.max(0, ...runs.map(weight));
  const chosen = runs.find((run) => weight(run) >= EARLY_RUN * heaviest);
  return chosen && [chosen.first, withoutTeasers(chosen.first, chosen.last, isParagraph)];
}

/**
 * Where a run ends once a tail of teasers is cut: after its last two
 * paragraphs in a row, when TEASER_GAP units of chrome or more follow them
 * and the tail has only paragraphs one at a time (a teaser's line between
 * its headline and the next).
 */
function withoutTeasers(first: number, last: number, isParagraph: (index: number) => boolean): number {
  let streakEnd = -1;
  for (let index = last; index > first; index--) {
    if (isParagraph(index) && isParagraph(index - 1)) {
      streakEnd = index;
      break;
    }
  }
  if (streakEnd < 0 || streakEnd === last) return last;
  let gap = 0;
  while (streakEnd + gap + 1 <= last && !isParagraph(streakEnd + gap + 1)) gap++;
  return gap >= TEASER_GAP ? streakEnd : last;
}

const wordCount = (text: string) => (UNSPACED.test(text) ? Math.ceil(text.length / 2) : text.split(' ').length);

const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The pairs of letters in a run of Chinese or Japanese text: what its words share with another's, where words cannot be told apart. */
function bigramsOf(text: string): Set<string> {
  const pairs = new Set<string>();
  const letters = [...text.replace(/[^\p{L}\p{N}]+/gu, ' ')];
  for (let index = 1; index < letters.length; index++) if (letters[index] !== ' ' && letters[index - 1] !== ' ') pairs.add(letters[index - 1]! + letters[index]!);
  return pairs;
}

/** A line, or a headline wrapped onto two or three lines, that may be the headline: `[start, end)` lines. */
interface HeadlineCandidate {
  start: number;
  end: number;
  text: string;
  /** How far it is from the body: units between, or their characters in DISTANCE_CHARACTERS, whichever is less. */
  distance: number;
  /** Whether it is a block of its own, as a headline is, rather than a line of a list. */
  alone: boolean;
}

const HEADLINE_WINDOW = 60;
const DISTANCE_CHARACTERS = 80;
// A date line in a script no date reader knows ("4 พ.ย. 2568") is figures and a few letters; a headline is words.
const LETTERS = /\p{L}/gu;
const MIN_HEADLINE_LETTERS = 6;
// A clock time and a year: a date line in words no date reader knows ("الأربعاء، 28 آب 2013، آخر تحديث 14:00").
const isTimestamp = (text: string) => /(?<!\d)\d{1,2}[:.]\d{2}(?!\d)/u.test(text) && /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(text);
// How far into the main run (blocks, and characters before it) a byline or
// date may stand and still be the article's header, after a standfirst and a photo.
const HEADER_IN_RUN = 8;
const HEADER_IN_RUN_CHARACTERS = 800;

function headlineCandidates(lines: readonly string[], units: readonly Block[], bodyUnit: number): HeadlineCandidate[] {
  const candidates: HeadlineCandidate[] = [];
  let between = 0;
  for (let index = bodyUnit - 1; index >= 0 && index >= bodyUnit - HEADLINE_WINDOW; index--) {
    const unit = units[index]!;
    between += unit.text.length;
    const unitLines = lines.slice(unit.start, unit.end);
    // A headline wrapped onto two or three lines; a longer block is a paragraph.
    if (unitLines.length > 3 || unitLines.slice(0, -1).some((line) => columns(line) < WRAPPED_HEADLINE)) continue;
    // A line of a list that a lower-case line continues is part of a wrapped sentence (a caption), not a headline.
    if (unit.inList && /^\s*\p{Ll}/u.test(lines[unit.end] ?? '')) continue;
    // Lines of a menu or gallery between are further by their text than by their count.
    const distance = Math.min(bodyUnit - index, (between - unit.text.length) / DISTANCE_CHARACTERS);
    candidates.push({ start: unit.start, end: unit.end, text: unit.text, distance, alone: !unit.inList });
  }
  return candidates;
}

/**
 * The headline: of the title-like lines above the body (a few words, not a
 * sentence, not a label ending in a colon, not chrome), the one that
 * shares most words with the lede, stands as a block of its own, is
 * followed by a byline or date, and that the page repeats elsewhere (its
 * <title>, "Site | Headline", a breadcrumb), nearest the body.
 */
function findHeadline(lines: readonly string[], blocks: readonly Block[], bodyBlock: number, roleOf: HeaderRoleOf, stopwords: Set<string> | undefined): HeadlineCandidate | undefined {
  const content = (text: string) => (HAN_OR_KANA.test(text) ? bigramsOf(text) : new Set(wordsOf(text).filter((word) => word.length > 2 && !stopwords?.has(word))));
  const lede = content(blocks.slice(bodyBlock, bodyBlock + 2).map((block) => block.text).join(' '));
  const normalised = lines.map(normaliseWhitespace);
  let best: { candidate: HeadlineCandidate; score: number } | undefined;
  for (const candidate of headlineCandidates(lines, blocks, bodyBlock)) {
    const { text } = candidate;
    const words = wordCount(text);
    if (words < 3 || words > 30 || text.length > 200 || /^\p{Ll}/u.test(text) || (text.match(LETTERS)?.length ?? 0) < MIN_HEADLINE_LETTERS || /[:|»›]$/.test(text) || text.includes('|') || roleOf(text) !== undefined || CHROME_WORDS.test(text) || HAS_RESIDUE.test(text) || HAS_SEPARATOR.test(text) || BRACKETED.test(text) || isTimestamp(text)) continue;
    const own = content(text);
    const shared = [...own].filter((word) => lede.has(word)).length;
    let score = (own.size === 0 ? 0 : (4 * shared) / own.size) + 0.5 * Math.min(shared, 4) - 0.15 * candidate.distance;
    score += candidate.alone ? 0.5 : -0.5;
    const opening = text.slice(0, 40);
    if (normalised.some((other, at) => (at < candidate.start || at >= candidate.end) && other !== text && other.includes(opening))) score += 2;
    // A byline or date under it; a credit under a line makes it a caption instead.
    const following = normalised.slice(candidate.end).filter(Boolean).slice(0, 3);
    if (following.some((line) => marksHeader(roleOf(line)))) score += 2;
    if (/[.。]$/.test(text)) score -= 2;
    if (!best || score > best.score) best = { candidate, score };
  }
  return best?.candidate;
}

// Words that only page chrome is made of: account, navigation, sharing, legal.
const CHROME_WORDS = /\b(?:skip to|sign in|sign up|log in|subscribe|newsletter|cookies?|accessibility|advertisement|menu|navigation|search|share|follow|twitter|facebook|comments?|click|privacy|terms of|all rights reserved)\b|©/i;
// The headings of what pages put after an article, in the languages of
// the stopword lists' largest users: related stories, most read, see also.
const SECTION_AFTER = new RegExp(
  `^(?:${[
    'related(?: coverage| stories| articles| topics| content)?', 'more (?:stories|from|on|about|in|news)', 'most (?:read|popular|viewed|shared)', 'see also', 'you may also like', 'recommended(?: for you)?', 'trending', 'top stories',
    'auch auf', 'mehr zum thema', 'meistgelesen', 'lesen sie auch', 'das könnte sie auch interessieren',
    'sur le même sujet', 'à lire aussi', 'lire aussi', 'les plus lus', 'dans la même rubrique',
    'también te puede interesar', 'más leídas', 'lee también', 'noticias relacionadas', 'leia também', 'mais lidas', 'veja também', 'notícias relacionadas',
    'leggi anche', 'i più letti', 'meest gelezen', 'lees ook', 'czytaj także',
    'читайте также', 'смотрите также', 'новости по теме', 'популярное', 'читайте також',
    'เรื่องที่เกี่ยวข้อง', '相关新闻', '相关阅读', '相关文章', '热门推荐', '関連記事', '関連ニュース', 'アクセスランキング', 'اقرأ أيضا', 'مواضيع ذات صلة', 'الأكثر قراءة',
  ].join('|')})(?![\\p{L}])`,
  'iu',
);
// A short line that is such a heading, not a sentence that starts with its words.
export const isSectionAfter = (text: string) => text.length <= 50 && !SENTENCE_END.test(text) && SECTION_AFTER.test(text);
// Photo captions and credits as pages print them inside the body.
const CAPTION_LINE = /^(?:media caption|image caption|image copyright|image source|photo|caption)\b/i;
// A menu item: a few words, no figures (a table's rows have them), not a sentence.
const isMenuItem = (line: string) => {
  const words = line.split(' ').length;
  // "U.S." and "Politics." end in a full stop too: only three words or more make a sentence.
  return line.length <= 40 && words <= 4 && !/\d/.test(line) && !(words >= 3 && SENTENCE_END.test(line));
};

/** Whether a headline reads like page chrome: a label of a word or two, or the words of menus and notices. */
export function looksLikeChrome(line: string): boolean {
  const text = normaliseWhitespace(line);
  return CHROME_WORDS.test(text) || HAS_RESIDUE.test(text) || (!UNSPACED.test(text) && text.split(' ').length <= 2 && text.length < 20);
}

/**
 * How many lines before the article are page chrome: menus (four or more
 * short lines in a row), link and button residue, bullets, and the words of
 * account, sharing and legal notices. A table or a fixture list, which
 * news copy has, is none of these.
 */
function chromeLines(lines: readonly string[], blocks: readonly Block[]): number {
  let count = 0;
  for (const block of blocks) {
    const blockLines = lines.slice(block.start, block.end).map(normaliseWhitespace);
    // A menu may end in a breadcrumb or a "More >>": most of its lines are items.
    const items = blockLines.filter(isMenuItem).length;
    const menu = blockLines.length >= 4 && items >= 0.8 * blockLines.length;
    for (const line of blockLines) if ((menu && isMenuItem(line)) || HAS_RESIDUE.test(line) || CHROME_WORDS.test(line)) count++;
  }
  return count;
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
  const text = normaliseWhitespace(lines.slice(start, end).join(' '));
  if (end - start >= 3 && text.length / (end - start) < 30) return false;
  return UNSPACED.test(text) ? text.length >= 50 && (text.match(UNSPACED_PUNCTUATION)?.length ?? 0) >= 2 : text.length >= LENGTH_LOW && text.split(' ').length >= 8;
}

/**
 * Reads a file as a saved page when the article does not start right
 * after its first line: when more than a few lines of chrome (not a byline,
 * date, caption or credit) stand before the main run of prose. Undefined
 * for an article file as a newsroom writes it, which the parser reads as it is.
 * `roleOf` says what a line of an article's header is.
 */
export function findSavedPage(lines: readonly string[], roleOf: HeaderRoleOf): SavedPage | undefined {
  const pageBlocks = blocksOf(lines);
  // Cheap first: a file with too little chrome anywhere is no saved page (wire tables, fixture lists).
  if (chromeLines(lines, pageBlocks) < MIN_CHROME_LINES) return undefined;
  const language = stopwordLanguage(wordsOf(pageBlocks.map((block) => block.text).join(' ')));
  const blocks = unitsOf(lines, pageBlocks);
  const densities = pageDensities(blocks, language?.stopwords);
  const kinds = blocks.map((block) => kindOf(block, language?.stopwords, densities));
  const good = inContext(kinds);
  const run = mainRun(blocks, kinds, good);
  if (!run) return undefined;
  let [first, last] = run;
  if (chromeLines(lines, pageBlocks.filter((block) => block.start < blocks[first]!.start)) < MIN_CHROME_LINES) return undefined;
  // A byline or date among the run's first blocks ends the header: what comes before it is headline and standfirst.
  let before = 0;
  for (let index = first; index < last && index < first + HEADER_IN_RUN && before < HEADER_IN_RUN_CHARACTERS; index++) {
    if (lines.slice(blocks[index]!.start, blocks[index]!.end).some((line) => marksHeader(roleOf(normaliseWhitespace(line))))) first = index + 1;
    before += blocks[index]!.text.length;
  }

  const tail = closingLines(blocks, kinds, last);
  const keep = blocks.map((block, index) => tail.includes(index) || (index >= first && index <= last && (good[index] || kinds[index] === 'neargood' || isSparseSentence(block, kinds[index]!))));
  last = tail.at(-1) ?? last;
  const body = blocks.filter((_, index) => keep[index]);
  const headline = findHeadline(lines, blocks, first, roleOf, language?.stopwords);
  if (headline === undefined) return undefined;
  const bodyStart = blocks[first]!.start;
  const header: number[] = [];
  for (let index = headline.end; index < bodyStart; index++) if ((lines[index] ?? '').trim() !== '') header.push(index);
  const dropped = [
    ...lines.slice(0, headline.start),
    ...blocks.slice(first, last + 1).filter((_, offset) => !keep[first + offset]).map((block) => block.text),
    ...lines.slice(blocks[last]!.end),
  ].map(normaliseWhitespace).filter(Boolean);
  return { headline: { start: headline.start, end: headline.end }, header, body, dropped };
}
