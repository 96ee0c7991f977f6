// chrono-node's parsers: English (British day-month order first) always,
// and another language's only when an article is in it. The whole package
// loads a dozen locales, and every ingest worker would load them all.
import type { ParsedComponents } from 'chrono-node';
import { GB } from 'chrono-node/en';
import { createRequire } from 'node:module';
import { BoundedCache } from '../cache/bounded-cache.ts';
import { LABEL_LINKS, PUBLISHED_LABELS, UPDATED_LABELS } from './date-labels.ts';
import { escapeRegExp, namedMonthReader, weekdayNames, type NamedMonthReader } from './named-month-dates.ts';
import { timeAfterDate, zoneAfter, ZONES } from './time-after-date.ts';

/** A calendar date, or a date and time, in ISO 8601. */
export interface FoundDate {
  /**
   * `YYYY-MM-DD`; `YYYY-MM-DDTHH:mm:ssZ`/`±hh:mm` when the text gives a time
   * and its zone; `YYYY-MM-DDTHH:mm:ss` when it gives a time without a zone,
   * a wall-clock time that the ingest reads in the site's time zone.
   */
  iso: string;
  /** Where in the text the date starts and ends. */
  start: number;
  end: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

interface DateParts {
  year: number;
  month: number;
  day: number;
  time?: { hour: number; minute: number; second: number; offset?: number | undefined };
}

function toIso({ year, month, day, time }: DateParts): string {
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!time) return date;
  const clock = `${date}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
  if (time.offset === undefined) return clock;
  if (time.offset === 0) return `${clock}Z`;
  const abs = Math.abs(time.offset);
  return `${clock}${time.offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function partsOf(component: ParsedComponents): DateParts {
  const parts: DateParts = { year: component.get('year') ?? 0, month: component.get('month') ?? 1, day: component.get('day') ?? 1 };
  if (!component.isCertain('hour')) return parts;
  const offset = component.get('timezoneOffset');
  return {
    ...parts,
    time: {
      hour: component.get('hour') ?? 0,
      minute: component.get('minute') ?? 0,
      second: component.get('second') ?? 0,
      offset: offset !== null && offset !== undefined && component.isCertain('timezoneOffset') ? offset : undefined,
    },
  };
}

/** A date read without its time, with the time the text prints right after it ("… de 2023 - 14:05"). */
function withTimeAfter(text: string, parts: DateParts, start: number, end: number): FoundDate {
  // A time the parser read without the zone it does not know ("14:05 WIB").
  const zone = parts.time && parts.time.offset === undefined ? zoneAfter(text, end) : undefined;
  if (zone) return { iso: toIso({ ...parts, time: { ...parts.time!, offset: zone.offset } }), start, end: zone.end };
  const time = parts.time ? undefined : timeAfterDate(text, end);
  return time ? { iso: toIso({ ...parts, time }), start, end: time.end } : { iso: toIso(parts), start, end };
}

// "17.nov.2023" (Folha de S.Paulo) as "17 nov 2023", which the parsers read.
const DOTTED_DATE = /(?<=\b\d{1,2})\.(?=\p{L}{3,9}\.\d{4}\b)|(?<=\b\d{1,2}\.\p{L}{3,9})\.(?=\d{4}\b)/gu;

// Digits of other scripts ("١٧ نوفمبر ٢٠٢٣", "２０２５年") as ASCII, one character for one, so positions still hold.
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;

function asciiDigits(text: string): string {
  if (!OTHER_DIGIT.test(text)) return text;
  return text.replace(/(?![0-9])\p{Nd}/gu, (digit) => {
    let zero = digit.charCodeAt(0);
    while (zero > 0 && /\p{Nd}/u.test(String.fromCharCode(zero - 1)) && digit.charCodeAt(0) - zero < 9) zero--;
    return String((digit.charCodeAt(0) - zero) % 10);
  });
}

// A numeric date and a time as some pages space them: "17. 11. 2025", "2025, 14: 05". The spaces are taken out
// before parsing (SPACED), and positions mapped back.
const SPACED = /(?<=(?<!\d)\d{1,2}\.)\s(?=\d{1,2}\.\s?(?:19|20)\d\d(?!\d))|(?<=(?<!\d)\d{1,2}\.\s?\d{1,2}\.)\s(?=(?:19|20)\d\d(?!\d))|(?<=(?:19|20)\d\d,?\s{1,2}\d{1,2}:)\s(?=\d{2}(?!\d))/gu;

// A year with a time run into it, after a day ("17, 20255:05"), or a month's name ("2025November").
const GLUED = /(?<=\d{1,2},\s?(?:19|20)\d\d)(?=\d{1,2}:\d{2})|(?<=(?<!\d)(?:19|20)\d\d)(?=\p{Lu}\p{Ll}{2,})/gu;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ENGLISH_MONTH_DAY = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?!\d)/iu;
const MAYBE_YEAR = /(?:1[89]|2[0-7])\d\d/;

type Parser = Pick<typeof GB, 'parse'>;

// Languages chrono-node reads, by BCP 47 tag: loaded on first use.
const LOCALES = new Set(['de', 'es', 'fi', 'fr', 'it', 'ja', 'nl', 'pt', 'ru', 'sv', 'uk', 'zh']);
const require = createRequire(import.meta.url);
const localeParsers = new Map<string, Parser>();

/** The parser of a language chrono-node knows, besides English; undefined for English or another language. */
function localeParser(language: string | undefined): Parser | undefined {
  const code = language?.toLowerCase().split('-')[0];
  if (!code || !LOCALES.has(code)) return undefined;
  let parser = localeParsers.get(code);
  if (!parser) {
    parser = (require(`chrono-node/${code}`) as { casual: Parser }).casual;
    localeParsers.set(code, parser);
  }
  return parser;
}

/** Reads dates in one language's text: in its own words first, then in English. */
export interface DateReader {
  /**
   * Complete calendar dates (day, month and year all written out), such as
   * "12 November, 2025", "24 juillet 2015", "2018年6月19日" or "2025-11-12".
   * Relative words ("yesterday", "3 hours ago") and dates without a year
   * are ignored, since guessing the year would put an article on the wrong day.
   */
  findDates(text: string): readonly FoundDate[];
  /** The date that takes up (nearly) the whole line, as in a "Published" block. */
  dateOfDateLine(line: string): FoundDate | undefined;
  /** The date a line ends with, as in a photo caption "…, Bamako, 12 November, 2025". */
  dateAtEnd(line: string): FoundDate | undefined;
  /**
   * A day and month without a year ("March 3", "10 авг"), as wire datelines
   * give them: `YYYY-MM-DD` in the year that makes it the latest day not
   * after `today`.
   */
  dayWithoutYear(text: string, today: string): string | undefined;
  /** Whether a text is only a weekday's name, in the reader's language or English ("Thứ Hai", "Monday"). */
  isWeekday(text: string): boolean;
}

// The same lines recur (a caption is read as a header line and again for its
// place; wires repeat their date lines): each is parsed once. Bounded.
const knownDates = new BoundedCache<string, readonly FoundDate[]>(10_000);

function parseDates(parser: Parser, text: string): FoundDate[] {
  const results = parser.parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  const found: FoundDate[] = [];
  for (const result of results) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const year = start.get('year') ?? 0;
    // A relative word ("yesterday") is reported as certain too; a written year is not guessable.
    if (year < 1800 || year > 2200 || !result.text.includes(String(year))) continue;
    // "17 de noviembre de 2023 - 14:05" is read as a range that ends at a time of the same day.
    const end = result.end;
    const sameDay = end?.isCertain('hour') && end.get('day') === start.get('day') && end.get('month') === start.get('month');
    const parts = partsOf(!start.isCertain('hour') && sameDay ? end! : start);
    found.push(withTimeAfter(text, parts, result.index, result.index + result.text.length));
  }
  return found;
}

// A day, month and two-figure year, with its time after it, as Israeli and some European pages print a date line:
// "24.06.25, 09:41", "פורסם: 24.06.25, 09:41". Only with the time, which tells it from a figure or a version.
const SHORT_YEAR_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])(?=,?\s+\d{1,2}:\d{2})/gu;

/** Dates written with a year of two figures (20xx), in text that has no year of four. */
function shortYearDates(text: string): FoundDate[] {
  if (!text.includes('.')) return [];
  const found: FoundDate[] = [];
  for (const match of text.matchAll(SHORT_YEAR_DATE)) {
    const [whole, day, month, year] = match;
    const parts = { year: 2000 + Number(year), month: Number(month), day: Number(day) };
    if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31) continue;
    found.push(withTimeAfter(text, parts, match.index, match.index + whole.length));
  }
  return found;
}

function namedMonthDates(reader: NamedMonthReader, text: string): FoundDate[] {
  return reader
    .find(text)
    .filter(({ year }) => year >= 1800 && year <= 2200)
    .map(({ start, end, ...parts }) => withTimeAfter(text, parts, start, end));
}

// The zones pages print beside a time.
const TIME_ZONES = `${ZONES}|ET`;

// What may stand beside the date on a date line: labels (date-labels.ts), times, zones, weekdays and the
// little words between them ("Published on", "Mis à jour le … à 20h13", "Publicerad … kl. 14.05", "(GMT+7)").
const DATE_LINE_WORDS = [
  '[\\s,.|·•–—:/()-]+',
  '\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?',
  // A time of four figures before its zone, as CNN prints it: "Updated 0203 GMT (1003 HKT)".
  `\\d{4}(?=\\s*(?:${TIME_ZONES})(?!\\p{L}))`,
  '(?:GMT|UTC)\\s?[+-]\\d{1,2}(?::?\\d{2})?',
  // An update given as a time ago: "Atualizado há 2 horas", "updated 3 hours ago".
  '(?:há|hace|vor|il y a)\\s+\\d+\\s+\\p{L}+|\\d+\\s+\\p{L}+\\s+ago',
  `(?<!\\p{L})(?:${[
    TIME_ZONES, ...PUBLISHED_LABELS, ...UPDATED_LABELS, ...LABEL_LINKS,
    'à', 'um', 'Uhr', 'de', 'a las', 'às', 'alle', 'ore', 'om', 'kl', 'klo', 'kello', 'saat', 'godz', 'г', 'года', 'року',
    'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  ].join('|')})(?!\\p{L})`,
  // The labels of Chinese and Japanese date lines: updated, published, time, source, author, editor.
  '(?:更新日?|公開日?|发布时间|發佈時間|发布|發佈|时间|時間|日時|来源|來源|作者|责任编辑|責任編輯|：)+',
  // The same day in another era, in brackets after it: "（民國114年2月12日）", "（令和7年3月5日）".
  '[（(](?:民國|民国|令和|平成|昭和)\\d{1,3}年(?:\\d{1,2}月\\d{1,2}日)?[）)]',
  // A later time it was updated, in brackets: "（10/21 17:10 更新）".
  '[（(]\\d{1,2}/\\d{1,2}\\s\\d{1,2}:\\d{2}\\s*(?:更新|更新日)[）)]',
  // Thai's weekday ("วันพุธที่"), "at" (เวลา) and "o'clock" (น.).
  'วัน[\\p{L}\\p{M}]{1,10}ที่|เวลา|น\\.',
];

/** DATE_LINE_WORDS with the weekdays of one language, as ICU names them ("Thứ Hai", "Pazartesi"). */
function dateLineWords(language: string | undefined): RegExp {
  const weekdays = language ? weekdayNames(language) : [];
  const words = weekdays.length > 0 ? [...DATE_LINE_WORDS, `(?<!\\p{L})(?:${weekdays.map(escapeRegExp).join('|')})(?!\\p{L})`] : DATE_LINE_WORDS;
  return new RegExp(words.join('|'), 'giu');
}

// An agency or outlet named beside the date, with its place: "AFP", "Le Monde", "みなと新聞", "Harbour Desk (Port Alder)":
// up to four words, each with a capital or in an uncased script.
const SOURCE_NAME = /^[\p{Lu}\p{Lo}][\p{L}\p{M}.&'’-]*(?:\s[\p{Lu}\p{Lo}][\p{L}\p{M}.&'’-]*){0,3}$/u;

// An outlet named by its address ("Kompas.com - 17/11/2025, 14:05 WIB"), whose dot would split it: one label and its domain.
const WEB_ADDRESS = /(?<![\p{L}\p{N}.-])[\p{L}\p{N}-]{1,63}\.(?:com|net|org|info|news|[a-z]{2})(?![\p{L}\p{N}])/giu;

function makeReader(language: string | undefined): DateReader {
  const own = localeParser(language);
  const named = !own && language ? namedMonthReader(language) : undefined;
  const key = own || named ? `${language}\u0000` : '';
  const lineWords = dateLineWords(language);
  let weekdays: Set<string> | undefined;
  const findDates = (written: string): readonly FoundDate[] => {
    // Only a written year 1800–2200 (or a Thai or Persian one) is kept: text without one skips the parsers.
    if (!MAYBE_YEAR.test(written) && !OTHER_DIGIT.test(written) && !named?.otherEra) return shortYearDates(written);
    let found = knownDates.get(key + written);
    if (!found) {
      const ascii = asciiDigits(written).replace(DOTTED_DATE, ' ');
      if (!MAYBE_YEAR.test(ascii) && !named?.otherEra) return [];
      const spaces = [...ascii.matchAll(SPACED)].map((match) => match.index);
      const digits = spaces.length > 0 ? ascii.replace(SPACED, '') : ascii;
      // "November 17, 20255:05 AM ET", "11/17/2025November 17, 2025": a copy runs the time or the next date into the
      // year; read with a space between, at the old positions.
      const glued = [...digits.matchAll(GLUED)].map((match) => match.index);
      const text = glued.reduceRight((spaced, at) => `${spaced.slice(0, at)} ${spaced.slice(at)}`, digits);
      const inOwnWords = own ? parseDates(own, text) : named ? namedMonthDates(named, text) : [];
      const dates = inOwnWords.length > 0 ? inOwnWords : parseDates(GB, text);
      // The k-th space stands at its old position + k.
      const unglued = (position: number) => position - glued.filter((at, k) => at + k < position).length;
      // The k-th space taken out stood at its new position + k.
      const unspaced = (position: number) => position + spaces.filter((at, k) => at - k < position).length;
      const back = (position: number) => unspaced(unglued(position));
      found = Object.freeze(glued.length + spaces.length > 0 ? dates.map((date) => ({ ...date, start: back(date.start), end: back(date.end) })) : dates);
      knownDates.set(key + written, found);
    }
    return found;
  };
  return {
    findDates,
    dateOfDateLine(line) {
      const dates = findDates(line);
      const [first] = dates;
      if (!first) return undefined;
      // Every date out ("AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)"), then the words around dates.
      let rest = '';
      let from = 0;
      for (const date of dates) {
        rest += `${line.slice(from, date.start)} `;
        from = date.end;
      }
      rest = `${rest}${line.slice(from)}`.replace(WEB_ADDRESS, 'Site').replace(lineWords, ' ').trim();
      return rest.length <= 3 || SOURCE_NAME.test(rest) ? first : undefined;
    },
    dayWithoutYear(text, today) {
      const year = Number(today.slice(0, 4));
      const latest = (month: number, day: number) => {
        const monthDay = `${pad(month)}-${pad(day)}`;
        return `${year}-${monthDay}` <= today ? `${year}-${monthDay}` : `${pad(year - 1, 4)}-${monthDay}`;
      };
      // "Dec 14", "March 26": chrono-node reads a day after an English month as its year ("Dec 14" = December 2014).
      const english = ENGLISH_MONTH_DAY.exec(text);
      if (english?.[1] && english[2] && Number(english[2]) >= 1 && Number(english[2]) <= 31) return latest(MONTHS.indexOf(english[1].slice(0, 3).toLowerCase()) + 1, Number(english[2]));
      const monthDay = named?.dayAndMonth(text);
      if (monthDay) return latest(monthDay.month, monthDay.day);
      for (const parser of own ? [own, GB] : [GB]) {
        const [result] = parser.parse(text, new Date(`${today}T12:00:00Z`), { forwardDate: false });
        if (!result || !result.start.isCertain('month') || !result.start.isCertain('day')) continue;
        return latest(result.start.get('month') ?? 1, result.start.get('day') ?? 1);
      }
      return undefined;
    },
    isWeekday(text) {
      weekdays ??= new Set([...weekdayNames(language ?? 'en'), ...weekdayNames('en')].map((name) => name.toLowerCase()));
      return weekdays.has(text.trim().replace(/[,.]$/u, '').toLowerCase());
    },
    dateAtEnd(line) {
      const dates = findDates(line);
      const last = dates[dates.length - 1];
      if (!last) return undefined;
      return /^[\s.,)]*$/.test(line.slice(last.end)) ? last : undefined;
    },
  };
}

const readers = new Map<string, DateReader>();

/** The date reader of a language (BCP 47); English when the language is unknown. */
export function dateReader(language?: string): DateReader {
  const code = language?.toLowerCase().split('-')[0] || 'en';
  let reader = readers.get(code);
  if (!reader) {
    reader = makeReader(code === 'en' ? undefined : code);
    readers.set(code, reader);
  }
  return reader;
}

/** Dates in English text: see DateReader. */
export const { findDates, dateOfDateLine, dateAtEnd } = dateReader();
