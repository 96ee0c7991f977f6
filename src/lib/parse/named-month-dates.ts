// Dates in languages chrono-node has no parser for (Arabic, Hebrew, Turkish,
// Polish, Czech, Korean, Hindi, Thai…). Node ships full ICU, which knows how
// every one of them writes a date: its month names in the form a date uses
// (Polish "17 listopada 2023", not the dictionary's "listopad") and the order
// of day, month and year ("2023년 11월 17일"), and the calendar it counts in
// (Persian pages date "۲۶ آبان ۱۴۰۴" in the Solar Hijri one). The reader is
// built from that, so no month names are written out here.

/** A calendar date read from a day, a month name and a year, where it is in the text. */
export interface NamedMonthDate {
  year: number;
  month: number;
  day: number;
  start: number;
  end: number;
}

export interface NamedMonthReader {
  /** The dates in a text, in the Gregorian calendar whatever calendar the text counts in. */
  find(text: string): NamedMonthDate[];
  /** Whether the language counts years in another era (Thai 2566, Persian 1404), so a year need not look Gregorian. */
  otherEra: boolean;
  /** The Gregorian month and day of a date written without its year ("17. novembra", "17 ноември"), as datelines give it. */
  dayAndMonth(text: string): { month: number; day: number } | undefined;
}

// Arabic pages write the months two ways: "نوفمبر" in Egypt and the Gulf, "تشرين الثاني" in the Levant and Iraq.
const ALSO_WRITTEN_AS: Readonly<Record<string, readonly string[]>> = { ar: ['ar-SY'] };

// Calendars a language's pages date in beside the one ICU gives it: Arabic pages print the Hijri date
// ("26 جمادى الأولى 1447 هـ") next to the Gregorian one, or alone.
const ALSO_COUNTED_IN: Readonly<Record<string, readonly string[]>> = { ar: ['islamic-umalqura'] };

/** A text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A literal between date parts ("년 ", ". ", " ב"): its spaces and punctuation may vary, its letters may be left out.
function literalPattern(literal: string): string {
  const letters = literal.replace(/[\s.,،]+/gu, '');
  return letters ? `[\\s.,،]*(?:${escapeRegExp(letters)})?[\\s.,،]*` : '[\\s.,،]+';
}

/** The weekdays of a language as ICU writes them, long and short, longest first; none for a tag ICU rejects. */
export function weekdayNames(locale: string): string[] {
  const names = new Set<string>();
  try {
    for (const weekday of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
      // 1–7 January 2023 run from Sunday to Saturday.
      for (let day = 1; day <= 7; day++) names.add(format.format(new Date(Date.UTC(2023, 0, day))));
    }
  } catch {
    return [];
  }
  return [...names].sort((a, b) => b.length - a.length);
}

// A day of every month of a year of any calendar: every eleventh day from 1 January 2023 for 400 days.
const DAYS_OF_A_YEAR = Array.from({ length: 37 }, (_, step) => new Date(Date.UTC(2023, 0, 1 + 11 * step)));

type DateNumbers = { year: number; month: number; day: number };
const calendarFormats = new Map<string, (date: Date) => DateNumbers>();

/** The numbers of a date in a calendar ("persian": 1404-08-26), read from ICU. */
function calendarParts(calendar: string): (date: Date) => DateNumbers {
  let partsOf = calendarFormats.get(calendar);
  if (partsOf) return partsOf;
  const format = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  partsOf = (date) => {
    const parts = format.formatToParts(date);
    const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
    return { year: value('year'), month: value('month'), day: value('day') };
  };
  calendarFormats.set(calendar, partsOf);
  return partsOf;
}

/** The names of each month (by its number in the locale's calendar), in the form a date uses and standing alone. */
function monthNames(locale: string, calendar: string): Map<string, number> {
  const byName = new Map<string, number>();
  const partsOf = calendarParts(calendar);
  for (const month of ['long', 'short'] as const) {
    const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month, timeZone: 'UTC' });
    const alone = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
    for (const date of DAYS_OF_A_YEAR) {
      const number = partsOf(date).month;
      const inDateName = inDate.formatToParts(date).find((part) => part.type === 'month')?.value;
      for (const name of [inDateName, alone.format(date)]) {
        // A short name ICU gives as a bare number ("11") is no name; "11." (Czech) is one.
        if (!name || /^\p{Nd}+$/u.test(name)) continue;
        byName.set(name.toLowerCase(), number);
        // "nov." is also written "nov".
        if (name.endsWith('.')) byName.set(name.slice(0, -1).toLowerCase(), number);
      }
    }
  }
  return byName;
}

const DAY = 86_400_000;

/**
 * The Gregorian date of a date in another calendar, found by asking ICU:
 * a guess from the calendar's mean year, corrected until ICU gives back the
 * same date. Undefined for a date the calendar does not have.
 */
function toGregorian(calendar: string, year: number, month: number, day: number): DateNumbers | undefined {
  const partsOf = calendarParts(calendar);
  const start = Date.UTC(2000, 0, 1);
  const [from, to] = [partsOf(new Date(start)), partsOf(new Date(Date.UTC(2100, 0, 1)))];
  const yearLength = 36_525 / (to.year - from.year);
  const daysFrom = (parts: DateNumbers) => (year - parts.year) * yearLength + ((month - parts.month) * yearLength) / 12 + (day - parts.day);
  let time = start + Math.round(daysFrom(from)) * DAY;
  for (let tries = 0; tries < 8; tries++) {
    const parts = partsOf(new Date(time));
    const off = Math.round(daysFrom(parts));
    if (off === 0) {
      if (parts.year !== year || parts.month !== month || parts.day !== day) return undefined;
      const date = new Date(time);
      return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    }
    time += off * DAY;
  }
  return undefined;
}

/** The names of the present era in a locale and calendar as ICU writes them after a year ("م", "هـ"), longest first. */
function eraNames(locale: string): string[] {
  const names = new Set<string>();
  for (const era of ['long', 'short', 'narrow'] as const) {
    const parts = new Intl.DateTimeFormat(locale, { era, year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2023, 10, 17)));
    const yearAt = parts.findIndex((part) => part.type === 'year');
    const name = parts.findIndex((part) => part.type === 'era');
    if (name > yearAt) names.add(parts[name]!.value.trim());
  }
  return [...names].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** One calendar's dates in one locale: the pattern, and the order of its day, month and year. */
interface CalendarDates {
  calendar: string;
  byName: Map<string, number>;
  order: Array<'day' | 'month' | 'year'>;
  dates: RegExp;
}

function calendarDates(locale: string, calendar: string, alsoWrittenAs: readonly string[]): CalendarDates | undefined {
  const withCalendar = (tag: string) => `${tag}-u-ca-${calendar}`;
  const byName = new Map<string, number>();
  for (const variant of [locale, ...alsoWrittenAs]) for (const [name, number] of monthNames(withCalendar(variant), calendar)) byName.set(name, number);
  const sample = new Intl.DateTimeFormat(withCalendar(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2023, 10, 17)));
  const order: Array<'day' | 'month' | 'year'> = [];
  let pattern = '';
  for (const part of sample) {
    if (part.type === 'day' || part.type === 'month' || part.type === 'year') {
      if (order.length > 0 && !pattern.endsWith('*')) pattern += '[\\s.,،]*';
      order.push(part.type);
      pattern += part.type === 'day' ? '(\\d{1,2})' : part.type === 'year' ? '(\\d{4})' : `(${[...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
    } else if (order.length > 0 && order.length < 3) {
      pattern += literalPattern(part.value);
    } else if (order.length === 3 && /\p{L}/u.test(part.value)) {
      // A word after the last part ("17일") may be written or left out.
      pattern += `(?:\\s*${escapeRegExp(part.value.trim())})?`;
      break;
    }
  }
  if (order.length !== 3) return undefined;
  // The era a year may carry, spaced or not ("2025م", "1447 هـ", "2025 M").
  const eras = eraNames(withCalendar(locale));
  if (eras.length > 0 && order.at(-1) === 'year') pattern += `(?:\\s*(?:${eras.map(escapeRegExp).join('|')}))?`;
  // The weekday a page may print after the date, before its time ("17 Kasım 2025 Pazartesi 14:05").
  const weekday = `(?:[\\s,،]+(?:${weekdayNames(locale).map(escapeRegExp).join('|')}))?`;
  return { calendar, byName, order, dates: new RegExp(`(?<![\\p{L}\\p{N}])${pattern}${weekday}(?![\\p{L}\\p{N}])`, 'giu') };
}

function makeNamedMonthReader(language: string): NamedMonthReader | undefined {
  let locale: string;
  try {
    [locale] = Intl.getCanonicalLocales(language) as [string];
  } catch {
    return undefined;
  }
  // Dates in the Gregorian calendar, and in the language's own when it counts in another (Persian: Solar Hijri).
  // Thai counts Gregorian years from another era (2566 = 2023).
  const own = new Intl.DateTimeFormat(locale).resolvedOptions().calendar;
  const yearOffset = own === 'buddhist' ? 543 : 0;
  const calendars = [...new Set(['gregory', own === 'buddhist' ? 'gregory' : own, ...(ALSO_COUNTED_IN[language] ?? [])])]
    .map((calendar) => calendarDates(locale, calendar, ALSO_WRITTEN_AS[language] ?? []))
    .filter((dates) => dates !== undefined);
  if (calendars.length === 0) return undefined;
  // Pages whose software writes dates in English order, in the language's words: "Ekim 08, 2025", "Agosti 16, 2025".
  const gregorian = calendars.find(({ calendar }) => calendar === 'gregory');
  if (gregorian && gregorian.order[0] === 'day') {
    const names = [...gregorian.byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    calendars.push({ ...gregorian, order: ['month', 'day', 'year'], dates: new RegExp(`(?<![\\p{L}\\p{N}])(${names})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?![\\p{L}\\p{N}])`, 'giu') });
  }
  return {
    otherEra: calendars.some(({ calendar }) => calendar !== 'gregory') || yearOffset > 0,
    find(text) {
      const found: NamedMonthDate[] = [];
      for (const { calendar, byName, order, dates } of calendars) {
        for (const match of text.matchAll(dates)) {
          const value = (type: 'day' | 'month' | 'year') => match[order.indexOf(type) + 1]!;
          const month = byName.get(value('month').toLowerCase());
          const day = Number(value('day'));
          const written = Number(value('year'));
          if (!month || day < 1 || day > 31) continue;
          const date = calendar === 'gregory' ? { year: written - (written > 2200 ? yearOffset : 0), month, day } : toGregorian(calendar, written, month, day);
          if (date) found.push({ ...date, start: match.index, end: match.index + match[0].length });
        }
      }
      return found.sort((a, b) => a.start - b.start);
    },
    dayAndMonth(text) {
      // Read as if a leap year were written where the language writes it.
      const gregorian = calendars.find(({ calendar }) => calendar === 'gregory');
      if (!gregorian) return undefined;
      const [date] = this.find(gregorian.order[0] === 'year' ? `2000 ${text}` : `${text.replace(/[\s.,]+$/u, '')} 2000`);
      return date?.year === 2000 ? { month: date.month, day: date.day } : undefined;
    },
  };
}

const readers = new Map<string, NamedMonthReader | undefined>();

/** The reader of dates with month names in a language (BCP 47 primary tag); undefined when ICU cannot tell. */
export function namedMonthReader(language: string): NamedMonthReader | undefined {
  if (!readers.has(language)) readers.set(language, makeNamedMonthReader(language));
  return readers.get(language);
}
