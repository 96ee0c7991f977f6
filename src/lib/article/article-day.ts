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

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A wall-clock time the text gave without its zone ("14:05"), as the time
 * it is in the site's time zone: "2025-11-17T14:05:00" in Europe/Paris is
 * "2025-11-17T14:05:00+01:00". Days and times with a zone are returned as they are.
 */
export function inTimeZone(date: string, timeZone: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/.test(date)) return date;
  const wall = Date.parse(`${date}Z`);
  // The offset at the instant the wall time names, found as publishedTime finds midnight's.
  const offset = zoneOffset(wall - zoneOffset(wall, timeZone), timeZone);
  if (offset === 0) return `${date}Z`;
  const minutes = Math.abs(offset) / 60_000;
  return `${date}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Milliseconds since the epoch for sorting; a date without a time counts as its noon UTC. */
export function articleTime(date: string): number {
  return Date.parse(isWrittenAsDay(date) ? `${date}T12:00:00Z` : date);
}
