import { joinWrapped } from './split-paragraphs.ts';
// The headline of a saved page, among the lines above its body (see find-article.ts).
import { normaliseWhitespace } from './clean-text.ts';
import { bylineOf } from './byline.ts';
import { SCORELINE, captionWithCredit, creditOf, isCreditLike } from './header-lines.ts';
import { wordCount } from './prose.ts';
import { wordsOf } from './stopwords.ts';
import { BRACKETED, CHROME_WORDS, HAS_RESIDUE, HAS_SEPARATOR, TIME_ALONE, WRAPPED_HEADLINE, columns, menuItemsOnLine, type Block } from './page-units.ts';

/** What a line of an article's header is: a byline or date marks the header; a photo's caption or credit may stand in it. */
export type HeaderRole = 'byline' | 'date' | 'caption' | 'credit' | 'chrome';
export type HeaderRoleOf = (line: string) => HeaderRole | undefined;
export const marksHeader = (role: HeaderRole | undefined) => role === 'byline' || role === 'date';


export const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The pairs of letters in a run of Chinese or Japanese text: what its words share with another's, where words cannot be told apart. */
export function bigramsOf(text: string): Set<string> {
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
  /** The standfirst printed under the headline, `[start, end)` lines, when the page has one. */
  standfirst?: { start: number; end: number };
}

// A line that starts with a small letter, as a sentence's rest does. Georgian's letters are all small: it has no capitals to start with.
const SMALL_FIRST = /^\s*(?!\p{Script=Georgian})\p{Ll}/u;

const HEADLINE_WINDOW = 60;
const DISTANCE_CHARACTERS = 80;
// A date line in a script no date reader knows ("4 พ.ย. 2568") is figures and a few letters; a headline is words.
const LETTERS = /\p{L}/gu;
const MIN_HEADLINE_LETTERS = 6;
// A clock time and a year: a date line in words no date reader knows ("الأربعاء، 28 آب 2013، آخر تحديث 14:00").
const isTimestamp = (text: string) => /(?<!\d)\d{1,2}[:.]\d{2}(?!\d)/u.test(text) && /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(text);

function headlineCandidates(lines: readonly string[], units: readonly Block[], bodyUnit: number, roleOf: HeaderRoleOf, stopwords: Set<string> | undefined): HeadlineCandidate[] {
  const candidates: HeadlineCandidate[] = [];
  let between = 0;
  for (let index = bodyUnit - 1; index >= 0 && index >= bodyUnit - HEADLINE_WINDOW; index--) {
    const unit = units[index]!;
    between += unit.text.length;
    const unitLines = lines.slice(unit.start, unit.end);
    // A headline wrapped onto two or three lines; a longer block is a paragraph.
    if (unitLines.length > 3 || unitLines.slice(0, -1).some((line) => columns(line) < WRAPPED_HEADLINE)) continue;
    // A line of a list that a lower-case line continues is part of a wrapped sentence (a caption), not a headline;
    // a lower-case byline ("by Jane Doe") under it continues nothing.
    const after = lines[unit.end] ?? '';
    // A dump may also wrap a headline before a figure ("… as gales reach" / "80mph").
    const figureRest = /^\s*\d/u.test(after) && !TIME_ALONE.test(after.trim()) && columns(unitLines.at(-1) ?? '') >= WRAPPED_HEADLINE;
    // Or after a small word, which ends no headline ("… buses to run from" / "April").
    const lastWord = unit.text.split(' ').at(-1)?.toLowerCase() ?? '';
    const smallWordRest = stopwords?.has(lastWord) === true && /^\s*\p{Lu}/u.test(after) && columns(unitLines.at(-1) ?? '') >= WRAPPED_HEADLINE && columns(after.trim()) < WRAPPED_HEADLINE && !SENTENCE_END_AT.test(after.trim());
    if (unit.inList && (SMALL_FIRST.test(after) || figureRest || smallWordRest) && roleOf(normaliseWhitespace(after)) === undefined) {
      // Unless it is a headline a dump wrapped at its width onto a short rest ("… inundaciones del" / "invierno").
      const rest = units[index + 1];
      const wrappedHeadline = index + 1 < bodyUnit && rest?.start === unit.end && rest.end === rest.start + 1 && columns(unitLines[0] ?? '') >= WRAPPED_HEADLINE && columns(after) < WRAPPED_HEADLINE && !/[.。]$/.test(after.trim());
      if (!wrappedHeadline) continue;
      const distance = Math.min(bodyUnit - index, (between - unit.text.length) / DISTANCE_CHARACTERS);
      candidates.push({ start: unit.start, end: rest.end, text: normaliseWhitespace(`${unit.text} ${rest.text}`), distance, alone: false });
      continue;
    }
    // Lines of a menu or gallery between are further by their text than by their count.
    // A line under a photo's credit is its caption, as BBC pages print them.
    if (roleOf(normaliseWhitespace(lines[previousLine(lines, unit.start)] ?? '')) === 'credit') continue;
    const distance = Math.min(bodyUnit - index, (between - unit.text.length) / DISTANCE_CHARACTERS);
    candidates.push({ start: unit.start, end: unit.end, text: unit.text, distance, alone: !unit.inList });
  }
  return candidates;
}

// A copyright line, in a page's footer: "© 2025 X", "Copyright 2000-2024 X", "Todos los derechos reservados".
const COPYRIGHT = /©|\(c\)\s*\d{4}|\bcopyright\b/iu;

const CAPITALS_LABEL = /^\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,2}\s?:\s/u;
const SENTENCE_END_AT = /[.!?。]["”’)]?$/u;
// A live page's key event, after the time of its entry ("11:48 p.m. Curfew extended until 6 a.m."): not the page's headline.
const ENTRY_TIME = /^\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?\s|[ap]m\s|(?:GMT|BST|CET|UTC|ET|EST|EDT)\s|[-–—|·]\s)/iu;

// Or its scorers and their minutes ("Okonjo 81, 85; Berrantes 27"): half its words figures, which a headline's are not.
const mostlyFigures = (text: string) => {
  const words = text.split(' ');
  return words.filter((word) => /^\(?\d[\d.,:;'’)]*$/u.test(word)).length >= words.length / 2;
};

const isCapitals = (text: string) => /\p{Lu}.*\p{Lu}/u.test(text) && text === text.toUpperCase();

// A breadcrumb's arrow at a line's end ("Cronaca »"), not the close of a quote ("… «Un giorno atteso»").
const CRUMB_AT_END = /^[^«]*»$/u;

/**
 * The headline: of the title-like lines above the body (a few words, not a
 * sentence, not a label ending in a colon, not chrome), the one that
 * shares most words with the lede, stands as a block of its own, is
 * followed by a byline or date, and that the page repeats elsewhere (its
 * <title>, "Site | Headline", a breadcrumb), nearest the body.
 */
export function findHeadline(lines: readonly string[], blocks: readonly Block[], bodyBlock: number, roleOf: HeaderRoleOf, stopwords: Set<string> | undefined): HeadlineCandidate | undefined {
  // "Bellmouth's" shares its word with "Bellmouth".
  const content = (text: string) => (HAN_OR_KANA.test(text) ? bigramsOf(text) : new Set(wordsOf(text).map((word) => word.replace(/['’]s$/u, '')).filter((word) => word.length > 2 && !stopwords?.has(word))));
  const lede = content(blocks.slice(bodyBlock, bodyBlock + 2).map((block) => block.text).join(' '));
  const normalised = lines.map(normaliseWhitespace);
  let best: { candidate: HeadlineCandidate; score: number } | undefined;
  const titleLike = (text: string) => {
    const words = wordCount(text);
    return !(words < 3 || words > 30 || text.length > 200 || SMALL_FIRST.test(text) || (text.match(LETTERS)?.length ?? 0) < MIN_HEADLINE_LETTERS || /[:|›]$/.test(text) || CRUMB_AT_END.test(text) || text.includes('|') || roleOf(text) !== undefined || isChromeLabel(text) || HAS_RESIDUE.test(text) || HAS_SEPARATOR.test(text) || BRACKETED.test(text) || isTimestamp(text) || isBreadcrumb(text) || SCORELINE.test(text) || mostlyFigures(text) || ENTRY_TIME.test(text));
  };
  // A site's menu on one line ("Portada   Actualidad   Economía") is no headline, whatever follows it.
  const menuLine = (candidate: HeadlineCandidate) => lines.slice(candidate.start, candidate.end).some((line) => menuItemsOnLine(line.trim()) > 0);
  // The site's name, which its copyright line repeats ("BÁO MIỀN TÂY ONLINE" / "© Báo Miền Tây Online"), is its masthead.
  const copyright = normalised.filter((line) => COPYRIGHT.test(line)).join(' ').toLowerCase();
  const masthead = (candidate: HeadlineCandidate) => copyright !== '' && copyright.includes(candidate.text.toLowerCase());
  const candidates = headlineCandidates(lines, blocks, bodyBlock, roleOf, stopwords).filter((candidate) => titleLike(candidate.text) && !menuLine(candidate) && !masthead(candidate));
  for (const candidate of candidates) {
    const { text } = candidate;
    const own = content(text);
    const shared = [...own].filter((word) => lede.has(word)).length;
    let score = (own.size === 0 ? 0 : (4 * shared) / own.size) + 0.5 * Math.min(shared, 4) - 0.15 * candidate.distance;
    score += candidate.alone ? 0.5 : -0.5;
    const opening = text.slice(0, 40);
    if (normalised.some((other, at) => (at < candidate.start || at >= candidate.end) && other !== text && other.includes(opening))) score += 2;
    // A byline or date under it; a credit under a line makes it a caption instead.
    const following = normalised.slice(candidate.end).filter(Boolean).slice(0, 3);
    // A credit right under it says so even when the byline follows the credit.
    if (following[0] !== undefined && roleOf(following[0]) === 'credit') score -= 3;
    else if (following.some((line) => marksHeader(roleOf(line)))) score += 2;
    if (/[.。]$/.test(text)) score -= TWO_SENTENCES.test(text) ? 4 : 2;
    // Under a time stamp it heads a live page's entry ("16:40 GMT" / "Power cut to 41,000 homes"), not the page.
    if (candidate.start > 0 && TIME_ALONE.test(normalised[previousLine(lines, candidate.start)] ?? '')) score -= 4;
    if (!best || score > best.score) best = { candidate, score };
  }
  if (!best) return undefined;
  const lower = headlineUnderKicker(lines, candidates, best.candidate, lede, content);
  if (lower) {
    const standfirst = standfirstUnder(lines, candidates, lower, roleOf);
    return standfirst ? { ...lower, standfirst: { start: standfirst.start, end: standfirst.end } } : lower;
  }
  // The headline may be about more of the story than its first paragraphs (a live page's first entry).
  const story = content(blocks.slice(bodyBlock, bodyBlock + STORY_BLOCKS).map((block) => block.text).join(' '));
  const upper = headlineOverStandfirst(lines, candidates, best.candidate, story, content);
  if (upper) return { ...upper, standfirst: { start: best.candidate.start, end: best.candidate.end } };
  const standfirst = standfirstUnder(lines, candidates, best.candidate, roleOf);
  return standfirst ? { ...best.candidate, standfirst: { start: standfirst.start, end: standfirst.end } } : best.candidate;
}

const previousLine = (lines: readonly string[], before: number) => {
  let at = before - 1;
  while (at > 0 && (lines[at] ?? '').trim() === '') at--;
  return at;
};

const nextLine = (lines: readonly string[], from: number) => {
  let at = from;
  while (at < lines.length && (lines[at] ?? '').trim() === '') at++;
  return at;
};

/**
 * The standfirst under a headline: the title-like line right under it,
 * before the byline. Not a photo's caption, which a known agency's credit follows.
 */
function standfirstUnder(lines: readonly string[], candidates: readonly HeadlineCandidate[], headline: HeadlineCandidate, roleOf: HeaderRoleOf): HeadlineCandidate | undefined {
  // A headline that ends the block of its kicker stands apart as a block of its own would.
  const apart = headline.alone || (lines[headline.end] ?? '').trim() === '';
  const below = candidates.find((candidate) => candidate.start === nextLine(lines, headline.end) && (candidate.alone === headline.alone || (apart && candidate.alone))) ?? lineUnder(lines, headline, roleOf);
  // The page's title repeated under its headline ("Headline - Site") is no standfirst.
  if (!below || wordCount(below.text) < MIN_HEADLINE_WORDS || below.text.includes(headline.text)) return undefined;
  // Over a credit it is a photo's caption: a known agency, or any label with the byline under it ("River Trust" / "By …").
  const under = nextLine(lines, below.end);
  const credit = normaliseWhitespace(lines[under] ?? '');
  // An author box's name over its byline ("Katarzyna Nowak" / "Autor: Katarzyna Nowak") is no credit.
  const afterCredit = normaliseWhitespace(lines[nextLine(lines, under + 1)] ?? '');
  // Unless the credit heads the caption under it, which the byline or date follows ("Courtesy of X" / "The hall in 1925." / "Words by …").
  const captionUnder = afterCredit !== '' && afterCredit.length <= 200 && roleOf(afterCredit) === undefined && marksHeader(roleOf(normaliseWhitespace(lines[nextLine(lines, nextLine(lines, under + 1) + 1)] ?? '')));
  if (!captionUnder && (creditOf(credit) || (isCreditLike(credit) && roleOf(afterCredit) === 'byline' && bylineOf(afterCredit)?.name !== credit))) return undefined;
  // So is one that ends with its credit: "The rebuilt quay, 16 November 2025. (Tom Ellery/Harbour Gazette)".
  // Or whose credit a dump wrapped onto the next line.
  if (captionWithCredit(below.text) || (credit !== '' && captionWithCredit(`${below.text} ${credit}`)?.credit === credit.replace(/^\((.*)\)$/u, '$1'))) return undefined;
  return below;
}

/**
 * The standfirst under the headline when no headline candidate stands there: a line a dump wrapped at its
 * width onto a lower-case rest (a line a lower-case line continues may be a caption's, so it is no
 * candidate), or, under a headline that is a block of its own (a Markdown heading), the first line of
 * the header under it, when the header goes on after it.
 */
function lineUnder(lines: readonly string[], headline: HeadlineCandidate, roleOf: HeaderRoleOf): HeadlineCandidate | undefined {
  const start = nextLine(lines, headline.end);
  let end = start + 1;
  while (end - start < 3 && columns(lines[end - 1] ?? '') >= WRAPPED_HEADLINE && SMALL_FIRST.test(lines[end] ?? '')) end++;
  const wrapped = end > start + 1;
  if (!wrapped && !headline.alone) return undefined;
  const text = joinWrapped(lines.slice(start, end));
  if (text.length > 300 || roleOf(text) !== undefined || isChromeLabel(text) || text.includes('|') || HAS_SEPARATOR.test(text) || isTimestamp(text)) return undefined;
  // A wrapped line that ends a sentence may be a caption's, unless a byline or date follows it.
  const afterAt = nextLine(lines, end);
  const after = roleOf(normaliseWhitespace(lines[afterAt] ?? ''));
  // Or a name over the date ("Marguerite Oyelaran" / "Nov 17, 2025"), which is a byline only with the date under it.
  const nameOverDate = after === undefined && marksHeader(roleOf(normaliseWhitespace(lines[nextLine(lines, afterAt + 1)] ?? '')));
  if (headline.alone ? after === undefined && !nameOverDate : /[.。]$/.test(text) && !marksHeader(after)) return undefined;
  return { start, end, text, distance: 0, alone: false };
}

// Page chrome as a line says it ("Share this article", "Sign in", "Follow us"): its words first, or a label of three words
// or fewer. A headline may use them further in ("Police search for missing boy", "Crews share what makes a crossing go smoothly").
const isChromeLabel = (text: string) => {
  const match = CHROME_WORDS.exec(text);
  return match !== null && (match.index === 0 || text.split(' ').length <= 3);
};

// How many of the body's blocks a headline over its standfirst is looked for in.
const STORY_BLOCKS = 8;

// Fewer words than a headline has: a kicker over it ("Cost of living"), not the headline over its standfirst.
const MIN_HEADLINE_WORDS = 5;

// A breadcrumb: three items or more of a few words each, between slashes or arrows ("Home / India / Kerala").
const isBreadcrumb = (text: string) => {
  // Japanese and Chinese pages set their arrows full width: "トップ ＞ 地域 ＞ 静岡".
  const items = text.split(/\s+[/\\>›»]\s+|\s*[＞»›]\s*/u);
  // Its last item may be the page's headline: "News / Cities / Kavalpur / Kavalpur Metro’s Purple Line completes…".
  return items.length >= 3 && items.slice(0, -1).every((item) => wordCount(item) <= 3);
};
// Two sentences, as a standfirst has ("Members voted to end it. Here is how it came apart."); a headline has one.
const TWO_SENTENCES = /^(?:\S+\s+){2,}\S+[.!?]\s+\p{Lu}.*[.!?]["'”’]?$/u;

/**
 * The headline, when the line chosen is the kicker over it ("RIO GRANDE DO SUL" over "Enchente em Vila
 * Nova do Sul deixa 800 desalojados"): fewer words than a headline, with a title-like line of a
 * headline's length right under it that is about the story too.
 */
/**
 * Whether a short line names the story's subject in words of its own, as an obituary's headline does
 * ("Margit Aldous obituary"): a name of the lede after its first word, and a word in small letters, which a
 * kicker's label in capitals ("Art and Design") has not.
 */
const namesSubject = (text: string, lede: ReadonlySet<string>) => {
  const words = text.split(' ');
  return words.length >= 3 && words.some((word) => /^\p{Ll}{3,}$/u.test(word)) && words.slice(1).some((word) => /^\p{Lu}\p{Ll}/u.test(word) && lede.has(word.toLowerCase()));
};

function headlineUnderKicker(lines: readonly string[], candidates: readonly HeadlineCandidate[], chosen: HeadlineCandidate, lede: Set<string>, content: (text: string) => Set<string>): HeadlineCandidate | undefined {
  if (wordCount(chosen.text) >= MIN_HEADLINE_WORDS || namesSubject(chosen.text, lede)) return undefined;
  const lower = candidates.find((candidate) => candidate.start === nextLine(lines, chosen.end) && candidate.alone === chosen.alone);
  if (!lower || wordCount(lower.text) < MIN_HEADLINE_WORDS || /[.。]$/.test(lower.text)) return undefined;
  return sharesWord(content(lower.text), lede) ? lower : undefined;
}

// Inflected languages change a word's end ("Containern", "Container"): its first letters say it is the same word.
const STEM_LETTERS = 5;
const stemsOf = (words: Iterable<string>) => new Set([...words].filter((word) => word.length >= STEM_LETTERS).map((word) => word.slice(0, STEM_LETTERS)));

/** Whether two sets of a text's words share one, or the first letters of a long one. */
function sharesWord(words: ReadonlySet<string>, others: ReadonlySet<string>): boolean {
  if ([...words].some((word) => others.has(word))) return true;
  const stems = stemsOf(others);
  return [...stemsOf(words)].some((stem) => stems.has(stem));
}

/**
 * The headline, when the line chosen is its standfirst: a page prints the
 * headline, then the standfirst under it, then the byline. The standfirst
 * often shares more words with the lede, so the line right above it is
 * the headline when it is title-like, no longer than the standfirst, and
 * no kicker.
 */
function headlineOverStandfirst(lines: readonly string[], candidates: readonly HeadlineCandidate[], chosen: HeadlineCandidate, lede: Set<string>, content: (text: string) => Set<string>): HeadlineCandidate | undefined {
  // A headline that is a block of its own (a Markdown heading) may stand over a standfirst that opens the header's block.
  // A headline under its kicker, in a block of its own ("Transport" / "Rail fares to rise…"), stands over the standfirst too.
  const endsBlock = (candidate: HeadlineCandidate) => (lines[candidate.end] ?? '').trim() === '';
  // A photo's caption and credit may stand between them ("[IMG] Passengers wait … Photo by Noor Haddad").
  const captionBetween = (from: number) => {
    const between = lines.slice(from, chosen.start).filter((line) => line.trim() !== '');
    return between.length > 0 && between.length <= 4 && captionWithCredit(joinWrapped(between.map((line) => line.replace(/^\s*\[IMG\]\s*/u, '')))) !== undefined;
  };
  const upper = candidates.find((candidate) => (nextLine(lines, candidate.end) === chosen.start || captionBetween(nextLine(lines, candidate.end))) && (candidate.alone === chosen.alone || candidate.alone || endsBlock(candidate)));
  if (!upper || /[.。]$/.test(upper.text)) return undefined;
  // A line in capitals over one in small letters is a section's or region's kicker ("VALE DO PARAÍBA E REGIÃO"); one
  // behind a label in capitals is a site's banner ("WEATHER ALERT: Winter Weather Advisory until 7 PM").
  if ((isCapitals(upper.text) && !isCapitals(chosen.text)) || CAPITALS_LABEL.test(upper.text)) return undefined;
  const words = wordCount(upper.text);
  // A headline may run a few words longer than a short standfirst ("Storm Maren live: …" / "Amber warning in force until 9pm; …").
  if ((words < MIN_HEADLINE_WORDS && !namesSubject(upper.text, lede)) || words > 1.5 * wordCount(chosen.text)) return undefined;
  // It is about the story (a word of the standfirst or the lede), not the site's name or section over it.
  const story = new Set([...lede, ...content(chosen.text)]);
  return sharesWord(content(upper.text), story) ? upper : undefined;
}
