import { isWrittenAsDay } from './schema.ts';

/**
 * The calendar day (`YYYY-MM-DD`) an article belongs to in the site's time
 * zone. A date without a time is that day wherever the build runs; a
 * date-time is converted, so TZ of the build machine never moves an article.
 */
export function articleDay(date: string, timeZone: string): string {
  if (isWrittenAsDay(date)) return date;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(date));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Milliseconds since the epoch for sorting; a date without a time counts as its noon UTC. */
export function articleTime(date: string): number {
  return Date.parse(isWrittenAsDay(date) ? `${date}T12:00:00Z` : date);
}
