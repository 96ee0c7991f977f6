import { normaliseWhitespace } from './clean-text.ts';
import { isPageButton } from './page-buttons.ts';
import { CHROME_WORDS, isClosingNotice, isSectionAfter } from './page-units.ts';
import { SENTENCE_END } from './prose.ts';
import { RELATED_HEADINGS } from './related-headings.ts';

/** The page chrome after an article's last paragraph. */
export interface Footer {
  /** Index of the first footer line; lines before it are body. */
  start: number;
  /** Tags listed under "Tags" or "Related Topics". */
  tags: string[];
  /** Other footer lines ("More on this story" links) that were left out of the body. */
  dropped: string[];
}

// The label over a page's tags, in the languages newsrooms publish in ("Tags", "Tematy:", "Címkék:", "বিষয়:").
const TAG_LABELS = [
  'tags?', 'related topics', 'suggested topics', 'topics', 'keywords', 'explore more on these topics', 'more on these topics', 'tagy', 'oznake', 'ознаке', 'етикети', 'тагове', 'etiquetes', 'schlagw(?:ö|oe)rter', 'schlagworte', 'themen', 'étiquettes', 'mots[- ]clés', 'sujets',
  'etiquetas', 'archivado en', 'temas', 'tópicos', 'argomenti', 'parole chiave', 'trefwoorden', 'onderwerpen', 'meer over dit onderwerp', 'meer over',
  'tematy', 'tagi', 'słowa kluczowe', 'témata', 'štítky', 'klíčová slova', 'témy', 'kľúčové slová', 'címkék', 'témák', 'kulcsszavak',
  'etichete', 'subiecte', 'cuvinte cheie', 'emner', 'stikkord', 'emneord', 'ämnen', 'taggar', 'nøgleord', 'aiheet', 'avainsanat', 'asiasanat',
  'ετικέτες', 'θέματα', 'λέξεις[- ]κλειδιά', 'etiketler', 'konular', 'anahtar kelimeler', 'thẻ', 'từ khóa', 'chủ đề', 'topik', 'kata kunci',
  'теги', 'метки', 'темы', 'ключевые слова', 'теми', 'мітки', 'الوسوم', 'وسوم', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'موضوعات', 'برچسب‌?ها', 'תגיות',
  'टैग', 'टॉपिक्स', 'विषय', 'টপিক', 'বিষয়', 'ট্যাগ', '标签', '標籤', '关键词', '關鍵字', 'タグ', 'キーワード', '태그', '키워드', 'แท็ก',
].join('|').normalize('NFC');
// The label on a line of its own, or with the tags after it: "Címkék: cukorgyár, munkahely, Tiszarét".
// Labels and lines are compared in NFC, so that Bengali's য় matches however it was typed.
const TAG_MARKERS = new RegExp(`^(?:${TAG_LABELS})\\s*[:：]?$`, 'iu');
const TAG_LINE = new RegExp(`^(?:${TAG_LABELS})\\s*[:：]\\s*(\\S.{0,200})$`, 'iu');
// A heading of links to other stories, the whole line: "More on this story", "相關新聞", "【関連記事】", "Σχετικά άρθρα:".
const LINK_MARKERS = new RegExp(`^[\\s[【〔(（■□●◆▼▶►»>|-]*(?:more on this story|related internet links|${RELATED_HEADINGS.join('|')})[\\s\\]】〕)）:：]*$`, 'iu');
// A reporter's address alone on a line, as wires and Korean papers close with it.
const ADDRESS_LINE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
// A wire desk's sign-off, the initials of who wrote and edited the story: AFP's "mdb-fa/cbn/ial", PAP's "jw/ mhr/".
// Lusa's in capitals between double slashes ("JMR // ACL"), and its end mark ("Lusa/Fim").
const SIGN_OFF = /^[a-z]{2,5}(?:[-/][a-z]{2,5}){1,6}$|^(?:[a-z]{2,5}\/\s?){2,6}$|^[A-Z]{2,4}(?:\s?\/\/\s?[A-Z]{2,4}){1,4}$|^\p{Lu}\p{L}{1,10}\/(?:Fim|Fin|Ende|End)$/u;

const isTagMarker = (line: string) => TAG_MARKERS.test(line.normalize('NFC'));
const tagLine = (line: string) => (SENTENCE_END.test(line) ? undefined : TAG_LINE.exec(line.normalize('NFC'))?.[1]);
const splitTags = (line: string) => line.replace(/^[*•]\s+/u, '').split(/\s*[,;|،、]\s*/u).filter(Boolean);
/** Whether a line closes a file as its publisher's words: a copyright or a call for tips, the reporter's address, the desk's sign-off. */
// A page's buttons under the last paragraph ("Like", "Comment", "Share") close it too.
// A Japanese portal's last update under the story: "最終更新:4/8(火) 16:05".
const LAST_UPDATE = /^最終更新\s*[:：]\s*\S.{0,30}$/u;
const isClosingLine = (line: string) => LAST_UPDATE.test(line) || ADDRESS_LINE.test(line) || SIGN_OFF.test(line) || WIRE_STAMP.test(line) || TELEPRINTER_END.test(line) || DPA_SIGN_OFF.test(line) || DPA_STAMP.test(line) || DESK_INITIALS.test(line) || isClosingNotice(line) || isPageButton(line);
// AP's end stamp, its desk, the day (month, day, year in two figures) and the time it moved: "AP-NY-08-14-25 2047EDT".
const WIRE_STAMP = /^AP-[A-Z]{2,3}-(\d{2})-(\d{2})-(\d{2})\s+\d{4}\s?[A-Z]{2,4}$/u;
// A teleprinter's end of message, with the day and time it moved before it (ANSA's "14-MAR-26 16:42 NNNN"), in
// English's or Italian's month abbreviations.
const TELEPRINTER_END = /^(?:(\d{2})-(JAN|GEN|FEB|MAR|APR|MAY|MAG|JUN|GIU|JUL|LUG|AUG|AGO|SEP|SET|OCT|OTT|NOV|DEC|DIC)-(\d{2})\s+\d{2}:\d{2}\s+)?NNNN$/u;
const TELEPRINTER_MONTHS = ['JAN|GEN', 'FEB', 'MAR', 'APR', 'MAY|MAG', 'JUN|GIU', 'JUL|LUG', 'AUG|AGO', 'SEP|SET', 'OCT|OTT', 'NOV', 'DEC|DIC'];
// The desk's initials in capitals over such an end ("RED-GIU").
const DESK_CODE = /^[A-Z\d]{2,4}(?:-[A-Z\d]{2,4}){1,3}$/u;
// dpa's sign-off, its name and the desk's codes ("dpa mk yyzz n1 kr"), and its stamp of the day, hour and minute it
// moved, the month and the year ("101442 Mär 25").
const DPA_SIGN_OFF = /^dpa(?:\s+[a-z\d]{1,4}){1,8}$/u;
const DPA_STAMP = /^(\d{2})\d{4}\s+(Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)\s+(\d{2})$/u;
const DPA_MONTHS = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];
// An Indian agency's sign-off, its name and the initials of who handled the copy ("PTI SKU RHL"), and the last desk's under it ("RT").
const DESK_INITIALS = /^(?:PTI|IANS|UNI|ANI)(?:\s+[A-Z]{2,4}){1,4}$/u;
const LAST_DESK = /^[A-Z]{2,3}$/u;

/** The day an agency's end stamp gives, among the lines left out under the body ("AP-NY-08-14-25 2047EDT"). */
export function wireStampDay(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const stamp = WIRE_STAMP.exec(line);
    if (stamp) return `20${stamp[3]}-${stamp[1]}-${stamp[2]}`;
    const dpa = DPA_STAMP.exec(line);
    if (dpa) return `20${dpa[3]}-${String(DPA_MONTHS.indexOf(dpa[2]!) + 1).padStart(2, '0')}-${dpa[1]}`;
    const end = TELEPRINTER_END.exec(line);
    const month = end?.[2] ? TELEPRINTER_MONTHS.findIndex((names) => names.split('|').includes(end[2]!)) + 1 : 0;
    if (month > 0) return `20${end![3]}-${String(month).padStart(2, '0')}-${end![1]}`;
  }
  return undefined;
}

/** The next non-blank line under `index`, trimmed. */
function nextLine(lines: readonly string[], index: number): string {
  for (let at = index + 1; at < lines.length; at++) if ((lines[at] ?? '').trim() !== '') return lines[at]!.trim();
  return '';
}

/** The first line of the run of non-blank lines that ends at `end`. */
function wrappedFrom(lines: readonly string[], end: number): number {
  let first = end;
  while (first > 0 && (lines[first - 1] ?? '').trim() !== '') first--;
  return first;
}

/**
 * Finds footer chrome: a marker line ("Tags", "Related Topics", "More on this
 * story") after which every line is a short label. A marker followed by a long
 * paragraph is body text, so a paragraph that merely says "Tags" is kept.
 * Closing notices (a copyright line, a call for tips, the reporter's
 * address) under the last paragraph or under such a footer are footer too.
 */
export function findFooter(lines: readonly string[]): Footer {
  let start = lines.length;
  const closingFrom = (from: number) => {
    let index = from;
    for (; index >= 0; index--) {
      const line = (lines[index] ?? '').trim();
      if (line === '') continue;
      // The last desk's initials under the agency's sign-off ("PTI SKU RHL" / "RT").
      const underSignOff = LAST_DESK.test(line) && DESK_INITIALS.test((lines[index - 1] ?? '').trim());
      const overEnd = DESK_CODE.test(line) && index < start && TELEPRINTER_END.test(nextLine(lines, index));
      if (!isClosingLine(line) && !underSignOff && !overEnd) break;
      start = index;
      // A notice hard-wrapped over lines (a lynx dump) closes the file whole.
      const wrapped = wrappedFrom(lines, index);
      if (wrapped < index && isClosingLine(normaliseWhitespace(lines.slice(wrapped, index + 1).join(' ')))) start = index = wrapped;
    }
    return index;
  };
  for (let index = closingFrom(lines.length - 1); index >= 0; index--) {
    const line = (lines[index] ?? '').trim();
    // Footer lines are short labels; a sentence means the body is still going.
    if (line.length > 100 || /[.!]["”’)]?$/.test(line)) break;
    if (isTagMarker(line) || tagLine(line) !== undefined || LINK_MARKERS.test(line)) start = index;
  }
  closingFrom(start - 1);
  const tags: string[] = [];
  const dropped: string[] = [];
  let collecting: 'tags' | 'links' = 'links';
  for (const raw of lines.slice(start)) {
    const line = normaliseWhitespace(raw);
    if (line === '') continue;
    const inline = tagLine(line);
    if (inline !== undefined) {
      tags.push(...splitTags(inline));
      collecting = 'links';
    } else if (isTagMarker(line)) collecting = 'tags';
    else if (LINK_MARKERS.test(line) || (collecting === 'tags' && isNoTag(line))) {
      collecting = 'links';
      dropped.push(line);
    } else if (collecting === 'tags') tags.push(...splitTags(line));
    else dropped.push(line);
  }
  return { start, tags, dropped };
}

/** Whether a line under a list of tags is no tag but what follows the list: a heading, a sentence, a long line, a button. */
const isNoTag = (line: string) =>
  line.length > TAG_LENGTH || SENTENCE_END.test(line) || /^\d/u.test(line) || LINK_MARKERS.test(line) || isSectionAfter(line) || isClosingLine(line) || CHROME_WORDS.test(line) || isPageButton(line) || /^Purchase Licensing Rights$/iu.test(line);

// How far under a saved page's body its tags are looked for, in lines, and how long a tag may be.
const TAGS_WITHIN = 40;
const TAG_LENGTH = 40;

/**
 * The tags a saved page lists under its body, which the page reader left
 * out with the rest of what follows the article: the items under a tag
 * label ("Tematy:" over "rolnictwo", "protest") or after it on its line.
 * The list ends at a blank line, or, when the copy spaces every line, at
 * the first line that is no tag (a heading, a sentence, a long line, a
 * button: "Share this story").
 */
export function tagsUnder(lines: readonly string[], from: number): string[] {
  const end = Math.min(lines.length, from + TAGS_WITHIN);
  for (let index = from; index < end; index++) {
    const line = normaliseWhitespace(lines[index] ?? '');
    const inline = tagLine(line);
    if (inline !== undefined) return splitTags(inline);
    if (!isTagMarker(line)) continue;
    const spaced = normaliseWhitespace(lines[index + 1] ?? '') === '';
    const tags: string[] = [];
    for (let at = index + 1; at < lines.length; at++) {
      const item = normaliseWhitespace(lines[at] ?? '');
      if (item === '') {
        if (tags.length > 0 && !spaced) break;
        continue;
      }
      if (isNoTag(item) || isTagMarker(item)) break;
      tags.push(...splitTags(item));
    }
    return tags;
  }
  return [];
}
