import { BoundedCache } from '../cache/bounded-cache.ts';
import { isWrittenAsDay } from './schema.ts';

/**
 * The calendar day (`YYYY-MM-DD`) an article belongs to in the site's time
 * zone. A date without a time is that day wherever the build runs; a
 * date-time is converted, so TZ of the build machine never moves an article.
 */
export function articleDay(date: string, timeZone: string): string {
  if (isWrittenAsDay(date)) return date;
  let calendar = zoneCalendars.get(timeZone);
  if (!calendar) {
    calendar = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    zoneCalendars.set(timeZone, calendar);
  }
  const parts = calendar.formatToParts(new Date(date));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

// One formatter of each kind per time zone: slow to make, asked for once per article.
const zoneCalendars = new BoundedCache<string, Intl.DateTimeFormat>(100);
const zoneClocks = new BoundedCache<string, Intl.DateTimeFormat>(100);

/** How far ahead of UTC the clocks of `timeZone` are at `instant`, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  let clock = zoneClocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    zoneClocks.set(timeZone, clock);
  }
  const part = Object.fromEntries(clock.formatToParts(instant).map(({ type, value }) => [type, Number(value)]));
  return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!) - Math.floor(instant / 1000) * 1000;
}

/**
 * When an article was published, in milliseconds since the epoch, for
 * feeds: its time when the date has one; for a date without a time, the
 * start of that day in the site's time zone, which is never later than the
 * day's own articles, nor in the future while the day is today.
 */
export function publishedTime(date: string, timeZone: string): number {
  if (!isWrittenAsDay(date)) return Date.parse(date);
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  const guess = midnightUtc - zoneOffset(midnightUtc, timeZone);
  return midnightUtc - zoneOffset(guess, timeZone);
}

/** Milliseconds since the epoch for sorting; a date without a time counts as its noon UTC. */
export function articleTime(date: string): number {
  return Date.parse(isWrittenAsDay(date) ? `${date}T12:00:00Z` : date);
}
