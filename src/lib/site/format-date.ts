import { BoundedCache, remembered } from '../cache/bounded-cache.ts';

/** Formats dates for readers in the site's language and time zone. */
export interface DateFormatter {
  /** "Wednesday 12 November 2025" for a day `YYYY-MM-DD`. */
  longDay(day: string): string;
  /** "12 Nov 2025". */
  shortDay(day: string): string;
  /** "14:05" for a date-time; undefined for a date without a time. */
  time(date: string): string | undefined;
  /** "November 2025" for a month `YYYY-MM`. */
  month(month: string): string;
}

// Intl formatters are slow to make and pages ask for the same one thousands of times.
const formatters = new BoundedCache<string, DateFormatter>(100);

/** A formatter for `language` that shows times in `timeZone` (made once per pair). */
export function dateFormatter(language: string, timeZone: string): DateFormatter {
  const key = `${language} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = makeDateFormatter(language, timeZone);
    formatters.set(key, formatter);
  }
  return formatter;
}

function makeDateFormatter(language: string, timeZone: string): DateFormatter {
  // Days are calendar days already in the site's zone, so format them as UTC.
  const asUtcNoon = (day: string) => new Date(`${day}T12:00:00Z`);
  const long = new Intl.DateTimeFormat(language, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const short = new Intl.DateTimeFormat(language, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
  const month = new Intl.DateTimeFormat(language, { timeZone: 'UTC', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(language, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return {
    longDay: remembered((day) => long.format(asUtcNoon(day))),
    shortDay: remembered((day) => short.format(asUtcNoon(day))),
    time: (date) => (date.includes('T') ? time.format(new Date(date)) : undefined),
    month: remembered((value) => month.format(asUtcNoon(`${value}-15`))),
  };
}
