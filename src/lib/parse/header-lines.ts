import { bylineOf } from './byline.ts';
import { LABEL_LINKS, PUBLISHED_LABELS, UPDATED_LABELS } from './date-labels.ts';
import { dateReader, type DateReader } from './find-date.ts';
import { isInlineChrome } from './inline-chrome.ts';
import { isButtonRow, isPageButton } from './page-buttons.ts';
import { normaliseWhitespace } from './clean-text.ts';
import { PHOTO_LABEL } from './photo-labels.ts';
import { wordCount } from './prose.ts';

// Photo agencies and picture desks that appear alone on a credit line.
const AGENCIES = [
  'Reuters', 'AFP', 'AP', 'Associated Press', 'Getty Images', 'PA Media', 'PA', 'EPA', 'EPA-EFE', 'EFE',
  'Shutterstock', 'Bloomberg', 'Alamy', 'BBC', 'Xinhua', 'Anadolu', 'Anadolu Agency', 'NurPhoto', 'SOPA Images',
  'ANP', 'DPA', 'Kyodo', 'Reuters Pictures', 'Handout', 'Supplied', 'PA Wire', 'REX', 'Pool', 'Xinhua News Agency',
  // The agencies Korean, Japanese and Chinese papers credit in their own script.
  '연합뉴스', '뉴시스', '뉴스1', '共同通信', '時事通信', '新华社', '新華社', '中央社',
];
const AGENCY_NAMES = new Set(AGENCIES.map((name) => name.toLowerCase()));
// One part of a joint credit: a short capitalised name ("REX", "Pool").
const CREDIT_PART = /^\p{Lu}[\p{L}\p{N}&.' -]{0,30}$/u;
// "Image source, X" and "Image copyright X" (BBC pages, with or without the comma), "Photo: X".
// "(Bild: X)" and "(Foto: X)" as German pages print them, in brackets.
// Polish and Czech abbreviate it: "Fot. Piotr Lis / Agencja Wschód".
// Or its label in another language (photo-labels.ts): "Снимка: БТА / Иван Стоянов", "PICHA | HAMISI JUMA".
// In square brackets as a dump prints an image's text: "[Фото: Пресс-служба МЧС/ТАСС]".
const CREDIT_PREFIX = new RegExp(String.raw`^[([]?(?:(?:image source|image copyright)\s*[,:]?|(?:${PHOTO_LABEL})\s*[,:：|]|fot\.|foto\.)\s*([^[\]]{2,80}?)[)\]]?$`, 'iu');
// "(Photo by X/Agency)".
// "Courtesy of the Historical Society" says it is a credit without the label.
const PHOTO_BY = /^\(?(?:(?:photo|picture|image|photograph)(?:s|y)?\s+(?:by|courtesy of)|courtesy(?:\s+of)?)\s+(.{2,80}?)\)?$/i;
// A caption that ends with its credit so labelled: "… after sailings were canceled. Photo by Noor Haddad for The Sentinel".
const PHOTO_BY_AT_END = /^(.*?[.!?]["”’]?)\s+(?:Photo|Picture|Image|Photograph)s?\s+(?:by|courtesy of)\s+(\p{Lu}[^.!?]{2,80})$/u;
// "Image caption, …", "Media caption …", and "Media captionWho is…" as pages lose the space.
const CAPTION_PREFIX = /^(?:image|media) caption(?:\s*[,:]\s*|\s+|(?=\p{Lu}))(.+)$/iu;
// The old English form, read exactly as before: "By" and up to seven words.
const BYLINE = /^By\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:and\s+|&\s+)?[\p{L}\p{M}'’.-]+){0,6})$/u;
// Buttons and the reading time pages print in the header ("6 minute read", "Lesezeit: 4 Min.").
// A wire's note to editors on what a new version adds, in brackets ("(ATTN: UPDATES with …)", "(Adds analyst comment …)").
// A correction's note ("(Correcting …)") is the reader's: parse-article.ts puts it under the story.
const WIRE_NOTE = /^\((?:attn|eds?|adds|updates|recasts|rewrites|changes|inserts|removes|new throughout|writes through|leads with|repeats|refiles)\b[^()]*\)$/iu;
const PAGE_CHROME = /^(?:eds?:\s.*|issued by:\s.*|share|save|read more|share this article|share this|listen|copy link|print|comments|gift (?:this )?article|save (?:this )?article|reuse this content|listen to (?:this )?article(?:\s*[·•]?\s*\d+:\d{2}\s*min)?|this article is more than \d+ (?:years?|months?|days?) old|\d+[-\s]?min(?:ute)?s?\.?\s+read|\d+(?:\s*[–-]\s*\d+)?\s+minutes|\d+\s+min(?:utes?)?\.?\s+de lecture|(?:lesezeit|temps de lecture|tiempo de lectura|tempo de leitura)\s*:?\s*\d+\s*\p{L}*\.?|(?:lecture|lettura|lectura|leitura|leestijd)\s*:?\s*\d+\s*min\p{L}*\.?)$/iu;
// "Published" and "Updated" lines, in the languages of date-labels.ts.
const byLength = (labels: readonly string[]) => [...labels].sort((a, b) => b.length - a.length).join('|');
const PUBLISHED = new RegExp(String.raw`^(?:${byLength([...PUBLISHED_LABELS, ...UPDATED_LABELS])})(?!\p{L})(?:\s*(?:${LABEL_LINKS.join('|')})(?!\p{L}))?\s*[:：]?\s*(.*)$`, 'iu');

// The labels of those that say when the text was last changed, not first published.
const UPDATE_WORDS = byLength(UPDATED_LABELS);
const UPDATED = new RegExp(String.raw`^(?:${UPDATE_WORDS})`, 'iu');
// The same words before a line's second date: "입력 … 수정 …", "Publié le … mis à jour le …".
const UPDATE_BEFORE = new RegExp(String.raw`(?<!\p{L})(?:${UPDATE_WORDS})(?!\p{L})`, 'iu');

/** The second date of a date line when the words before it say it is the update. */
function updateOnDateLine(line: string, dates: DateReader): string | undefined {
  const [first, second] = dates.findDates(line);
  return first && second && UPDATE_BEFORE.test(line.slice(first.end, second.start)) ? second.iso : undefined;
}

// What stands between a byline and its date on one line: separators, "on", "Published:", "Updated".
const BEFORE_DATE = /(?:[\s|·•,:–—-]|(?<!\p{L})(?:on|at|published|updated|posted|first published|last updated|modified)(?!\p{L}))+$/iu;
// What may follow the date: separators and a reading time ("· 4 min read").
const AFTER_DATE = /^(?:[\s|·•,)–—-]|\d+\s*min(?:ute)?s?\.?\s+read)*$/iu;
const NAME_ALONE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}$/u;

/**
 * A byline and its date on one line, as many pages print them: "By Jane Doe | 14 Dec 2016, 10:00 GMT",
 * "Dan Goodin - Feb 6, 2015 7:38 pm UTC", "Gavin Fang, Herald Sun | December 14, 2016 12:00am",
 * "Posted by Jane Doe on 14 December 2016". The name may stand alone before the date.
 */
// A day is written with a figure, in any script's digits or in Chinese and Japanese numerals.
const FIGURE = /[\p{Nd}〇一二三四五六七八九十]/u;

function bylineWithDate(line: string, dates: DateReader): Extract<HeaderLine, { kind: 'byline' }> | undefined {
  // Cheap first: most lines hold no figure, so no date for the reader to find.
  if (line.length > 160 || !FIGURE.test(line)) return undefined;
  const found = dates.findDates(line);
  const [first] = found;
  if (!first || first.start === 0 || !AFTER_DATE.test(line.slice(found.at(-1)!.end))) return undefined;
  const before = line.slice(0, first.start).replace(BEFORE_DATE, '');
  // A date's label ("Güncelleme Tarihi: Ekim 08, 2025") names no one: the line is a Published or Updated line.
  if (PUBLISHED.exec(before)?.[1] === '') return undefined;
  // "Thứ Hai, 17/11/2025 14:05": a weekday before the date is no name.
  if (before === '' || dates.isWeekday(before) || !dates.dateOfDateLine(line.slice(before.length, found.at(-1)!.end))) return undefined;
  const byline = bylineOf(before) ?? bylineOf(before, { allowBare: true }) ?? (NAME_ALONE.test(before) ? bylineOf(`By ${before}`) : undefined);
  if (!byline) return undefined;
  const between = line.slice(before.length, first.start);
  const alsoUpdated = updateOnDateLine(line, dates);
  return { kind: 'byline', ...byline, date: first.iso, ...(UPDATED.test(between.replace(/^[\s|·•,:–—-]+/u, '')) ? { updated: true as const } : {}), ...(alsoUpdated ? { alsoUpdated } : {}) };
}

// A gallery's counter before a caption: "1 of 3 | …", "Item 1 of 2 …", "[1/2]…".
const SLIDE_COUNTER = /^\s*(?:(?:Item\s+)?\d{1,2}\s+of\s+\d{1,2}\s*\|?|\[\d{1,2}\/\d{1,2}\])\s*(?=\p{Lu})/u;
// A label a copy ran into the text before it: "3:45 PM GMTUpdated 2 hours ago".
const LABEL_RUN_IN = /(?<=[\p{L}\d])(?=(?:Updated|Published|Last updated|First published)(?!\p{Ll}))/gu;

// The site's address alone, as a reader app prints it under the headline: "jornaldoatlantico.pt".
const SITE_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:\/\S*)?$/u;

/** A reader app's source line: the site, the writer and the day, set apart by dots. */
function readerSourceLine(line: string, dates: DateReader): HeaderLine | undefined {
  const parts = line.split(/\s+·\s+/u);
  if (parts.length !== 3 || !SITE_ADDRESS.test(parts[0]!)) return undefined;
  const date = dates.dateOfDateLine(parts[2]!);
  const name = parts[1]!;
  if (!date || name.length > 40 || /\d/u.test(name)) return undefined;
  return { kind: 'byline', name, date: date.iso };
}

// A match's result, the teams' names about the score, and the scorers with their minutes.
const TEAM = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s(?:\p{Lu}[\p{L}\p{M}'’.-]*|&|de|of|the|del|di|do)){0,3}`;
export const SCORELINE = new RegExp(String.raw`^${TEAM}\s\(?\d{1,3}\)?\s?[–—:-]\s?\(?\d{1,3}\)?\s${TEAM}$`, 'u');
const SCORERS = /^(?:\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?\s\d{1,3}(?:\+\d{1,2})?['’]?(?:\s?(?:pen|og|p))?(?:,\s?\d{1,3}(?:\+\d{1,2})?['’]?(?:\s?(?:pen|og|p))?)*(?:[;,]\s?|$))+$/u;
const STAFF_AFTER_DATE = /[\s\u3000](?:記者|记者|作者|기자)\s*[:：]?\s*([\p{Script=Han}\p{Script=Hangul}·]{2,5})$/u;
const LIFE_SPAN = /^[(（]?(?:b\.\s*)?\d{4}\s*[–—-]\s*\d{4}[)）]?$/u;
const DELIVERED = /^(\d{1,2})\/(\d{1,2})\s?[(（][日月火水木金土][)）]\s?\d{1,2}:\d{2}\s?配信$/u;

/** What a line near the top of an article is. */
export type HeaderLine =
  | { kind: 'repeat-headline' }
  | { kind: 'byline'; name: string; role?: string; location?: string; date?: string; updated?: true; alsoUpdated?: string }
  | { kind: 'published'; date?: string; updated?: true; alsoUpdated?: string; withoutYear?: string }
  | { kind: 'date'; date: string; alsoUpdated?: string }
  | { kind: 'chrome' }
  | { kind: 'credit'; credit: string }
  | { kind: 'caption'; caption: string; date?: string; credit?: string };

/** Whether a line is a photo credit such as "Reuters" or "Image source, Getty Images". */
export function creditOf(line: string): string | undefined {
  if (line.length > 80) return undefined;
  const prefixed = CREDIT_PREFIX.exec(line) ?? PHOTO_BY.exec(line);
  if (prefixed?.[1]) return prefixed[1].trim();
  // "Reuters", "AFP via Getty Images", "EPA-EFE/REX/Shutterstock": names of
  // which at least one is a known agency, joined by "/", "via" or ",".
  if (NAME_SLASH_OUTLET.test(line.trim())) return line.trim();
  const parts = line.split(/\s*(?:\/|\bvia\b|,)\s*/).filter(Boolean);
  if (parts.length > 0 && parts.every((part) => CREDIT_PART.test(part)) && parts.some((part) => AGENCY_NAMES.has(part.toLowerCase()) || part.split('-').some((piece) => AGENCY_NAMES.has(piece.toLowerCase())))) return line;
  return undefined;
}

// A caption's words before a credit run on at its end: enough that a subheading naming an agency is not one.
const MIN_GLUED_CAPTION_WORDS = 5;

/**
 * A caption with its credit run on at its end, as copied pages print the
 * two ("… as often as they should be Getty Images", "… in Kyiv AFP via
 * Getty Images"): no sentence end, and its last words a credit that names
 * a known agency.
 */
const SOURCE_OR_EDITOR_LINE = /^(?:来源|來源|出处|出處|责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*[\p{Script=Han}\p{L}·、 ]{2,20}$/u;
// Or the paper's name alone, as a Japanese portal prints its source under the delivery line: "港町新聞", "共同通信".
const PAPER_NAME_LINE = /^[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:新聞社?|通信社?|テレビ|放送|日報|新闻社?|日报|晚报|电视台|電視台)$/u;
// A Japanese paper's: the subject, "＝" the day and place, then the agency or photographer in brackets:
// "記者会見する担当者＝4日、ワシントン（共同）", "…＝16日、敦賀市（佐藤花子撮影）".
const JAPANESE_CAPTION = /^(.{2,200}?＝[^＝]{1,40}?)[（(]([^（）()]{1,20}?)[）)]$/u;
// An Arabic caption's agency in brackets: "… الميناء الجديد (وكالة الأنباء)", "(الأناضول)", "(أ ف ب)".
const ARABIC_AGENCY_AT_END = /^(.{4,250}?)\s*[(（]((?:وكالة|تصوير)[^()]{0,30}|رويترز|الأناضول|أ\.? ?ف\.? ?ب|الفرنسية|أسوشيتد برس|د\.? ?ب\.? ?أ|واس|وام|بترا|سانا|قنا|كونا|الجزيرة|غيتي|إيبا)[)）]$/u;
// Taiwanese papers put it in brackets: "整建完工的新港魚市場昨日重新開張。（記者陳怡君攝）".
const TAKEN_BY = /^(.{4,200}?[。．！？])\s*[（(]?((?:\p{Script=Han}{0,8}(?:记者|記者)\s*)?\p{Script=Han}{2,4}(?:[ 、]\p{Script=Han}{2,4}){0,2})\s*(?:摄|攝)[）)]?$/u;
const CREDIT_RUN_IN = /^(.*?[.!?]["”’]?)\s?Credit(?:Credit)?(?:\.{3}|…|:)?\s?(\p{Lu}[^.!?]{2,80})$/u;
// A credit a caption ends with, behind its label: "… in January. Photograph: Tom Ellery/The Harbour Herald".
// In brackets too: "Ilustrasi banjir. (Foto: Dok. Harian Nusantara)".
// Polish writes its label short, with its full stop and no colon: "… od zachodu. Fot. Jan Kowalski".
const LABELLED_CREDIT_AT_END = new RegExp(String.raw`^(.*?\S)\s+\(?((?:${PHOTO_LABEL})(?:\s*[:：|]|(?<=\.)\s)\s*[^:：()]{2,80})\)?$`, 'u');

// A credit in brackets at a caption's end: "… on Jan. 14, 2016. (AP Photo/Tom Ellery, File)".
// Also a photographer and an outlet: "… (Tom Ellery/Harbour Gazette)", "…(KOMPAS.com/DIMAS PRASETYO)".
const BRACKETED_CREDIT_AT_END = /^(.*?\S)\s*\(((?:[\p{Lu}]{2,}\s+)?Photos?\s*\/\s*[^()]{2,60}|(?:Photo|Image|Picture)s?\s+(?:by|courtesy of)\s+[^()]{2,60}|\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}\s*\/\s*\p{Lu}[^()/]{1,40})\)$/u;

// Or an agency and its photographer, joined by a bar or a slash: "… dilluns. ACN / JORDI BOSCH".
// Or with a bar before it, and the outlet's name in full: "… lundi soir. | JEAN-BAPTISTE LEMOAL / LA VOIX DE L’ESTUAIRE".
// Le Monde's photographer "for" the paper: "… le 10 février 2025. THOMAS VERNIER POUR « L’HORIZON »".
const CAPITALS_CREDIT_AT_END = /^(.*[.!?])\s+(?:\|\s+)?(\p{Lu}[\p{Lu}'’-]+(?:(?:\s|\s?[/|]\s?)\p{Lu}[\p{Lu}'’-]+){1,6}(?:\s*\([^()]{2,30}\))?|\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+){1,3}\s(?:POUR|FOR|PARA|PER|FÜR)\s(?:«\s?)?\p{Lu}[^«»]{1,40}?(?:\s?»)?)$/u;
// A photographer and the outlet after a slash, behind the caption's sentence: "… on Saturday. Renee Carter/Riverside Post-Dispatch".
// The slash set close, as photo desks write it; a byline sets it apart ("Hana Okafor / Harbour Press Agency").
const PHOTOGRAPHER_SLASH_OUTLET = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}\/\p{Lu}[\p{L}'’.&-]*(?:\s(?:\p{Lu}[\p{L}'’.&-]*|of|the|and|de|la|du|des|der|di|do|da)){0,5}`;
const NAME_SLASH_OUTLET_AT_END = new RegExp(String.raw`^(.*[.!?])\s+(?:\|\s+)?(${PHOTOGRAPHER_SLASH_OUTLET})$`, 'u');
const FILED_PHOTO_AT_END = /^(.*[.!?])\s+(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}(?:\/\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}){0,2}\/(?:File Photo|File|Pool|Pool Photo|Handout|Handout Photo))$/u;
// The same credit on a line of its own, whoever the outlet: "Arthur Webb/Lowmere Evening Echo".
const NAME_SLASH_OUTLET = new RegExp(String.raw`^${PHOTOGRAPHER_SLASH_OUTLET}$`, 'u');
const AGENCY_AT_END = /^(.*[.!?。])\s*\/?\s*(\S+(?:\s\S+)?)$/u;
const SQUARED_CREDIT_AT_END = /^(.*?\S)\s*\[(?:File:\s*)?([^[\]:]{2,60})\]$/u;

export function captionWithCredit(line: string): { caption: string; credit: string } | undefined {
  const text = normaliseWhitespace(line);
  // The New York Times': "… on Sunday.Credit...Dana Whitcombe for The Daily Ledger", "….CreditCreditChang W. Lee/The New York Times".
  const runIn = text.length <= 300 ? (CREDIT_RUN_IN.exec(text) ?? PHOTO_BY_AT_END.exec(text)) : null;
  if (runIn?.[1] && runIn[2] && wordCount(runIn[1]) >= MIN_GLUED_CAPTION_WORDS) return { caption: runIn[1], credit: runIn[2] };
  const arabic = text.length <= 300 ? ARABIC_AGENCY_AT_END.exec(text) : null;
  if (arabic?.[1] && arabic[2] && wordCount(arabic[1]) >= MIN_GLUED_CAPTION_WORDS) return { caption: arabic[1], credit: arabic[2] };
  const japanese = text.length <= 300 ? JAPANESE_CAPTION.exec(text) : null;
  if (japanese?.[1] && japanese[2]) return { caption: japanese[1], credit: japanese[2] };
  // Chinese papers': "图为隧道贯通现场。新华社记者 陈立新 摄" (摄, "photographed by").
  const taken = text.length <= 300 ? TAKEN_BY.exec(text) : null;
  if (taken?.[1] && taken[2]) return { caption: taken[1], credit: taken[2] };
  const bracketed = text.length <= 300 ? BRACKETED_CREDIT_AT_END.exec(text) : null;
  if (bracketed?.[1] && bracketed[2] && wordCount(bracketed[1]) >= MIN_GLUED_CAPTION_WORDS) return { caption: bracketed[1], credit: bracketed[2] };
  const labelled = text.length <= 300 ? LABELLED_CREDIT_AT_END.exec(text) : null;
  const labelledCredit = labelled?.[2] ? creditOf(labelled[2]) : undefined;
  // A credit in brackets that says it is one ends a caption of any length.
  const saysCredit = labelled !== null && text.endsWith(')') && text.slice(labelled[1]!.length).trimStart().startsWith('(');
  // G1's "… São Cristóvão — Foto: X" sets the label apart with a dash, which is not the caption's.
  if (labelled?.[1] && labelledCredit && (saysCredit || wordCount(labelled[1]) >= MIN_GLUED_CAPTION_WORDS)) return { caption: labelled[1].replace(/\s+[—–|·-]$/u, ''), credit: labelledCredit };
  // El País's: "… en enero. ANA RUIZ (EFE)": the photographer's name in capitals after the caption's sentence.
  const capitals = text.length <= 300 ? CAPITALS_CREDIT_AT_END.exec(text) : null;
  if (capitals?.[1] && capitals[2] && wordCount(capitals[1]) >= MIN_GLUED_CAPTION_WORDS) return { caption: capitals[1], credit: capitals[2] };
  // A wire's credit for a photo from its files or a pool, whatever the agency: "… Norwire/Carla Pinheiro/File Photo".
  const filed = text.length <= 300 ? FILED_PHOTO_AT_END.exec(text) : null;
  if (filed?.[1] && filed[2] && wordCount(filed[1]) >= MIN_GLUED_CAPTION_WORDS) return { caption: filed[1], credit: filed[2] };
  const slashed = text.length <= 300 ? NAME_SLASH_OUTLET_AT_END.exec(text) : null;
  if (slashed?.[1] && slashed[2] && wordCount(slashed[1]) >= MIN_GLUED_CAPTION_WORDS) return { caption: slashed[1], credit: slashed[2] };
  // Al Jazeera's: "… in Port Alder [File: Tom Ellery/Reuters]".
  const squared = text.length <= 300 ? SQUARED_CREDIT_AT_END.exec(text) : null;
  if (squared?.[1] && squared[2] && wordCount(squared[1]) >= MIN_GLUED_CAPTION_WORDS && (squared[2].includes('/') || creditOf(squared[2]))) return { caption: squared[1], credit: squared[2].trim() };
  // Korean papers': "… 쌓여 있다. 연합뉴스", "… 쌓여 있다./연합뉴스": a known agency after the caption's sentence.
  const agencyAfter = text.length <= 300 ? AGENCY_AT_END.exec(text) : null;
  if (agencyAfter?.[1] && agencyAfter[2] && AGENCY_NAMES.has(agencyAfter[2].toLowerCase()) && wordCount(agencyAfter[1]) >= MIN_GLUED_CAPTION_WORDS) return { caption: agencyAfter[1], credit: agencyAfter[2] };
  if (text.length > 300 || endsLikeSentence(text)) return undefined;
  const words = text.split(' ');
  // The longest credit first: "Paul Morigi/Getty Images", not "Getty Images".
  for (let take = Math.min(4, words.length - MIN_GLUED_CAPTION_WORDS); take >= 1; take--) {
    const credit = words.slice(-take).join(' ');
    // The credit's own words, not a prefix such as "Photo:", which makes a credit line of its own.
    if (creditOf(credit) === credit) return { caption: words.slice(0, -take).join(' '), credit };
  }
  return undefined;
}

/** Whether a line reads like a sentence of body text rather than a label. */
function endsLikeSentence(line: string): boolean {
  return /[.!?…]["”’)]?$/.test(line) && !/\b(?:Jr|Sr|St|Dr|Inc|Ltd|Co)\.$/.test(line);
}

// A blog's line of the date, then the writer: "Posted on November 17, 2025 by Carol Whitfield".
const DATE_THEN_BY = /^(.*\S)\s+by\s+(\p{Lu}.{1,60})$/iu;

/** The byline and date of a line that gives the date first, then "by" and the name. */
function dateThenByline(line: string, dates: DateReader): HeaderLine | undefined {
  const parts = line.length <= 120 ? DATE_THEN_BY.exec(line) : null;
  if (!parts?.[1] || !parts[2]) return undefined;
  const date = dates.dateOfDateLine(parts[1]);
  const byline = date && bylineOf(`By ${parts[2]}`);
  return byline ? { kind: 'byline', ...byline, date: date.iso } : undefined;
}

// A video's running time and source ("01:42 - Source: CNN"), which a page prints where a photo's caption would be.
const VIDEO_LENGTH = /^\d{1,2}:\d{2}(?::\d{2})?\s*[-–—|]/u;

/**
 * Whether a line over a credit can be its caption: a few words, or a name
 * of two capitalised ones ("Jeremy Corbyn"). A button or link the page
 * left over a lone credit ("Telegram", "Скопіювати посилання", "چاپ") or a
 * video's running time is none.
 */
export function canBeCaption(line: string): boolean {
  // A live page's entry opens with its time ("09:48 Amber warnings extended"); a caption does not.
  if (VIDEO_LENGTH.test(line) || /^\d{1,2}[:.]\d{2}\s/u.test(line)) return false;
  const words = line.split(' ');
  if (UNSPACED_SCRIPT.test(line)) return line.replace(/\s/gu, '').length >= 6;
  return words.length >= 3 || (words.length === 2 && words.every((word) => /^\p{Lu}/u.test(word)));
}
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * Classifies one line of the header block (after the headline, before the
 * body). `next` is the following non-blank line, used to tell a caption by the
 * credit under it; `inHeader` says that earlier lines were a byline, date or
 * page chrome, so that a short label under a line may be a credit of any
 * name. Returns undefined for a line that must be body text.
 */
export function classifyHeaderLine(raw: string, next: string | undefined, title: string, indented = false, dates: DateReader = dateReader(), inHeader = false): HeaderLine | undefined {
  if (normaliseWhitespace(raw) === title) return { kind: 'repeat-headline' };
  const uncounted = raw.replace(SLIDE_COUNTER, '');
  // Most lines hold no label: the look-behind is only run on those that do.
  const line = uncounted.includes('Updated') || uncounted.includes('Published') || uncounted.includes('Last updated') || uncounted.includes('First published') ? uncounted.replace(LABEL_RUN_IN, ' ') : uncounted;
  // Indented lines are wire-copy body text; only a repeated headline is indented chrome.
  if (indented) return undefined;
  // A Chinese page's source and editor lines over the date ("来源：新华社", "责任编辑：李晓") are the page's.
  if (SITE_ADDRESS.test(line.trim()) || PAGE_CHROME.test(line) || WIRE_NOTE.test(line) || isPageButton(line) || isButtonRow(line) || SOURCE_OR_EDITOR_LINE.test(line) || PAPER_NAME_LINE.test(line.trim())) return { kind: 'chrome' };
  // A reader app's line of the source, the writer and the day: "news.haian-daily.com.tw · 陳怡君 · 2025/01/08".
  const fromReader = readerSourceLine(line.trim(), dates);
  if (fromReader) return fromReader;
  // A match report's score and scorers under its headline ("Fenwick Rovers 1–0 Port Alder Town" / "Adeyemi 88 pen").
  if (SCORELINE.test(line.trim()) || (SCORERS.test(line.trim()) && /[;,'’]|\s(?:pen|og)\b/u.test(line))) return { kind: 'chrome' };
  // An obituary's name over the years of the life ("ARLEN VOSS" / "1937–2025"), under its headline.
  if (LIFE_SPAN.test(line.trim()) || (next !== undefined && LIFE_SPAN.test(next.trim()) && line.trim().split(/\s+/u).length <= 5 && /^\p{Lu}/u.test(line.trim()) && !endsLikeSentence(line))) return { kind: 'chrome' };
  // A Japanese portal's delivery line, the month and day without the year: "4/8(火) 14:32配信".
  const delivered = DELIVERED.exec(line.trim());
  if (delivered) return { kind: 'published', withoutYear: `${Number(delivered[1])}月${Number(delivered[2])}日` };
  const withDate = bylineWithDate(line, dates) ?? dateThenByline(line, dates);
  if (withDate) return withDate;
  const oldByline = BYLINE.exec(line);
  const byline = oldByline?.[1] && line.length <= 80 ? bylineOf(`By ${oldByline[1]}`) ?? { name: oldByline[1] } : bylineOf(line);
  if (byline) return { kind: 'byline', ...byline };
  const published = PUBLISHED.exec(line);
  // A labelled line may hold two dates and their times: "Originally published … at 2:05 pm Updated … at 4:30 pm".
  if (published && line.length <= 120) {
    const rest = published[1] ?? '';
    // "Publié aujourd'hui à 10h00": a date line whose day no reader knows, still the header's.
    if (rest === '' || /(?<!\d)\d{1,2}[:h.]\d{2}(?!\d)/u.test(rest)) {
      const date = rest === '' ? undefined : dates.dateOfDateLine(rest);
      // A day and month the reader cannot date without its year ("Geplaatst zondag 16 maart, 09:14"): kept, for the year the article's day gives.
      if (!date) return { kind: 'published', ...(rest !== '' ? { withoutYear: rest } : {}) };
    }
    const date = dates.dateOfDateLine(rest);
    if (date && UPDATED.test(line)) return { kind: 'published', date: date.iso, updated: true };
    const alsoUpdated = date && updateOnDateLine(rest, dates);
    if (date) return { kind: 'published', date: date.iso, ...(alsoUpdated ? { alsoUpdated } : {}) };
  }
  const dateLine = line.length <= 80 && FIGURE.test(line) ? dates.dateOfDateLine(line) : undefined;
  // "Güncelleme: …", "Aktualizacja: …": an update line in a language whose labels are not listed above.
  if (dateLine && UPDATED.test(line)) return { kind: 'published', date: dateLine.iso, updated: true };
  const alsoUpdated = dateLine && updateOnDateLine(line, dates);
  // A Chinese, Japanese or Korean date line may name its reporter after a label ("2026年1月15日 18:20　記者：田村彩花").
  const staff = dateLine ? STAFF_AFTER_DATE.exec(line) : null;
  if (dateLine && staff?.[1]) return { kind: 'byline', name: staff[1], date: dateLine.iso };
  if (dateLine) return { kind: 'date', date: dateLine.iso, ...(alsoUpdated ? { alsoUpdated } : {}) };
  const credit = creditOf(line);
  if (credit) return { kind: 'credit', credit };
  const glued = captionWithCredit(line);
  if (glued) return { kind: 'caption', caption: glued.caption, credit: glued.credit };
  const captionPrefixed = CAPTION_PREFIX.exec(line);
  if (captionPrefixed?.[1]) return { kind: 'caption', caption: captionPrefixed[1].trim(), date: dates.dateAtEnd(captionPrefixed[1])?.iso };
  // A line that runs on into a lower-case line is a wrapped sentence, not a caption.
  const runsOn = next !== undefined && /^\p{Ll}/u.test(next);
  // Over a credit that says it is one ("Photo: X", "(Bild: X)"), a short line is its caption, sentence or not.
  // So is one over a credit that names an agency and a photographer ("REUTERS/Tom Ellery/File Photo").
  if (next !== undefined && line.length <= 200 && canBeCaption(line) && (CREDIT_PREFIX.test(next) || PHOTO_BY.test(next) || (next.includes('/') && creditOf(next))) && !CREDIT_PREFIX.test(line)) return { kind: 'caption', caption: line };
  if (line.length <= 300 && !endsLikeSentence(line) && !runsOn) {
    const date = FIGURE.test(line) ? dates.dateAtEnd(line) : undefined;
    if (date) return { kind: 'caption', caption: line, date: date.iso };
    if (next !== undefined && canBeCaption(line) && creditOf(next)) return { kind: 'caption', caption: line };
    // Any credit, known agency or not, once the block is known to be a page's header.
    if (inHeader && next !== undefined && line.split(' ').length >= 4 && canBeCaption(line) && isCreditLike(next, dates)) return { kind: 'caption', caption: line };
  }
  const bare = bylineOf(line, { allowBare: true });
  if (bare) return { kind: 'byline', ...bare };
  // Names alone over the reading time or a time ago (a reader view, a portal's header): the byline.
  if (next !== undefined && line.length <= 80 && NAMES_ALONE.test(line) && (READING_TIME_LINE.test(next.trim()) || TIME_AGO.test(next.trim()))) {
    const named = bylineOf(`By ${line}`);
    if (named) return { kind: 'byline', ...named };
  }
  return fieldsLine(line, title, dates, inHeader);
}

// Where a line of the header's fields splits: a run of spaces or an ideographic space, a bar, or a space before a
// Chinese or Japanese label ("2025-04-08 14:32 来源：港湾日报 作者：王小明").
const FIELD_BREAK = /\u3000+|\s{2,}|\s+[|｜]\s+|\s(?=\p{Script=Han}{2,4}[：:])/u;
const FIELDS_LINE_LENGTH = 160;

/** A line of the header's fields side by side, each a date, a byline or the page's label: its byline and date. */
function fieldsLine(line: string, title: string, dates: DateReader, inHeader: boolean): HeaderLine | undefined {
  if (line.length > FIELDS_LINE_LENGTH || !FIELD_BREAK.test(line)) return undefined;
  const fields = line.split(new RegExp(FIELD_BREAK.source, 'gu')).map((field) => field.trim()).filter(Boolean);
  if (fields.length < 2) return undefined;
  const read = fields.map((field) => classifyHeaderLine(field, undefined, title, false, dates, inHeader));
  if (!read.every((field) => field && ['date', 'published', 'byline', 'chrome'].includes(field.kind))) return undefined;
  const date = read.map((field) => (field && 'date' in field ? field.date : undefined)).find(Boolean);
  const byline = read.find((field) => field?.kind === 'byline');
  if (byline?.kind === 'byline') return { ...byline, ...(date && !byline.date ? { date } : {}) };
  return date ? { kind: 'date', date } : undefined;
}

/**
 * Whether a line can be a photo credit by its shape, whoever it names: a
 * short label of a few capitalised words under a caption ("Marrow City
 * Council", "Family handout", "ТАСС"), not a sentence, a date, a byline or
 * page chrome. Known agencies (creditOf) are credits anywhere in the header.
 */
export function isCreditLike(line: string, dates: DateReader = dateReader()): boolean {
  if (creditOf(line)) return true;
  const text = normaliseWhitespace(line);
  if (text.length < 2 || text.length > 60 || text.split(' ').length > 6 || !/^\p{Lu}/u.test(text) || endsLikeSentence(text)) return false;
  if (PAGE_CHROME.test(text) || isInlineChrome(text) || isPageButton(text) || PUBLISHED.test(text) || bylineOf(text) || dates.dateOfDateLine(text) || /\d{3,}/.test(text)) return false;
  return true;
}

/**
 * Whether a paragraph is a photo or video note a page prints inside its
 * body ("Media caption …", "Image source, …"), not the article's text.
 */
export function isPhotoNote(paragraph: string): boolean {
  return CAPTION_PREFIX.test(paragraph) || /^image (?:source|copyright)\b/i.test(paragraph);
}

// A time given as a time ago: "3 hours ago", "2h ago", "hace 2 horas", "il y a 3 heures", "vor 2 Stunden".
const TIME_AGO = /(?:^|\s)(?:\d+\s*\p{L}+\.?\s+(?:ago|temu|önce|sitten|geleden|fa|siden|sedan)|(?:há|hace|il y a|vor)\s+\d+\s+\p{L}+)$/iu;

// A reading time alone on its line: "5–6 minutes", "4 min read".
const READING_TIME_LINE = /^\d+(?:\s*[–-]\s*\d+)?\s+min(?:ute)?s?\.?(?:\s+read)?$/iu;
// Names alone, joined as a byline joins them: "Hannah Pryce and Tom Ellery".
const PERSON = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}`;
const NAMES_ALONE = new RegExp(String.raw`^${PERSON}(?:\s+(?:and|&|et|und|y|e|en|och|og|i|и)\s+${PERSON})?$`, 'u');

/** Whether a line can be the role line under a byline ("Africa correspondent"). */
export function isBylineRole(line: string): boolean {
  // Not a "Published" line whose date no reader knows ("Publié aujourd'hui à 10h00"), nor a time.
  // Nor a sentence of Chinese or Japanese, whose forty characters are a paragraph; nor a label in brackets ("[写真]").
  return line.length > 0 && line.length <= 60 && !/^[[［【].*[\]］】]$/u.test(line) && !endsLikeSentence(line) && !/[。！？]["”’」』）)]?$/u.test(line) && !/^By\s/.test(line) && !/^[*•·+-]\s/.test(line) && !PUBLISHED.test(line) && !TIME_AGO.test(line) && !/(?<!\p{Nd})\p{Nd}{1,2}[:h.]\p{Nd}{2}(?!\p{Nd})/u.test(line);
}

/**
 * The place named in a caption: the comma-separated parts between the
 * subject and the date, when each is a short capitalised name.
 * "Minister Diop, Bamako, Mali, 12 November, 2025" → "Bamako, Mali".
 */
export function locationOfCaption(caption: string, dates: DateReader = dateReader()): string | undefined {
  const date = dates.dateAtEnd(caption);
  if (!date) return undefined;
  const parts = caption.slice(0, date.start).split(',').map((part) => part.trim()).filter(Boolean);
  const places: string[] = [];
  for (let index = parts.length - 1; index >= 1; index--) {
    const part = parts[index] ?? '';
    if (!/^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|do|of|al|el|la|le|es))*$/u.test(part)) break;
    if (part.split(/\s+/).length > 4) break;
    places.unshift(part);
  }
  return places.length > 0 ? places.join(', ') : undefined;
}
