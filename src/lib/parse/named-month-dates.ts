// Dates in languages chrono-node has no parser for (Arabic, Hebrew, Turkish,
// Polish, Czech, Korean, Hindi, Thai…). Node ships full ICU, which knows how
// every one of them writes a date: its month names in the form a date uses
// (Polish "17 listopada 2023", not the dictionary's "listopad") and the order
// of day, month and year ("2023년 11월 17일"). The reader is built from that,
// so no month names are written out here.

/** A calendar date read from a day, a month name and a year, where it is in the text. */
export interface NamedMonthDate {
  year: number;
  month: number;
  day: number;
  start: number;
  end: number;
}

export interface NamedMonthReader {
  find(text: string): NamedMonthDate[];
}

// Arabic pages write the months two ways: "نوفمبر" in Egypt and the Gulf, "تشرين الثاني" in the Levant and Iraq.
const ALSO_WRITTEN_AS: Readonly<Record<string, readonly string[]>> = { ar: ['ar-SY'] };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A literal between date parts ("년 ", ". ", " ב"): its spaces and punctuation may vary, its letters may be left out.
function literalPattern(literal: string): string {
  const letters = literal.replace(/[\s.,،]+/gu, '');
  return letters ? `[\\s.,،]*(?:${escape(letters)})?[\\s.,،]*` : '[\\s.,،]+';
}

function monthNames(locale: string): string[][] {
  const names: string[][] = Array.from({ length: 12 }, () => []);
  for (const month of ['long', 'short'] as const) {
    const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month, timeZone: 'UTC' });
    const alone = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
    for (let index = 0; index < 12; index++) {
      const date = new Date(Date.UTC(2023, index, 17));
      const inDateName = inDate.formatToParts(date).find((part) => part.type === 'month')?.value;
      for (const name of [inDateName, alone.format(date)]) {
        // A short name ICU gives as a bare number ("11") is no name; "11." (Czech) is one.
        if (name && !/^\d+$/.test(name) && !names[index]!.includes(name)) names[index]!.push(name);
      }
    }
  }
  return names;
}

function weekdayNames(locale: string): string[] {
  const names = new Set<string>();
  for (const weekday of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
    // 1–7 January 2023 run from Sunday to Saturday.
    for (let day = 1; day <= 7; day++) names.add(format.format(new Date(Date.UTC(2023, 0, day))));
  }
  return [...names].sort((a, b) => b.length - a.length);
}

function makeNamedMonthReader(language: string): NamedMonthReader | undefined {
  let locale: string;
  try {
    [locale] = Intl.getCanonicalLocales(language) as [string];
  } catch {
    return undefined;
  }
  const calendar = new Intl.DateTimeFormat(locale).resolvedOptions().calendar;
  // A calendar that only counts years differently (Thai: 2566 = 2023) is read; a lunar or solar Hijri one is not:
  // then only dates written in the Gregorian calendar are read.
  const yearOffset = calendar === 'buddhist' ? 543 : 0;
  if (calendar !== 'gregory' && calendar !== 'buddhist') locale = `${locale}-u-ca-gregory`;
  const byName = new Map<string, number>();
  for (const variant of [locale, ...(ALSO_WRITTEN_AS[language] ?? [])]) {
    monthNames(variant).forEach((names, index) => {
      for (const name of names) {
        byName.set(name.toLowerCase(), index + 1);
        // "nov." is also written "nov".
        if (name.endsWith('.')) byName.set(name.slice(0, -1).toLowerCase(), index + 1);
      }
    });
  }
  const sample = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2023, 10, 17)));
  const order: Array<'day' | 'month' | 'year'> = [];
  let pattern = '';
  for (const part of sample) {
    if (part.type === 'day' || part.type === 'month' || part.type === 'year') {
      if (order.length > 0 && !pattern.endsWith('*')) pattern += '[\\s.,،]*';
      order.push(part.type);
      pattern += part.type === 'day' ? '(\\d{1,2})' : part.type === 'year' ? '(\\d{4})' : `(${[...byName.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
    } else if (order.length > 0 && order.length < 3) {
      pattern += literalPattern(part.value);
    } else if (order.length === 3 && /\p{L}/u.test(part.value)) {
      // A word after the last part ("17일") may be written or left out.
      pattern += `(?:\\s*${escape(part.value.trim())})?`;
      break;
    }
  }
  if (order.length !== 3) return undefined;
  // The weekday a page may print after the date, before its time ("17 Kasım 2025 Pazartesi 14:05").
  const weekday = `(?:[\\s,،]+(?:${weekdayNames(locale).map(escape).join('|')}))?`;
  const dates = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}${weekday}(?![\\p{L}\\p{N}])`, 'giu');
  return {
    find(text) {
      const found: NamedMonthDate[] = [];
      for (const match of text.matchAll(dates)) {
        const value = (type: 'day' | 'month' | 'year') => match[order.indexOf(type) + 1]!;
        const month = byName.get(value('month').toLowerCase());
        const day = Number(value('day'));
        const year = Number(value('year')) - (Number(value('year')) > 2200 ? yearOffset : 0);
        if (!month || day < 1 || day > 31) continue;
        found.push({ year, month, day, start: match.index, end: match.index + match[0].length });
      }
      return found;
    },
  };
}

const readers = new Map<string, NamedMonthReader | undefined>();

/** The reader of dates with month names in a language (BCP 47 primary tag); undefined when ICU cannot tell. */
export function namedMonthReader(language: string): NamedMonthReader | undefined {
  if (!readers.has(language)) readers.set(language, makeNamedMonthReader(language));
  return readers.get(language);
}
