import { decodeEntityResidue, normaliseWhitespace, removeLinkLabels, removeMarkupResidue, removeUnsafeCharacters, restoreEscapedBreaks } from './clean-text.ts';
import { dateReader, type DateReader } from './find-date.ts';
import { findDateline } from './find-dateline.ts';
import { marksHeader } from './page-headline.ts';
import { PHOTO_LABEL } from './photo-labels.ts';
import { findFooter, wireStampDay, tagsUnder } from './footer-chrome.ts';
import { bylineOf, isEditorCredit, type Byline, namesOutletOrRole, withoutHandle, withoutRoleLabel } from './byline.ts';
import { canBeCaption, captionWithCredit, classifyHeaderLine, creditOf, isBylineRole, isCreditLike, isPhotoNote, locationOfCaption, type HeaderLine } from './header-lines.ts';
import { IngestError } from '../errors.ts';
import { SENTENCE_END, headlineFromLede, wordCount } from './prose.ts';
import { wordsOf } from './stopwords.ts';
import { sentenceCaseHeadline } from './sentence-case.ts';
import { isMarkdownDump, markdownDumpText, withoutReaderPreamble } from './markdown-dump.ts';
import { numbersLinks, withoutLinkNumbers } from './link-numbers.ts';
import { isInlineChrome } from './inline-chrome.ts';
import { isClosingNotice, isConsentNotice } from './page-units.ts';
import { KEY_POINTS, findSavedPage, looksLikeChrome, isSectionAfter, startsWithProse, type HeaderRole } from './find-article.ts';
import { draftHeader, type DraftHeader } from './draft-fields.ts';
import { isCorrectionNote, overHeadline } from './over-headline.ts';
import { mailSignature, mailStoryEnd } from './mail-signature.ts';
import { printColumnUnder } from './print-column.ts';
import { dateInAddress } from './address-date.ts';
import { withoutDocComments } from './doc-comments.ts';
import { isWireCopy, pageParagraphs, wireParagraphs, withoutDumpMargin, joinWrapped } from './split-paragraphs.ts';
import { isWireCredit, staffWriterOf, writersOf } from './wire-credits.ts';
import { isWrittenAsDay, type DateSource } from '../article/schema.ts';

/** What the text of one article file says, before entities and dates are settled. */
export interface ParsedArticle {
  title: string;
  paragraphs: string[];
  byline?: string;
  bylineRole?: string;
  /** The standfirst a saved page prints under its headline. */
  standfirst?: string;
  /** A "Published" line's day and month without a year, dated when nothing else dates the article. */
  publishedWithoutYear?: string;
  caption?: string;
  credit?: string;
  location?: string;
  /** The date the text itself gives, if any. */
  date?: { iso: string; source: Exclude<DateSource, 'option' | 'ingest'> };
  /** When the text says it was last updated ("Updated …"), besides its publication date. */
  updated?: string;
  /** The first paragraph without its dateline, when it opens with one: what the summary is made from. */
  lede?: string;
  /** Tags listed in the file's own footer. */
  tags: string[];
  /** Set when the file has no headline and its first sentence stands in for one. */
  headlineFrom?: 'lede';
  /** The shape the text was read as. */
  form: 'page' | 'wire';
  /** Set when the file is a page saved through a Markdown converter, read as its text. */
  savedAs?: 'markdown';
  /** Page chrome left out of the body, reported so that nothing goes silently. */
  dropped: string[];
}

// Two parts of a line set far apart, as a printed page's running head is.
const RUNNING_HEAD = /^\s*\S.*\S {4,}\S.*$/u;
// Or a print edition's folio, as pdftotext gives it: the paper, the day and the page, set apart by bars or spaces
// ("THE HARBOUR HERALD | Tuesday, November 4, 2025 | A5", "6   Kurier der Valle   Dienstag, 4. November 2025").
const FOLIO_PARTS = /\s+[|•·]\s+|\s{3,}/u;
const PAGE_NUMBER = /^(?:(?:page|p\.|seite|página|pagina|pagina|страница|стр\.)\s*)?[A-Z]?\d{1,3}$/iu;
const FOLIO_LENGTH = 120;
const LABELLED_PHOTO = /^(?:Foto|Fotografia|Photo|Bild|Imagen|Image|Фото)\s*:\s*(\S.{10,300})$/u;
const READER_APP_FOOTER = /^(?:Original|Source|Saved from)\s*:\s*<?https?:\/\/\S+>?(?:\s+Saved\s[^·]{3,30}(?:\s·\s\d+\s?min(?:ute)?s?\sread)?)?$|^Saved\s(?:on\s)?[^·]{3,30}\s·\s\d+\s?min(?:ute)?s?\sread$/iu;
const AFTER_FILED_CREDIT = /(?<=\/(?:File Photo|File|Pool Photo|Pool|Handout Photo|Handout))\s+(?!Photo\b)(?=\S)/u;
// A gallery's counter before its caption: "Item 1 of 2", "[1/2]".
const GALLERY_COUNTER = /^\s*(?:(?:Item\s+)?\d{1,2}\s+of\s+\d{1,2}\s*|\[\d{1,2}\/\d{1,2}\])/u;

const ABOUT_AUTHOR = /^(?:about the (?:author|writer|columnist)s?|à propos de l['’]aut(?:eur|rice)|über (?:den|die) autor(?:in)?|sobre (?:el|la|o|a) autor(?:a)?|sull['’]autore|over de (?:auteur|schrijver)|o autorze|об авторе|про автора)\s*:?$/iu;
// A print page's foot line, in capitals with the site's address: "HALLORAN TRIBUNE • WWW.HALLORANTRIBUNE.COM • 555-0142".
const FOOT_LINE = /^[^\p{Ll}]{0,60}\bWWW\.[\p{Lu}\d-]+(?:\.[\p{Lu}]{2,})+\b[^\p{Ll}]{0,60}$/u;
// A line that leads to an address: "Read the full story and see photos from the final day: https://…".
// Or without the colon: "Read it online and join the conversation <https://…>".
const LINK_TO_STORY = /^[^.!?]{3,120}:\s*<?https?:\/\/\S+>?$|^(?:read|see|watch|listen|continue reading)\b[^.!?]{0,80}\s<?https?:\/\/\S+>?$/iu;

/** The day a print edition's folio gives, when `line` is one; undefined otherwise. */
function folioDate(line: string, dates: DateReader): string | undefined {
  const parts = line.trim().split(FOLIO_PARTS);
  if (line.length > FOLIO_LENGTH || parts.length < 2 || parts.length > 4 || !parts.some((part) => PAGE_NUMBER.test(part))) return undefined;
  const dated = parts.map((part) => dates.dateOfDateLine(part)).find(Boolean);
  return dated && parts.every((part) => PAGE_NUMBER.test(part) || dates.dateOfDateLine(part) || !SENTENCE_END.test(part)) ? dated.iso.slice(0, 10) : undefined;
}

const isDateOnly = (line: string) => /^\d{1,2}-[A-Z]{3}-\d{4}$/i.test(line.trim());

/**
 * A byline that is a name alone on its line, as pages print it above the
 * date: "Hazel Sheffield" over "Friday 25 December 2015", "NATALIYA
 * VASILYEVA" over "Associated PressDecember 2, 2016". Only in a header and
 * only with the date under it, which also gives the outlet before it.
 */
function bareNameByline(line: string, raw: string, dates: DateReader, after?: string): { name: string; role?: string; date?: string; location?: string } | undefined {
  if (line.replace(/\s[-–—|,]\s/gu, ' ').split(' ').length > 6 || /\d/.test(line) || creditOf(line) || raw.length > 80) return undefined;
  // Pages run the outlet into the date: "Associated PressDecember 2, 2016".
  const next = raw.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  const byline = bylineOf(`By ${line}`);
  // "دبي - محمد علي" over the date: the place, then the reporter, as Arabic pages print them.
  const placeThenName = PLACE_THEN_NAME.exec(line);
  const [placeDate] = placeThenName ? dates.findDates(next) : [];
  if (placeThenName?.[1] && placeThenName[2] && placeDate) return { name: placeThenName[2], location: placeThenName[1], date: placeDate.iso };
  // Over the place the story is reported from, then the date, as Folha prints it: "Mariana Costa" / "São Paulo" / "17.nov.2025 às 14h05".
  if (byline && !byline.role && after !== undefined && PLACE_NAME.test(next) && !namesOutletOrRole(next) && !classifyHeaderLine(next, undefined, '', false, dates) && isDateLine(after, dates)) return { name: byline.name, location: next };
  // Over the outlet and place instead of a date: "Rhea Castell" / "BBC News, Port Alder".
  // (Not over a byline of its own: "Eleanor Whitcombe" / "By Eleanor Whitcombe, Local Democracy Reporting Service".)
  if (byline && !byline.role && next.length <= 60 && !/\d/.test(next) && namesOutletOrRole(next) && !bylineOf(next)) return { name: byline.name, role: withoutHandle(normaliseWhitespace(next)) };
  const [date] = dates.findDates(next);
  // A name and its outlet in one word over the date ("Tereza Malá, ČTK", "Rina Wulandari - detikNews") is a byline
  // too, whatever the outlet; so is a name in a script without capitals and its place or outlet ("राजेश कुमार, नई दिल्ली").
  const outletWord = byline?.role !== undefined && (OUTLET_WORD.test(byline.role) || namesOutletOrRole(byline.role) || (UNCASED_NAME.test(byline.name) && /^[^\d]{2,30}$/u.test(byline.role) && byline.role.split(' ').length <= 3)) ? byline.role : undefined;
  if (!byline || (byline.role && !outletWord) || !date) return undefined;
  const before = next.slice(0, date.start).replace(/[\s|·•,:–—-]+$/u, '').trim();
  // A label before the date ("Julkaistu 17.11.2025") is no role.
  // Nor is the weekday a date line opens with ("Senin, 17 Nov 2025", "Poniedziałek, 17 listopada 2025").
  const role = outletWord ?? (/^\p{Lu}[\p{L} .&'’-]{1,40}$/u.test(before) && isBylineRole(before) && !dates.isWeekday(before) ? before : undefined);
  return { name: byline.name, ...(role ? { role } : {}), ...(byline.location ? { location: byline.location } : {}), ...(next.slice(date.end).trim().length <= 3 || role ? { date: date.iso } : {}) };
}

// How many lines under a page's last paragraph its byline is looked for.
const CLOSING_BYLINE_WITHIN = 2;

/** A byline a page prints under its last paragraph ("By Colleen Haugen | Prairie Dispatch", "김민준 기자 mjkim@…"), among its first lines. */
function closingByline(lines: readonly string[], dates?: DateReader): Byline | undefined {
  const [first, second] = lines.filter((line) => line !== '');
  // Or a name alone over the date the page was last updated ("Nguyễn Thu Hà" / "Cập nhật: 15/05/2024 09:12").
  const nameOverDate = dates && first !== undefined && second !== undefined && isDateLine(second, dates) ? bareNameByline(first, second, dates) : undefined;
  if (nameOverDate && !nameOverDate.role && !nameOverDate.location) return { name: nameOverDate.name };
  return lines.filter((line) => line !== '').slice(0, CLOSING_BYLINE_WITHIN).map((line) => (line.length <= 100 ? (bylineOf(line) ?? wordsBy(line)) : undefined)).find(Boolean);
}

// A feature's closing credit of its words and pictures: "Words by Martin Oduya. Pictures by Lucy Armitage."
const WORDS_BY = /^(?:Words|Text|Story)(?: and (?:pictures|photos))? by (\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,5})\.?(?:\s+(?:Pictures|Photos?|Photographs|Photography|Images|Video) by\s+[^.]{2,60}\.?)?$/u;
const wordsBy = (line: string): Byline | undefined => {
  const name = WORDS_BY.exec(line.trim())?.[1];
  return name ? { name } : undefined;
};

// What a note on the writer says of them after their name, in the languages of the bylines.
const BIO_VERB = /^\s(?:covers|reports on|reports for|writes about|writes for|is an? |is the |is our |has covered|joined|est journaliste|couvre|ist (?:Redakteur|Korrespondent|Reporter)|berichtet|escribe|cubre|es (?:periodista|redactora?|corresponsal))/iu;
const isBioOf = (paragraph: string, name: string) => name.length > 3 && paragraph.toLowerCase().startsWith(name) && BIO_VERB.test(paragraph.slice(name.length)) && paragraph.length <= 400;

// How many words the name before a closing date may have.
const SIGNED_NAME_WORDS = 4;

/**
 * The writer's name and the time of a last paragraph that is only those two
 * ("Zeynep Arslan 08.04.2025 14:32"). The time of day says it is a filing
 * stamp: a place and a day ("Port Alder 8 April") sign no story.
 */
function signedWithDate(paragraph: string, dates: DateReader): { name: string; date: string } | undefined {
  if (paragraph.length > 80) return undefined;
  const date = dates.dateAtEnd(paragraph);
  const name = date && date.start > 0 && date.iso.includes('T') ? paragraph.slice(0, date.start).trim() : '';
  if (wordCount(name) < 2 || wordCount(name) > SIGNED_NAME_WORDS || /[\d,.:;!?]/u.test(name)) return undefined;
  const byline = bylineOf(`By ${name}`);
  return byline && !byline.role && byline.name === name ? { name, date: date!.iso } : undefined;
}

function setByline(article: ParsedArticle, byline: Byline): void {
  article.byline = byline.name;
  if (byline.role) article.bylineRole = byline.role;
}

/** Whether a paragraph is a photo's caption over its credit: a short sentence, then a photographer and agency in one line ("Marcus Hale/AP"). */
function isMidBodyPhoto(paragraph: string, next: string | undefined): boolean {
  return next !== undefined && paragraph.length <= 250 && SENTENCE_END.test(paragraph) && next.length <= 60 && /\S\/\S/u.test(next) && creditOf(next) === next;
}

/** A byline with one more name: "A" → "A and B", "A and B" → "A, B and C". */
const withCoAuthor = (byline: string, name: string) => `${byline.replace(/ and /u, ', ')} and ${name}`;

/** A person's name alone on a line ("Rhea Castell"): two to four capitalised words, no outlet, role or credit. */
function nameAlone(line: string): string | undefined {
  const words = line.split(' ').length;
  // A box's heading ("मुख्य बातें", key points) names no one.
  if (words < 2 || words > 4 || /\d/.test(line) || creditOf(line) || namesOutletOrRole(line) || KEY_POINTS.test(line)) return undefined;
  const byline = bylineOf(`By ${line}`);
  return byline && !byline.role && byline.name === line ? byline.name : undefined;
}

// An outlet's name in one word: "ČTK", "detikNews", "kumparan.com".
const OUTLET_WORD = /^(?:\p{Lu}[\p{L}\p{N}.&-]{1,20}|\p{Ll}+(?:\p{Lu}|\.\p{Ll})[\p{L}\p{N}.&-]{1,20})$/u;
// A name with no capitals to tell it by: Devanagari, Arabic, Thai…
const UNCASED_NAME = /^[\p{Lo}\p{M}]+(?:\s[\p{Lo}\p{M}]+){1,3}$/u;
const PLACE_THEN_NAME = /^(\p{Script=Arabic}+(?:\s\p{Script=Arabic}+)?)\s[-–—]\s(\p{Script=Arabic}+(?:\s\p{Script=Arabic}+){1,3})$/u;
const REPORTING_FROM = /^Reporting from\s+(\p{Lu}.{1,60})$/u;

// A place of one to three capitalised words: "São Paulo", "Rio de Janeiro".
const PLACE_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|do|del|la|le|am|an|upon|on)){0,3}$/u;

const DATE_LINE_LENGTH = 200;

/** Whether a header line is a date line ("17.nov.2025 às 14h05", "Published 17 November 2025"). */
function isDateLine(line: string, dates: DateReader): boolean {
  // No line longer than a line of fields is read as a date line (header-lines.ts): a paragraph is none.
  if (line.length > DATE_LINE_LENGTH) return false;
  const kind = classifyHeaderLine(line, undefined, '', false, dates)?.kind;
  return (kind === 'published' || kind === 'date');
}

/**
 * Takes a caption's credit. An agency's name alone above the caption ("EFE" under the headline) is the
 * story's source, its byline when it has none; the caption's own credit ("EFE/Jorge Zapata") is the photo's.
 */
function takeCaptionCredit(article: ParsedArticle, credit: string): void {
  if (article.credit && AGENCY_ONLY.test(article.credit) && credit !== article.credit) {
    article.byline ??= article.credit;
    article.credit = credit;
  }
  article.credit ??= credit;
}

/** Takes what one header line says into the article: the first byline, date, caption and credit win, and a second is reported. */
function applyHeaderLine(article: ParsedArticle, header: HeaderLine, line: string, dates: DateReader): void {
  switch (header.kind) {
    case 'byline':
    case 'published':
    case 'date':
      if (header.kind === 'byline') {
        if (article.byline && article.byline !== header.name && !header.date) {
          article.dropped.push(normaliseWhitespace(line));
          break;
        }
        article.byline = header.name;
        if (header.role) article.bylineRole = header.role;
        if (header.location) article.location ??= header.location;
      }
      if (header.kind === 'published' && header.withoutYear && !header.date) article.publishedWithoutYear ??= header.withoutYear;
      if (!header.date) break;
      if (header.kind !== 'date' && header.updated) {
        // "Updated …": the article's update, and its date until a "Published" line says otherwise.
        article.updated ??= header.date;
        if (article.date?.source !== 'published') article.date = { iso: header.date, source: 'published' };
      } else if (article.date?.source !== 'published' || article.date.iso === article.updated) {
        article.date = { iso: header.date, source: 'published' };
      }
      if (header.alsoUpdated) article.updated ??= header.alsoUpdated;
      break;
    case 'credit':
      if (article.caption && article.credit && AGENCY_ONLY.test(article.credit)) takeCaptionCredit(article, header.credit);
      else if (article.credit) article.dropped.push(normaliseWhitespace(line));
      article.credit ??= header.credit;
      break;
    case 'caption':
      if (article.caption) {
        article.dropped.push(normaliseWhitespace(line));
        break;
      }
      article.caption = header.caption;
      if (header.credit) takeCaptionCredit(article, header.credit);
      article.location ??= locationOfCaption(header.caption, dates);
      if (header.date && !article.date) article.date = { iso: header.date, source: 'caption' };
      break;
    case 'chrome':
      article.dropped.push(normaliseWhitespace(line));
      break;
    case 'repeat-headline':
      break;
  }
}

// How many lines above a page's headline, or under its body, its date may
// stand: "08.04.2015 12:46" over the headline, "CNNMoney (New York) First
// published February 1, 2016: 1:28 AM ET" under the last paragraph.
const DATE_NEAR_LINES = 2;

/**
 * The date on one of the lines from `from` on, going `step` (-1 up, 1
 * down), where some pages print it, and the update a line beside it gives
 * ("2025/11/17 14:05" / "更新 2025/11/17 16:30" over the headline).
 */
function dateLineNear(lines: readonly string[], from: number, step: -1 | 1, dates: DateReader): { date: string; updated?: string } | undefined {
  let seen = 0;
  let updated: string | undefined;
  for (let index = from; index >= 0 && index < lines.length && seen < DATE_NEAR_LINES; index += step) {
    const line = (lines[index] ?? '').trim();
    if (line === '') continue;
    seen++;
    const header = classifyHeaderLine(line, undefined, '', false, dates);
    if ((header?.kind !== 'published' && header?.kind !== 'date') || !header.date) continue;
    if (header.kind === 'published' && header.updated) updated ??= header.date;
    else return { date: header.date, ...(updated ? { updated } : {}) };
  }
  return updated ? { date: updated } : undefined;
}

// A header line that a dump wrapped before its end, or that a page set apart: it ends in a separator or in "By"
// ("… | Par" / "Camille Roussel"), or is "By" alone over the name.
const RUNS_ON = /(?:\s[|•·,–-]|(?:^|\s)(?:By|by|BY|Par|Von|Por|Di|Door|Av|Af|Przez|Автор|Авторы):?)$/u;
const BY_ALONE = /^\s*(?:[*•+]\s+)?(?:By|by|BY|Par|Von|Por|Di|Door|Av|Af|Przez|Автор|Авторы):?$/u;
// Or a caption wrapped inside the credit it ends with ("… Photograph: Tom Ellery/The" / "Harbour Herald").
const CREDIT_RUNS_ON = new RegExp(String.raw`\s(?:${PHOTO_LABEL})\s*[:：|]\s*[^.:：]+$`, 'u');
const WRAP_WIDTH = 70;
// The narrowest width dumps wrap at: lynx's 80 columns less its margin.
const DUMP_WIDTH = 76;
const BRACKETED_PHOTO_CREDIT = /^\((?:\p{Lu}{2,}\s+)?Photos?\s*\//u;

/** Whether a caption's credit after its sentence was wrapped onto the next line ("… dilluns. ACN /" / "JORDI BOSCH"). */
const wrappedCaptionCredit = (line: string, rest: string) => /[.!?]\s+\S+(?:\s+\S+){0,3}$/u.test(line) && captionWithCredit(normaliseWhitespace(`${line} ${rest}`)) !== undefined;

/** The lines with each header line of `[from, until)` that a dump wrapped joined to its rest, keeping line indices (the rest's line goes blank). */
function withWrappedHeaderLinesJoined(lines: readonly string[], from: number, until: number, dates: DateReader): string[] {
  const joined = [...lines];
  for (let index = from; index + 1 < until; index++) {
    const line = (joined[index] ?? '').trimEnd();
    // "By" alone is set apart from the name, by a blank line too when a copy puts one between every line.
    const byAlone = BY_ALONE.test(line);
    let restAt = index + 1;
    if (byAlone) while (restAt + 1 < until && (joined[restAt] ?? '').trim() === '') restAt++;
    // The name as an item of the same list ("* By" / "* Tom Ellery") joins without its bullet.
    const rest = (joined[restAt] ?? '').trim().replace(byAlone || /^\s*[*•+]\s/u.test(line) ? /^[*•+]\s+/u : /^$/u, '');
    // Wrapped: wide, or so wide that the rest's first word would not have fitted on it ("… — Foto: Lucas" / "Andrade/RBS TV").
    const wrapped = line.trim().length >= WRAP_WIDTH || (line.trim().length >= 50 && line.trim().length + 1 + (rest.split(' ')[0] ?? '').length > DUMP_WIDTH);
    // A name over the date is the byline, not the rest of a credit ("… Kuva: Matti Karjalainen / Yle" / "Liisa Heikkinen" / "17.11.2025 14:05").
    const overDate = () => isDateLine(normaliseWhitespace(joined.find((candidate, at) => at > restAt && candidate.trim() !== '') ?? ''), dates);
    const creditRunsOn = wrapped && rest.length <= 40 && !SENTENCE_END.test(rest) && ((/^\p{Lu}/u.test(rest) && CREDIT_RUNS_ON.test(line)) || (/^[\p{Lu}/|]/u.test(rest) && wrappedCaptionCredit(line, rest))) && !overDate();
    // A line wrapped mid-sentence onto a rest that starts in lower case, a figure or a bracket ("… on Jan. 14," / "2016. (AP Photo/…)").
    const sentenceRunsOn = wrapped && rest.length <= 60 && ((!SENTENCE_END.test(line) && (/^[\p{Ll}(]/u.test(rest) || (/,$/.test(line) && /^\d/.test(rest)))) || BRACKETED_PHOTO_CREDIT.test(rest));
    // Or inside a bracket its rest closes ("… (Tom Ellery/Harbour" / "Gazette)").
    const bracketRunsOn = /\([^()]*$/u.test(line) && /^[^()]{1,40}\)/u.test(rest);
    // Or inside a caption's sentence, before the credit it ends with ("… bakery on" / "Saturday. Arthur Webb/Lowmere Evening Echo").
    const captionRunsOn = wrapped && !SENTENCE_END.test(line) && rest.length <= 80 && captionWithCredit(line) === undefined && captionWithCredit(normaliseWhitespace(`${line} ${rest}`)) !== undefined;
    if ((!RUNS_ON.test(line) && !creditRunsOn && !sentenceRunsOn && !bracketRunsOn && !captionRunsOn) || rest === '') continue;
    joined[index] = `${(joined[index] ?? '').trimEnd()} ${rest}`;
    joined[restAt] = '';
  }
  return joined;
}

// Pages put the outlet, dates and byline on one line: "Le Monde | 04.05.2015 à 13h36 • Mis à jour … | Par X".
const HEADER_SEPARATOR = /\s+[|•·]\s+/u;

/** The parts of a line joined by separators, when one of them is a byline or a date; undefined otherwise. */
function headerParts(line: string, title: string, dates: DateReader, { bylineNeeded = false } = {}): { text: string; header?: HeaderLine }[] | undefined {
  const texts = line.split(HEADER_SEPARATOR);
  if (texts.length < 2) return undefined;
  const read = texts.map((text) => classifyHeaderLine(text, undefined, title, false, dates));
  // A name and place before the date's part is the byline: "Rohan Mehta, Navapur | Updated: Mar 06, 2026 21:40 IST".
  const dated = (header: HeaderLine | undefined) => header?.kind === 'published' || header?.kind === 'date';
  const bylineElsewhere = read.some((header) => header?.kind === 'byline');
  const parts = texts.map((text, at) => {
    const nameAndPlace = at === 0 && !read[at] && !bylineElsewhere && dated(read[1]) && /^[^,]+,\s*\p{Lu}[^,]*$/u.test(text) && !namesOutletOrRole(text);
    const named = nameAndPlace ? bylineOf(`By ${text}`) : undefined;
    const person = named && named.name.split(' ').length >= 2 && named.name.split(' ').length <= 3;
    return { text, header: person ? ({ kind: 'byline', ...named } as const) : read[at] };
  });
  const kinds = bylineNeeded ? ['byline'] : ['byline', 'published', 'date'];
  return parts.some(({ header }) => header && kinds.includes(header.kind)) ? parts : undefined;
}

// How many short lines may stand between a headline and a lede that opens with a dateline.
const LINES_OVER_DATELINE = 8;

/**
 * Whether the lines from `from` are short, none a sentence of the body, down
 * to a paragraph that opens with a dateline and its date or agency
 * ("CHICAGO, Feb. 12, 2025 /PRNewswire/ --", "NAIROBI, Oct 7 (Reuters) -").
 */
function ledeWithDateline(lines: readonly string[], from: number, dates: DateReader): boolean {
  let seen = 0;
  for (let at = from; at < lines.length && seen <= LINES_OVER_DATELINE; at++) {
    const line = normaliseWhitespace(lines[at] ?? '').replace(/^[*•+-]\s+/u, '');
    if (line === '') continue;
    seen++;
    // A wire's note in brackets ("(Correcting date …)") is read where it stands.
    if (/^\(.*\)$/u.test(line)) return false;
    // A lede is a long line or a sentence; a standfirst of a line may be long too.
    if ((line.length >= 60 && SENTENCE_END.test(line)) || line.length > 160) {
      if (seen === 1) return false;
      const dateline = findDateline(line, dates, '');
      return dateline !== undefined && dateline.length < line.length / 2 && (dateline.date !== undefined || /[(/]\p{Lu}/u.test(line.slice(0, dateline.length)));
    }
  }
  return false;
}

/**
 * Reads the header block (repeat headline, byline and role, dates,
 * caption, credit, chrome) from line `from` into `article`, and returns
 * where the body starts. An article file's header ends at its first line of
 * body text; a saved page's header is every line between its headline and
 * its body (`until`), where a line that is none of these is chrome.
 */
function readHeader(lines: readonly string[], from: number, article: ParsedArticle, dates: DateReader, until?: number): number {
  const title = article.title;
  let index = from;
  let afterPublished = false;
  // Whether the line above gave the date: a name alone under it is the byline.
  let afterDate = false;
  let afterByline = false;
  let afterCaption = false;
  let afterCredit = false;
  // Whether the lines above were a name and its role or outlet, which another may follow.
  let afterName = false;
  // Whether a byline, date or page chrome has been read: then this is a page's header.
  let inHeader = until !== undefined;
  // Whether a page's "Related" box has begun: its bylines are other stories'.
  let afterSection = false;
  // "Tom Ridley and Aisha Karim" over "Sun 26 Jan 2025 21.58 GMT" is a byline, not a photo's credit.
  const nameOverDate = (name: string, after: string | undefined) => after !== undefined && isDateLine(after, dates) && bareNameByline(name, after, dates) !== undefined;
  const namedByByline = (name: string, after: string | undefined) => {
    const header = after === undefined ? undefined : classifyHeaderLine(after, undefined, title, false, dates);
    return header?.kind === 'byline' && header.name === normaliseWhitespace(name);
  };
  const firstLine = lines.findIndex((candidate, at) => at >= from && candidate.trim() !== '');
  while (index < (until ?? lines.length)) {
    const raw = lines[index] ?? '';
    // A page may list its byline, date and comment count as list items ("* By Jane Doe"): read without the bullet.
    const unbullet = (text: string) => (until === undefined ? text : text.replace(/^[*•+]\s+/u, ''));
    const line = unbullet(raw.trim());
    if (line === '') {
      index++;
      continue;
    }
    if (until !== undefined && isSectionAfter(line)) afterSection = true;
    const nextIndex = lines.findIndex((candidate, at) => at > index && candidate.trim() !== '');
    const next = nextIndex === -1 ? undefined : unbullet(lines[nextIndex]?.trim() ?? '');
    const indented = until === undefined && /^\s{2,}/.test(raw);
    // Directly under a caption, a short label is its credit, whoever it names.
    const classified: HeaderLine | undefined = classifyHeaderLine(line, next, title, indented, dates, inHeader) ?? (afterCaption && !indented && isCreditLike(line, dates) ? { kind: 'credit' as const, credit: line } : undefined);
    // A list's item is a byline, a date or a credit that says it is one ("* By Jane Doe", "* Photo: X"), never a
    // caption or a label taken for a credit ("Key points:" / "* The harbour reopens next month").
    const bulleted = line !== raw.trim();
    const guessed: boolean = classified?.kind === 'caption' || (classified?.kind === 'credit' && !creditOf(line));
    const afterNext = () => {
      const at = lines.findIndex((candidate, where) => where > nextIndex && candidate.trim() !== '');
      return at === -1 ? undefined : unbullet(lines[at]?.trim() ?? '');
    };
    // A line over a name over the date is no caption of a credit: the name is the byline ("Tom Ridley and Aisha Karim" / "Sun 26 Jan 2025").
    const overByline = classified?.kind === 'caption' && !classified.credit && next !== undefined && nameOverDate(next, afterNext());
    if (overByline) {
      if (until !== undefined && !article.standfirst && index === firstLine) article.standfirst = normaliseWhitespace(line);
      else article.dropped.push(normaliseWhitespace(line));
      index++;
      continue;
    }
    const header: HeaderLine | undefined = bulleted && guessed ? undefined : classified;
    // A line of parts may look like a caption as a whole; its byline or date part says otherwise.
    // So may an update line with the publication after it ("Updated: … | Published: …").
    // A date line may carry the byline in its first part; it is read by parts only when one is.
    const parts = header?.kind === 'date' ? headerParts(line, title, dates, { bylineNeeded: true }) : header && header.kind !== 'caption' && !(header.kind === 'published' && header.updated) ? undefined : headerParts(line, title, dates);
    if (parts) {
      for (const part of parts) {
        if (part.header) applyHeaderLine(article, part.header, part.text, dates);
        else article.dropped.push(normaliseWhitespace(part.text));
      }
      inHeader = true;
      afterByline = afterPublished = afterDate = afterCaption = afterCredit = false;
      index++;
      continue;
    }
    const lineAfterNext = () => {
      const at = lines.findIndex((candidate, where) => where > nextIndex && candidate.trim() !== '');
      return at === -1 ? undefined : unbullet(lines[at]?.trim() ?? '');
    };
    // A name over the date with a reading time or button between ("Rhea Castell" / "5 min read" / "Nov 17, 2025").
    const nextIsChrome = next !== undefined && classifyHeaderLine(next, undefined, title, false, dates)?.kind === 'chrome';
    // A name over a reading time is the byline, even right under the headline (a reader view's "Priya Ramanathan" / "6–8 minutes").
    // Or with a button between ("Rosalind Achebe" / "Follow" / "6 min read").
    const timeLine = next !== undefined && READING_TIME_LINE.test(next) ? next : nextIsChrome ? lineAfterNext() : undefined;
    const overReadingTime = timeLine !== undefined && READING_TIME_LINE.test(timeLine) ? nameAlone(line) : undefined;
    // Under a byline, a line that names an outlet or role is the byline's ("By Hana Okafor" / "The Fenwick Courier"), no name.
    const roleUnderByline = afterByline && namesOutletOrRole(line) && isBylineRole(line);
    const overName = header || next === undefined || overReadingTime || roleUnderByline ? undefined : bareNameByline(line, nextIsChrome ? (lineAfterNext() ?? next) : next, dates, lineAfterNext());
    // Right under the headline of a file, only a name with its outlet over a date line says it is a byline
    // ("Rina Wulandari - detikNews" / "Senin, 17 Nov 2025 14:05 WIB"); a name alone may be the body's first line.
    // So is a name alone, of capitalised words, over a date line ("Lucía Martín Ortega" / "04-03-2025 / 13:42 h.").
    const nameAloneOverDate = overName !== undefined && !overName.role && overName.name === line && line.split(' ').length >= 2 && next !== undefined && isDateLine(next, dates);
    const named = overReadingTime ? { name: overReadingTime } : inHeader || (overName?.role && overName.date) || nameAloneOverDate ? overName : undefined;
    if (named) {
      // Reporters over their roles one after another ("Ola Nordmann" / "Journalist" / "Kari Hansen" / "Journalist") are co-authors.
      if (afterName && article.byline && !article.byline.includes(named.name)) article.byline = withCoAuthor(article.byline, named.name);
      article.byline ??= named.name;
      if (named.role) article.bylineRole ??= named.role;
      afterName = !named.date;
      if (named.location) article.location ??= named.location;
      afterByline = afterPublished = afterDate = afterCaption = afterCredit = false;
      // A date line of its own under the name is read as one ("Last updated: …" stays the update); the place line is skipped.
      if (named.date && next !== undefined && isDateLine(next, dates)) {
        index++;
        continue;
      }
      if (named.date && article.date?.source !== 'published') article.date = { iso: named.date, source: 'published' };
      // A date line that says more than the byline takes ("2025-11-17 14:05 来源：澎湃新闻") is read as a line of its own.
      index = !named.date && next !== undefined && isDateLine(next, dates) ? index + 1 : nextIndex + 1;
      continue;
    }
    afterName = false;
    if (afterSection && until !== undefined) {
      article.dropped.push(normaliseWhitespace(line));
      index++;
      continue;
    }
    if (!header) {
      // The line under a byline is the reporter's role, when it is short and
      // the header goes on after it (not a subheading that starts the body).
      const headerGoesOn = nextIndex > index + 1 || (next !== undefined && (classifyHeaderLine(next, undefined, title, false, dates) !== undefined || findDateline(next, dates) !== undefined));
      // A line that names a role or an outlet ("Seattle Times staff reporter") is one wherever the body starts.
      // The editor credited under the writer ("| Editor Siti Rahmawati") is no role of theirs.
      if (afterByline && isEditorCredit(line)) {
        article.dropped.push(normaliseWhitespace(line));
        index++;
        continue;
      }
      if (afterByline && isBylineRole(line) && next !== undefined && (headerGoesOn || namesOutletOrRole(line))) {
        // "Reporting from Port Alder, Maine" under the byline (the New York Times) says where the story is from.
        const from = REPORTING_FROM.exec(line)?.[1];
        if (from) article.location ??= from;
        // Without the reporter's handle: "News reporter @rheacastell".
        else article.bylineRole = withoutRoleLabel(withoutHandle(line));
        afterByline = false;
        index++;
        continue;
      }
      if (afterPublished && isDateOnly(line)) { index++; continue; }
      // A name alone under the date, where some pages print the byline: "Posted: Mon 17 Nov 2025 14:05" / "Rhea Castell".
      const nameUnderDate = afterDate && !article.byline && until !== undefined ? nameAlone(line) : undefined;
      if (nameUnderDate) {
        article.byline = nameUnderDate;
        afterDate = false;
        index++;
        continue;
      }
      // Or the place and the reporter, as Arabic pages print them under the date: "الواحة - سامر الخطيب".
      const placeThenName = afterDate && !article.byline && until !== undefined ? PLACE_THEN_NAME.exec(normaliseWhitespace(line)) : null;
      if (placeThenName?.[1] && placeThenName[2]) {
        article.byline = placeThenName[2];
        article.location ??= placeThenName[1];
        afterDate = false;
        index++;
        continue;
      }
      // An author box prints the name over its byline ("Katarzyna Nowak" / "Autor: Katarzyna Nowak"): the name is no credit.
      if (until !== undefined && next !== undefined && namedByByline(line, next)) {
        article.dropped.push(normaliseWhitespace(line));
        index++;
        continue;
      }
      // On a page, a caption may be a sentence when a credit stands under it: "The work is part of a scheme…" / "River Trust".
      if (until !== undefined && !bulleted && !article.caption && next !== undefined && nextIndex < until && wordCount(line) >= 4 && line.length <= 200 && canBeCaption(line) && isCreditLike(next, dates) && !namedByByline(next, lineAfterNext()) && !nameOverDate(next, lineAfterNext())) {
        article.caption = normaliseWhitespace(line);
        afterCaption = true;
        afterByline = afterPublished = afterDate = afterCredit = false;
        index++;
        continue;
      }
      // A caption under its credit, as BBC pages print them ("Tom Ellery/BBC" / "The promenade was flooded…"): no sentence end,
      // or the byline or date under it ("Photo courtesy of the family" / "Peggy at her party in 1998." / "By …").
      const headerUnder = next !== undefined && marksHeader(headerRoleOf(dates)(next));
      if (afterCredit && !bulleted && !article.caption && wordCount(line) >= 4 && line.length <= 200 && (!SENTENCE_END.test(line) || headerUnder)) {
        article.caption = normaliseWhitespace(line);
        afterCredit = false;
        index++;
        continue;
      }
      // A file's standfirst, between its headline and its byline or date ("Marine biologist and author, 1934-2025" / "By Thomas Reid").
      // Not a wrapped first sentence that runs on into "by …".
      const standsAlone = next !== undefined && (nextIndex > index + 1 || (!/^\p{Ll}/u.test(next) && !/[,;]$/u.test(line)));
      // Or under the byline, over the date (a reader view: headline, names, reading time, standfirst, date).
      const nextHeader = (index === firstLine || (article.byline !== undefined && wordsOf(line).length >= 6 && !isBylineRole(line))) && until === undefined && standsAlone && line.length <= 300 ? classifyHeaderLine(next!, undefined, title, false, dates) : undefined;
      // Or over a lede that opens with a dateline, as a press release prints it ("CEDAR RAPIDS, Iowa, April 8, 2025 /PRNewswire/ --").
      const overDateline = nextIndex > index + 1 && !SENTENCE_END.test(line) && wordsOf(line).length >= 5 && next!.length >= 60 && findDateline(next!, dates, '') !== undefined;
      const overNameOverDate = standsAlone && nameOverDate(next!, afterNext());
      // Or over a line that is a date and nothing else, the header's last ("…4,1 млрд рублей" / "17.07.2025" / blank).
      const [dateOnly] = nextHeader?.kind === 'date' ? dates.findDates(next!) : [];
      const overDateOnly = dateOnly !== undefined && dateOnly.start === 0 && dateOnly.end >= next!.length - 1 && wordsOf(line).length >= 5 && !SENTENCE_END.test(line) && (lines[nextIndex + 1] ?? '').trim() === '';
      if (((nextHeader && ['byline', 'published'].includes(nextHeader.kind)) || overDateOnly || (standsAlone && index === firstLine && (overDateline || overNameOverDate))) && !article.standfirst) {
        article.standfirst = normaliseWhitespace(line);
        index++;
        continue;
      }
      // Short lines down to a lede that opens with a dateline are the header's: a release's
      // standfirst, "NEWS PROVIDED BY" and its issuer, a wire's bulleted facts.
      if (until === undefined && !ledeWithDateline(lines, index, dates)) break;
      if (until === undefined && index === firstLine && !article.standfirst && wordsOf(line).length >= 5) article.standfirst = normaliseWhitespace(line);
      else article.dropped.push(normaliseWhitespace(line));
      afterByline = afterPublished = afterDate = afterCaption = afterCredit = false;
      index++;
      continue;
    }
    // An agency under the byline is the reporter's outlet ("By RHEA CASTELL" / "Associated Press"), not a photo's credit.
    if (afterByline && header.kind === 'credit' && !afterCaption && !article.bylineRole && AGENCY_ONLY.test(line)) {
      article.bylineRole = line;
      afterByline = false;
      index++;
      continue;
    }
    afterByline = header.kind === 'byline';
    afterPublished = header.kind === 'published';
    afterDate = (header.kind === 'published' || header.kind === 'date') && header.date !== undefined;
    // A caption that came with its credit expects none under it.
    afterCaption = header.kind === 'caption' && !header.credit;
    // A credit that says it is one ("Photo courtesy of the family") may head a file's header too.
    afterCredit = header.kind === 'credit' && (inHeader || header.credit !== line);
    if (header.kind !== 'repeat-headline') inHeader = true;
    applyHeaderLine(article, header, line, dates);
    // A byline that names its role leaves no role line to come.
    if (header.kind === 'byline' && header.role) afterByline = false;
    index++;
  }
  return index;
}

/** The article a draft's fields give, before its body. */
function draftArticle(draft: DraftHeader, dropped: readonly string[], dates: DateReader): ParsedArticle {
  const article: ParsedArticle = { title: draft.title, paragraphs: [], tags: [...draft.tags], form: 'page', dropped: [...dropped, ...draft.dropped] };
  if (draft.standfirst) article.standfirst = draft.standfirst;
  if (draft.byline) {
    const byline = bylineOf(draft.byline) ?? bylineOf(`By ${draft.byline}`);
    article.byline = byline?.name ?? draft.byline;
    if (byline?.role) article.bylineRole = byline.role;
  }
  const date = draft.date ? (dates.dateOfDateLine(draft.date) ?? dates.findDates(draft.date)[0]) : undefined;
  if (date) article.date = { iso: date.iso, source: 'published' };
  else if (draft.date) article.dropped.push(draft.date);
  // "KIRUNA" → "Kiruna", as a dateline's place.
  if (draft.dateline) article.location = draft.dateline === draft.dateline.toUpperCase() ? draft.dateline.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) : draft.dateline;
  if (draft.credit) article.credit = draft.credit;
  return article;
}

/**
 * Whether a first line is a paragraph rather than a headline: dozens of
 * words ending like a sentence, or more words than any headline has.
 */
function isParagraph(line: string): boolean {
  const words = wordCount(line);
  return words > 40 || (words > 25 && /[.!?…。！？।]["”’»)]?$/u.test(line));
}

/** What a line of a saved page is in an article's header: a byline, a date, or a photo's caption or credit. */
const headerRoleOf = (dates: DateReader) => (line: string): HeaderRole | undefined => {
  // A dump may list the header's lines as items ("* Door Jan de Vries"), as readHeader reads them.
  const kind = classifyHeaderLine(line.replace(/^[*•+]\s+/u, ''), undefined, '', false, dates)?.kind;
  // "Reporting from Lowmere, Maine" belongs to the byline over it, as the New York Times prints them.
  if (kind === 'byline' || REPORTING_FROM.test(line)) return 'byline';
  if (kind === 'published' || kind === 'date') return 'date';
  if (kind === 'chrome') return 'chrome';
  return kind === 'caption' || kind === 'credit' ? kind : undefined;
};

// One field of a record's header, a line of one token: an identifier, a language code, an ISO date or a URL.
const RECORD_FIELD = /^(?:[\p{L}\p{N}]+(?:[-_.][\p{L}\p{N}]+)+|[a-z]{2,3}(?:-[A-Z]{2})?|\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|https?:\/\/\S+)$/u;
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:T|$)/;
// The heading of a release's boilerplate, "About Halvorsen Robotics", "À propos de X", and how many paragraphs it may head.
// The company's name may end in its legal form's full stop: "About Halvorsen Bioworks, Inc.".
const ABOUT_HEADING = /^(?:About|À propos de|À propos d'|Über|Acerca de|Sobre|Informazioni su|Over|Om)\s+(?:(?:the|die|der|das|den|le|la|les|el|los|las|il|lo|het|de)\s+)?\p{Lu}(?:[^.!?]|\.(?!\s)){0,60}$/u;
const ABOUT_PARAGRAPHS = 2;
// The other sections of a release's close, after "About X": its legal notice and contacts.
const RELEASE_SECTION = /^(?:Notes? to editors|Editors['’]? notes?|For more information(?:,? please contact)?|Media (?:enquiries|inquiries)|Forward[- ]Looking Statements?|Safe Harbou?r Statement|Cautionary (?:Note|Statement)s?(?: Regarding Forward[- ]Looking Statements)?|Media Contacts?|Press Contacts?|Investor Contacts?|Contacts?|Pressekontakt|Kontakt|Contact presse|Contacto de prensa|Contatti stampa|Perscontact)\s*:?$/iu;

// A release's contacts under their label in one paragraph ("Pressekontakt: Stadtwerke … Telefon: …"), and the marks
// a release ends with: its source line ("SOURCE Halvard Rail Works"), "###", "-30-", "ENDS".
const RELEASE_CONTACTS = /^(?:(?:Media|Press|Investor|News)\s+contacts?|Contacts?|Pressekontakt|Kontakt|Contact presse|Contacto de prensa|Contatti stampa|Perscontact)\s*:\s+\S/iu;
const RELEASE_END = /^(?:SOURCE\s+\p{Lu}.{1,80}|#{3}|-\s?30\s?-|ENDS?|-\s?Ende\s?-|- Fin -)$/u;
// The marks alone that end copy, a reporter's draft as a release: what follows is for the desk ("Note to desk: …").
// An editing system's export closes the body between brackets: "[END BODY]", "[END]".
const END_MARK = /^(?:#{3}|-\s?30\s?-|ENDS?|Ends|-\s?(?:[Ee]nds?|ENDS?|Ende|Fin)\s?-|—\s?(?:END|FIN)\s?—|\[(?:END(?: (?:BODY|STORY|TEXT|OF STORY))?|ENDE|FIN)\])$/u;
/** Whether paragraphs are a release's close: sections under "About X" or its legal and contact headings, each of a paragraph or two. */
function isReleaseTail(paragraphs: readonly string[]): boolean {
  let run = 0;
  for (const paragraph of paragraphs) {
    // What follows the wire's end of the release ("SOURCE Halvorsen Bioworks, Inc.") is the wire's page.
    if (RELEASE_END.test(paragraph)) return true;
    if (ABOUT_HEADING.test(paragraph) || RELEASE_SECTION.test(paragraph) || RELEASE_CONTACTS.test(paragraph)) run = 0;
    // The numbered notes under "Notes to editors" are one section.
    else if (/^(?:\d{1,2}[.)]|[-*•])\s/u.test(paragraph)) continue;
    else if (++run > ABOUT_PARAGRAPHS) return false;
  }
  return true;
}
// A reading time on a line of its own: "5 min read", "6–8 minutes".
// How far under a mail's header a draft's fields are looked for.
const MAILED_DRAFT_LINES = 40;
// How far under the top a clipped page's title is looked for.
const CLIPPED_TITLE_LINES = 40;
const READING_TIME_LINE = /^\d+(?:\s*[–-]\s*\d+)?[-\s]?min(?:ute|uten|uti|utos|uta|ut)?s?\.?(?:\s+(?:read|leestijd|de lecture|Lesezeit|de lectura|de leitura))?$/iu;
const WEB_ADDRESS_LINE = /^(?:https?:\/\/)?(?:www\.)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:\/\S*)?$/u;
// A credit line that is an agency's name alone, without a photographer: "Associated Press", "Reuters".
const AGENCY_ONLY = /^(?:The\s+)?(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg|dpa|EFE|ANSA|Kyodo|Xinhua|PA Media|Press Association)$/u;
const WIRE_VERSION_NOTE = /^\((Correct(?:s|ing|ed)?|Adds|Adding|Updates|Updating|Recasts|Refiles|Refiling|Changes|Fixes|Removes|Inserts|Rewrites)\b[^()]{0,400}\)$/u;
// Yonhap marks its updates in brackets: "(LEAD)", "(2nd LD)", "(URGENT)".
const WIRE_MARK = /^(?:(?:BRIEF|UPDATE(?:\s\d{1,2})?|REFILE|CORRECTED)-(?=\S)|(?:CORRECTED|UPDATED|REFILE)\s?:\s(?=\S)|\((?:LEAD|\d(?:st|nd|rd|th) LD|URGENT|2nd LD[^)]{0,30})\)\s+(?=\S))/u;
const WIRE_SLUG = /^(?:AP|APN|BC|UPI|CP|PA|AFP|DPA)-[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+(?:,\d{3,4})?(?:\s+\d{2}-\d{2})?$/u;

/**
 * The header of a file exported from a corpus or archive: two or more
 * lines of one token each (an id, a language code, a date, the URL) before
 * the headline. Its date is the article's; the rest is reported as dropped.
 */
function recordHeader(lines: readonly string[]): { end: number; date?: string; dropped: string[] } {
  // A wire's slug line over the headline: "AP-US-Sea-Wall,0412", "BC-Britain-Floods".
  if (WIRE_SLUG.test((lines[0] ?? '').trim()) && (lines[1] ?? '').trim() !== '') return { end: 1, dropped: [(lines[0] ?? '').trim()] };
  // The site's address over the headline, as a reader view's copy begins: "northfieldgazette.com".
  if (WEB_ADDRESS_LINE.test((lines[0] ?? '').trim()) && (lines[1] ?? '').trim() !== '') return { end: 1, dropped: [(lines[0] ?? '').trim()] };
  let end = 0;
  while (end < lines.length && RECORD_FIELD.test((lines[end] ?? '').trim())) end++;
  const fields = lines.slice(0, end).map((line) => line.trim());
  if (end < 2 || (lines[end] ?? '').trim() === '') return { end: 0, dropped: [] };
  const date = fields.map((field) => ISO_DAY.exec(field)?.[1]).find(Boolean);
  return { end, ...(date ? { date } : {}), dropped: fields.filter((field) => !ISO_DAY.test(field)) };
}

// Times without a zone are the site's wall clock, as both sides of a comparison read them.
const wallTime = (iso: string) => Date.parse(/T[\d:]+$/.test(iso) ? `${iso}Z` : iso);

/**
 * A lede that introduces a list ("Port Alder Harbour Board:" over "* SAYS AGREED TO …", as a wire's company
 * brief is written) with the list's first item, in sentence case when the item is in capitals: a summary.
 */
function withFirstItem(lede: string, next: string | undefined): string {
  const item = lede.endsWith(':') ? /^[*•-]\s+(.+)$/u.exec(next ?? '')?.[1] : undefined;
  if (!item) return lede;
  const text = sentenceCaseHeadline(item, [lede]) ?? item;
  return `${lede} ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

// Lines of page chrome in a file's header that make it a saved page, whatever its first line.
const CHROME_IN_HEADER = 2;
// How many lines under the one read as the headline a page's own headline and standfirst may take before its byline or date.
const HEADER_BELOW_LINES = 3;
const TITLE_LIKE = 200;

/**
 * Whether a byline or date stands a line or two below the header read so
 * far, under short lines that are no paragraph: then the first line was a
 * masthead or a banner ("PORTAL VALE" / "VALE DO PARAÍBA E REGIÃO"), and the
 * page's headline and standfirst stand over that byline.
 */
function headerBelow(lines: readonly string[], from: number, roleOf: (line: string) => HeaderRole | undefined): boolean {
  let seen = 0;
  for (let index = from; index < lines.length && seen <= HEADER_BELOW_LINES; index++) {
    const line = normaliseWhitespace(lines[index] ?? '');
    if (line === '') continue;
    if (seen > 0 && marksHeader(roleOf(line))) return true;
    if (line.length > TITLE_LIKE) return false;
    seen++;
  }
  return false;
}

/**
 * Reads the text of one article. A pipeline of steps, in this order because
 * each narrows what the next sees: clean the text → headline → header block
 * (repeat headline, byline, dates, caption, credit) → footer chrome →
 * paragraphs → dateline. A whole saved page, whose article does not start
 * at its first line, is first cut down to its article (see find-article.ts).
 */
export function parseArticle(rawText: string, { language, today }: { language?: string; today?: string } = {}): ParsedArticle {
  const dates = dateReader(language);
  const reader = withoutReaderPreamble(rawText);
  const markdown = isMarkdownDump(reader.text);
  const saved = markdown ? markdownDumpText(reader.text) : numbersLinks(reader.text) ? withoutLinkNumbers(reader.text) : reader.text;
  const { text, dropped: comments } = withoutDocComments(removeLinkLabels(restoreEscapedBreaks(removeUnsafeCharacters(decodeEntityResidue(removeMarkupResidue(saved))))).replace(/\t/g, '    '));
  if (text.length === 0) throw new IngestError('EmptyFile');
  if (text.trim() === '') throw new IngestError('WhitespaceOnly');
  let lines = withoutDumpMargin(text.split('\n').map((line) => line.trimEnd()));

  const record = recordHeader(lines);
  record.dropped.push(...comments);
  let headlineIndex = lines.findIndex((line, at) => at >= record.end && line.trim() !== '');
  // A printed page's running head over the headline: the paper's name and the section, set apart ("THE PRAIRIE SENTINEL      Obituaries").
  const underHead = lines.findIndex((line, at) => at > headlineIndex && line.trim() !== '');
  const folio = underHead > headlineIndex ? folioDate(lines[headlineIndex] ?? '', dates) : undefined;
  if (folio || (RUNNING_HEAD.test(lines[headlineIndex] ?? '') && underHead > headlineIndex + 1 && !isParagraph(normaliseWhitespace(lines[underHead] ?? '')))) {
    record.dropped.push(normaliseWhitespace(lines[headlineIndex]!));
    record.date ??= folio;
    headlineIndex = underHead;
  }
  // A print edition's column, under the page's folio and furniture, its section's label in capitals ("LOCAL NEWS").
  const column = printColumnUnder(lines, headlineIndex);
  if (column) {
    const over = [...lines.slice(headlineIndex, column.at).map(normaliseWhitespace).filter(Boolean), ...column.over];
    record.dropped.push(...over, ...column.after);
    // The folio gives the edition's day: "THURSDAY, FEBRUARY 20, 2025", "GIOVEDÌ 6 FEBBRAIO 2025".
    record.date ??= over.map((line) => dates.dateOfDateLine(line)?.iso.slice(0, 10)).find(Boolean);
    lines = column.lines;
    headlineIndex = column.at;
  }
  // A web clipper's front matter gives the page's title: the line that repeats it is the headline, what is over it the page's.
  const clipped = reader.title === undefined ? -1 : lines.findIndex((line, at) => at >= headlineIndex && at < headlineIndex + CLIPPED_TITLE_LINES && normaliseWhitespace(line).replace(/^#{1,6}\s+/u, '') === reader.title);
  if (clipped > headlineIndex) {
    record.dropped.push(...lines.slice(headlineIndex, clipped).map(normaliseWhitespace).filter(Boolean));
    headlineIndex = clipped;
  }
  const over = clipped >= 0 ? undefined : overHeadline(lines, headlineIndex, { isDateLine: (line) => isDateOnly(line) || isDateLine(line, dates), opensWithDateline: (paragraph) => findDateline(paragraph, dates, '') !== undefined });
  if (over) {
    record.dropped.push(...over.dropped.map(normaliseWhitespace));
    headlineIndex = over.headline;
  }
  // A headline written as a Markdown heading ("# Headline") is read without its marks.
  // Reuters marks its short company items "BRIEF-" and its updates "UPDATE 2-": marks, not words of the headline.
  let title = over?.subject ?? normaliseWhitespace(lines[headlineIndex] ?? '').replace(/^#{1,6}\s+(?=\S)/u, '');
  const wireMark = WIRE_MARK.exec(title)?.[0];
  if (wireMark) title = title.slice(wireMark.length);
  // A wire headline wrapped onto a second unindented upper-case line.
  const headlineRest = lines[headlineIndex + 1] ?? '';
  const isCapitals = (line: string) => /\p{Lu}/u.test(line) && line === line.toUpperCase();
  let bodyStart = over?.subject ? headlineIndex : over?.standfirst ? headlineIndex + 2 : headlineIndex + 1;
  if (over?.subject) {
    // The mail's subject is the headline; its body starts under the header.
  } else if (isCapitals(title) && headlineRest.trim() !== '' && !/^\s/.test(headlineRest) && isCapitals(headlineRest) && headlineRest.length <= 80) {
    title = normaliseWhitespace(`${title} ${headlineRest}`);
    bodyStart++;
  } else if ((/^\p{Ll}/u.test(headlineRest) || (/^\p{Nd}/u.test(headlineRest) && /\s\p{Ll}+$/u.test(title))) && !SENTENCE_END.test(title) && title.length + headlineRest.length <= 200 && (lines[headlineIndex + 2] ?? '').trim() === '' && !classifyHeaderLine(headlineRest, undefined, title, false, dates)) {
    // Any headline that a hard wrap broke before a word in lower case: "Arlen Voss, longtime Carver County" / "veterinarian, dies at 88";
    // or before a figure, after a word in lower case: "Council agrees budget for 2026-27 with" / "3 per cent rise in council tax".
    title = normaliseWhitespace(`${title} ${headlineRest}`);
    bodyStart++;
  }
  if (title === '' || isDateOnly(title)) throw new IngestError('NoHeadline', isDateOnly(title) ? `the first line is only a date, "${title}"` : undefined);
  // A file that opens with its byline over the date has no headline ("Oskar Lindahl / Northern Press Agency" / "14 February 2026").
  const lineUnder = lines.find((line, at) => at > headlineIndex && line.trim() !== '');
  if (!over && lineUnder !== undefined && isDateLine(normaliseWhitespace(lineUnder), dates) && classifyHeaderLine(title, lineUnder, '', false, dates)?.kind === 'byline') {
    throw new IngestError('NoHeadline', `the first line is a byline, "${title}"`);
  }

  const recordArticle = (headline: string): ParsedArticle => ({ title: headline, paragraphs: [], tags: [], form: 'page', dropped: [...record.dropped], ...(record.date ? { date: { iso: record.date, source: 'published' as const } } : {}) });
  // A draft's labelled fields ("HED:", "BYLINE:", "Rubrik:") say what each line is.
  // A reporter may mail the draft under a note to the desk: its fields, further down, say what each line is.
  const mailedDraft = over?.subject === undefined ? -1 : lines.findIndex((_, at) => at >= headlineIndex && at < headlineIndex + MAILED_DRAFT_LINES && draftHeader(lines, at) !== undefined);
  if (mailedDraft > headlineIndex) record.dropped.push(...lines.slice(headlineIndex, mailedDraft).map(normaliseWhitespace).filter(Boolean));
  const draft = draftHeader(lines, mailedDraft >= 0 ? mailedDraft : headlineIndex);
  let article = draft ? draftArticle(draft, record.dropped, dates) : recordArticle(title);
  if (wireMark && !draft) article.dropped.push(wireMark.replace(/[-:\s]+$/u, ''));
  if (over?.standfirst && !draft) article.standfirst = over.standfirst;
  let index = readHeader(lines, draft?.bodyStart ?? bodyStart, article, dates);
  // A first line that is page chrome ("Skip to content") says the file is a page, whatever follows it.
  // So do menus and buttons the header reader stepped over ("[Menu] [Search]", "Markets   Tech   Energy").
  const chromeInHeader = lines.slice(bodyStart, index).filter((line) => line.trim() !== '' && looksLikeChrome(line)).length;
  // A consent banner's notice over the headline makes the file a page, however its lines were wrapped.
  const blockEnd = lines.findIndex((line, at) => at > headlineIndex && line.trim() === '');
  const firstBlockText = joinWrapped(lines.slice(headlineIndex, Math.min(headlineIndex + 3, Math.max(headlineIndex + 1, blockEnd))).map((line) => line.trim()));
  const page = draft || (!over?.menu && !isConsentNotice(firstBlockText) && startsWithProse(lines, index) && !(wordCount(title) <= 4 && looksLikeChrome(title)) && chromeInHeader < CHROME_IN_HEADER && !headerBelow(lines, index, headerRoleOf(dates))) ? undefined : findSavedPage(lines, headerRoleOf(dates));
  if (!page && !draft && isParagraph(title)) {
    // A file of body text only: its first sentence is the headline, when short enough, and the body keeps it.
    const headline = headlineFromLede(title, language);
    if (!headline) throw new IngestError('HeadlineIsParagraph', `${wordCount(title)} words, and no first sentence short enough to stand in for one`);
    article = { ...recordArticle(headline), headlineFrom: 'lede' };
    index = headlineIndex;
  }
  let pageTags: string[] = [];
  if (page) {
    // A page's headline may keep its Markdown heading marks when the page was not read as a Markdown dump.
    const pageTitle = joinWrapped(lines.slice(page.headline.start, page.headline.end)).replace(/^#{1,6}\s+(?=\S)/u, '');
    const pageMark = WIRE_MARK.exec(pageTitle)?.[0];
    article = { title: pageMark ? pageTitle.slice(pageMark.length) : pageTitle, paragraphs: [], tags: [], form: 'page', dropped: pageMark ? [pageMark.replace(/[-:\s]+$/u, '')] : [] };
    // The standfirst is no caption, byline or date: the header starts under it.
    if (page.standfirst) article.standfirst = joinWrapped(lines.slice(page.standfirst.start, page.standfirst.end));
    // The page's tags, which its reader left out with the rest of what follows the body.
    pageTags = tagsUnder(lines, page.body.at(-1)!.end);
    const headerStart = page.standfirst?.end ?? page.headline.end;
    lines = withWrappedHeaderLinesJoined(lines, headerStart, page.body[0]!.start, dates);
    readHeader(lines, headerStart, article, dates, page.body[0]!.start);
    const near = article.date ? undefined : (dateLineNear(lines, page.headline.start - 1, -1, dates) ?? dateLineNear(lines, page.body.at(-1)!.end, 1, dates));
    if (near) article.date = { iso: near.date, source: 'published' };
    if (near?.updated) article.updated ??= near.updated;
    const closing = article.byline ? undefined : closingByline(lines.slice(page.body.at(-1)!.end).map(normaliseWhitespace), dates);
    if (closing) setByline(article, closing);
    article.dropped.push(...page.dropped);
    // The body's blocks, each a paragraph of its own, then whatever footer the parser finds in them.
    lines = page.body.flatMap((block) => [...lines.slice(block.start, block.end), '']);
    index = 0;
  }

  const bodyLines = lines.slice(index);
  const footer = findFooter(bodyLines);
  // A newsletter's story ends at the rule over its other sections; a reporter's mail closes with their signature:
  // the byline, when the copy gave none.
  const storyEnd = over?.mail ? Math.min(footer.start, mailStoryEnd(bodyLines)) : footer.start;
  if (storyEnd < footer.start) article.dropped.push(...bodyLines.slice(storyEnd, footer.start).map(normaliseWhitespace).filter(Boolean));
  const signature = over?.mail ? mailSignature(bodyLines.slice(0, storyEnd)) : undefined;
  if (signature) {
    article.dropped.push(...bodyLines.slice(signature.start, storyEnd).map(normaliseWhitespace).filter(Boolean));
    if (!article.byline) setByline(article, signature.byline);
  }
  const body = bodyLines.slice(0, signature?.start ?? storyEnd);
  article.tags = [...article.tags, ...(footer.tags.length > 0 ? footer.tags : pageTags)].map(normaliseWhitespace).filter(Boolean);
  article.dropped.push(...footer.dropped);
  // The footer may open with the byline ("Pewarta: Rina Wulandari" over "Editor: …" and the copyright).
  const footerByline = article.byline ? undefined : closingByline(footer.dropped.map(normaliseWhitespace), dates);
  if (footerByline) setByline(article, footerByline);
  article.form = isWireCopy(body) ? 'wire' : 'page';
  const paragraphs = article.form === 'wire' ? wireParagraphs(body) : pageParagraphs(body);
  // Photo notes, advertisement slots and links to other stories a page prints among the paragraphs.
  const notText = (paragraph: string) => isPhotoNote(paragraph) || isInlineChrome(paragraph);
  // A photo further down a page's body: its caption over its credit of a photographer and agency ("… 2025." / "Marcus Hale/AP").
  const photoAt = new Set(page ? paragraphs.flatMap((paragraph, at) => (at > 0 && isMidBodyPhoto(paragraph, paragraphs[at + 1]) ? [at, at + 1] : [])) : []);
  const dropAt = (paragraph: string, at: number) => notText(paragraph) || photoAt.has(at);
  article.paragraphs = paragraphs.filter((paragraph, at) => !dropAt(paragraph, at));
  article.dropped.push(...paragraphs.filter(dropAt));
  // A dateline a page set on a line of its own ("Redcliff, Colorado CNN —") opens the lede, as in the story.
  const datelineAlone = article.paragraphs.length > 1 ? findDateline(`${article.paragraphs[0]} `, dates, today) : undefined;
  if (datelineAlone && datelineAlone.length >= article.paragraphs[0]!.length && page !== undefined) article.paragraphs.splice(0, 2, `${article.paragraphs[0]} ${article.paragraphs[1]}`);
  // A photo's caption run into its credit may open a page's body: it is the article's caption, not its lede.
  // A gallery's captions, after their counters ("Item 1 of 2", "[1/2]"), may repeat one another; a copy runs them
  // into the lede, after the credit of a photo from the wire's files ("… Marrow Wire/Ines Calder/File Photo").
  if (article.paragraphs.length > 0) article.paragraphs.splice(0, 1, ...article.paragraphs[0]!.split(AFTER_FILED_CREDIT));
  for (;;) {
    const opening = article.paragraphs.length > 1 ? captionWithCredit(article.paragraphs[0]!.replace(GALLERY_COUNTER, '').trim()) : undefined;
    if (!opening) break;
    article.paragraphs.shift();
    if (article.caption) article.dropped.push(`${opening.caption} ${opening.credit}`);
    else Object.assign(article, { caption: opening.caption, credit: article.credit ?? opening.credit });
  }
  // A press release closes with its company's boilerplate under "About X": the company's words, not the story's.
  // Or under "Notes to editors" and its contacts, before or without it.
  // A closing notice a dump wrapped over lines ("A version of this article appears in print on …") is one paragraph
  // here, whole, and as much the page's as on one line.
  // A box on the writer under the story ("About the author" / "Thandeka Mokoena" / a note on them): out of the body,
  // and its name the byline when the header gave none.
  const aboutAuthor = article.paragraphs.findIndex((paragraph, at) => at > 0 && ABOUT_AUTHOR.test(paragraph));
  if (aboutAuthor > 0) {
    const box = article.paragraphs.splice(aboutAuthor);
    article.dropped.push(...box);
    const named = box[1] !== undefined && box[1].length <= 60 ? bylineOf(`By ${box[1]}`) : undefined;
    if (!article.byline && named && named.name === box[1]) setByline(article, { name: named.name });
  }
  // A reader app moves the photo under the story ("Foto: O novo mercado… Paulo Cunha/Diário da Barra") and signs off
  // with the page's address and the day it was saved, which is no day of the story.
  const movedPhoto = article.paragraphs.length > 1 ? LABELLED_PHOTO.exec(article.paragraphs.at(-1)!) : null;
  const movedCaption = movedPhoto?.[1] ? captionWithCredit(movedPhoto[1]) : undefined;
  if (movedCaption) {
    article.dropped.push(article.paragraphs.pop()!);
    if (!article.caption) Object.assign(article, { caption: movedCaption.caption, credit: article.credit ?? movedCaption.credit });
  }
  while (article.paragraphs.length > 1 && READER_APP_FOOTER.test(article.paragraphs.at(-1)!)) article.dropped.push(article.paragraphs.pop()!);
  // A newsletter's link to the story on its site closes no story: "Read the full story and see photos: https://…".
  if (over?.mail && article.paragraphs.length > 1 && LINK_TO_STORY.test(article.paragraphs.at(-1)!)) article.dropped.push(article.paragraphs.pop()!);
  // So is the site's address under the story, as a print page or an e-mail signs off ("harbourherald.example/news").
  while (article.paragraphs.length > 1 && (isClosingNotice(article.paragraphs.at(-1)!) || WEB_ADDRESS_LINE.test(article.paragraphs.at(-1)!) || FOOT_LINE.test(article.paragraphs.at(-1)!))) article.dropped.push(article.paragraphs.pop()!);
  const endAt = article.paragraphs.findIndex((paragraph, at) => at > 0 && END_MARK.test(paragraph));
  if (endAt > 0) article.dropped.push(...article.paragraphs.splice(endAt));
  const aboutAt = article.paragraphs.findIndex((paragraph, at) => at > 0 && (ABOUT_HEADING.test(paragraph) || (RELEASE_SECTION.test(paragraph) && !/contact/iu.test(paragraph))) && isReleaseTail(article.paragraphs.slice(at)));
  if (aboutAt > 0) article.dropped.push(...article.paragraphs.splice(aboutAt));
  if (article.paragraphs.length === 0) throw new IngestError('NoBody');
  // The writer's name alone near the end ("RHEA CASTELL" over their note) heads the page's card on them.
  const names = new Set((article.byline ?? '').toLowerCase().split(/\s*(?:,|\band\b|&)\s*/u).filter(Boolean));
  const card = article.paragraphs.findLastIndex((paragraph, at) => at > 0 && at >= article.paragraphs.length - 3 && names.has(paragraph.toLowerCase()));
  if (card > 0) article.dropped.push(...article.paragraphs.splice(card, 1));
  // Or the note on them under the story: "Harriet Lowe covers planning for the Herald. Write to her at …".
  const bioAt = article.paragraphs.findLastIndex((paragraph, at) => at > 0 && at >= article.paragraphs.length - 2 && [...names].some((name) => isBioOf(paragraph, name)));
  if (bioAt > 0) article.dropped.push(...article.paragraphs.splice(bioAt));
  // A byline under the last paragraph, as some pages print it: out of the body, and the byline when the header gave none.
  const lastByline = article.paragraphs.length > 1 ? closingByline(article.paragraphs.slice(-1)) : undefined;
  if (lastByline) {
    article.dropped.push(article.paragraphs.pop()!);
    if (!article.byline) setByline(article, lastByline);
  }
  // Or the writer's name over the time the story was filed, as Turkish wires sign it ("Zeynep Arslan" / "08.04.2025 14:32").
  const signed = article.paragraphs.length > 1 ? signedWithDate(article.paragraphs.at(-1)!, dates) : undefined;
  if (signed) {
    article.dropped.push(article.paragraphs.pop()!);
    if (!article.byline) article.byline = signed.name;
    article.date ??= { iso: signed.date, source: 'published' };
  }
  // A wire's closing credit line names its reporters: the byline, when the header gave none.
  // A page's reader may have set it with the footer, out of the body.
  const credit = article.paragraphs.findLast(isWireCredit) ?? article.dropped.find(isWireCredit);
  const writers = credit ? writersOf(credit) : [];
  if (!article.byline && writers.length > 0) article.byline = writers.join(' and ');
  // So does a Chinese or Japanese page's closing staff credit.
  const staffWriter = article.paragraphs.slice(-2).map(staffWriterOf).findLast(Boolean);
  if (!article.byline && staffWriter) article.byline = staffWriter;

  // A wire's note on what its new version changed ("(Correcting name of station in para 3)") opens the copy; it goes
  // under the story as a correction does, or out when it only says what was added ("(Adds quotes)").
  const note = article.paragraphs.length > 1 ? WIRE_VERSION_NOTE.exec(article.paragraphs[0]!) : null;
  if (note) {
    article.paragraphs.shift();
    if (/^correct/iu.test(note[1]!)) article.paragraphs.push(note[0]);
    else article.dropped.push(note[0]);
  }
  // A correction that opens the body ("Correction, April 9, 2025: …") goes under the story too.
  if (article.paragraphs.length > 1 && isCorrectionNote(article.paragraphs[0]!)) article.paragraphs.push(article.paragraphs.shift()!);
  const dateline = findDateline(article.paragraphs[0] ?? '', dates, today);
  if (dateline) {
    // A paragraph all in capitals is a wire's headline line, not a lede to summarise from.
    const first = article.paragraphs[0] ?? '';
    // A dateline on a line of its own ("МОСКВА, 10 авг – РИА Новости.") heads the next paragraph.
    const lede = first.slice(dateline.length).trim() || (article.paragraphs[1] ?? '');
    const allCapitals = /\p{Lu}/u.test(first) && first === first.toUpperCase();
    if (lede !== '' && !allCapitals) article.lede = withFirstItem(lede, article.paragraphs[1]);
    // The dateline says where the story was filed; a place in the photo's caption only stands in for one.
    const fromCaption = article.caption !== undefined && article.location === locationOfCaption(article.caption, dates);
    if (dateline.location && (article.location === undefined || fromCaption)) article.location = dateline.location;
    article.byline ??= dateline.byline;
    if (dateline.date && article.date?.source !== 'published') article.date = { iso: dateline.date, source: 'dateline' };
  }
  // A "Published" line without its year ("Geplaatst zondag 16 maart, 09:14") takes the year that makes it the latest
  // day not after today, as a wire's dateline does.
  const withoutYear = !article.date && article.publishedWithoutYear && today ? dates.dayWithoutYear(article.publishedWithoutYear, today) : undefined;
  if (withoutYear) article.date = { iso: withoutYear, source: 'published' };
  delete article.publishedWithoutYear;
  // A newsletter forwarded as an e-mail was sent the day its issue came out.
  const sent = !article.date && over?.sent ? dates.findDates(over.sent)[0] : undefined;
  if (sent) article.date = { iso: sent.iso, source: 'published' };
  // Or the day a wire's end stamp gives, or the page's own address.
  const stamped = article.date ? undefined : (wireStampDay(footer.dropped) ?? dateInAddress(text.split('\n')));
  if (stamped) article.date = { iso: stamped, source: 'published' };
  // Or the day the photo's caption ends with ("…, le 8 avril 2025."), however the caption was found.
  const captioned = article.date || !article.caption ? undefined : dates.dateAtEnd(article.caption.replace(/[.。]$/u, ''));
  if (captioned) article.date = { iso: captioned.iso, source: 'caption' };
  // A correction the file printed over its headline goes under the story, where papers print theirs.
  if (over?.correction) article.paragraphs.push(over.correction);
  // A correction that gives its day ("Correction, March 13, 2026: …") says when the story was updated.
  const correction = [over?.correction, article.paragraphs.at(-1)].find((paragraph) => paragraph !== undefined && isCorrectionNote(paragraph));
  const corrected = correction ? dates.findDates(correction.slice(0, correction.search(/[:：]/u)))[0] : undefined;
  if (corrected) article.updated ??= corrected.iso;
  if (markdown) article.savedAs = 'markdown';
  // The reader service's publication time, when the page gave that day without a time, or no date.
  // So are a web clipper's (its front matter also names the author).
  if (reader.published && (!article.date || (isWrittenAsDay(article.date.iso) && reader.published.startsWith(article.date.iso)))) article.date = { iso: reader.published, source: 'published' };
  if (reader.author && !article.byline) article.byline = reader.author;
  // An update is only worth saying when it is later than the publication.
  if (article.updated && (!article.date || wallTime(article.updated) <= wallTime(article.date.iso))) delete article.updated;
  return article;
}
