// Only the English parsers: the whole package loads a dozen locales, and
// every ingest worker loads it.
import type { ParsedComponents } from 'chrono-node';
import { GB } from 'chrono-node/en';
import { BoundedCache } from '../cache/bounded-cache.ts';

/** A calendar date, or a date and time, in ISO 8601. */
export interface FoundDate {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ssZ`/`±hh:mm` when the text gives a time. */
  iso: string;
  /** Where in the text the date starts and ends. */
  start: number;
  end: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function toIso(component: ParsedComponents): string {
  const day = `${pad(component.get('year') ?? 0, 4)}-${pad(component.get('month') ?? 1)}-${pad(component.get('day') ?? 1)}`;
  if (!component.isCertain('hour')) return day;
  const time = `${pad(component.get('hour') ?? 0)}:${pad(component.get('minute') ?? 0)}:00`;
  const offset = component.get('timezoneOffset');
  if (offset === null || offset === undefined || !component.isCertain('timezoneOffset')) return `${day}T${time}Z`;
  if (offset === 0) return `${day}T${time}Z`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${day}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const MAYBE_YEAR = /(?:1[89]|2[0-2])\d\d/;

/**
 * Finds complete calendar dates (day, month and year all written out) in
 * text, such as "12 November, 2025", "November 12, 2025" or "2025-11-12".
 * Relative words ("yesterday") and dates without a year are ignored, since
 * guessing the year would put an article on the wrong day.
 */
export function findDates(text: string): readonly FoundDate[] {
  // Only a written year 1800–2200 is kept below: text without one skips the parser.
  if (!MAYBE_YEAR.test(text)) return [];
  let found = knownDates.get(text);
  if (!found) {
    found = Object.freeze(parseDates(text));
    knownDates.set(text, found);
  }
  return found;
}

// The same lines recur (a caption is read as a header line and again for its
// place; wires repeat their date lines): each is parsed once. Bounded.
const knownDates = new BoundedCache<string, readonly FoundDate[]>(10_000);

function parseDates(text: string): FoundDate[] {
  const results = GB.parse(text, new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  const found: FoundDate[] = [];
  for (const result of results) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const year = start.get('year') ?? 0;
    // A relative word ("yesterday") is reported as certain too; a written year is not guessable.
    if (year < 1800 || year > 2200 || !result.text.includes(String(year))) continue;
    found.push({ iso: toIso(start), start: result.index, end: result.index + result.text.length });
  }
  return found;
}

/** The date that takes up (nearly) the whole line, as in a "Published" block. */
export function dateOfDateLine(line: string): FoundDate | undefined {
  const [first] = findDates(line);
  if (!first) return undefined;
  const rest = (line.slice(0, first.start) + line.slice(first.end)).replace(/[\s,.|·•–—-]+|\b(?:GMT|UTC|BST|on|at|Published|Updated)\b/gi, '');
  return rest.length <= 3 ? first : undefined;
}

/** The date a line ends with, as in a photo caption "…, Bamako, 12 November, 2025". */
export function dateAtEnd(line: string): FoundDate | undefined {
  const dates = findDates(line);
  const last = dates[dates.length - 1];
  if (!last) return undefined;
  return /^[\s.,)]*$/.test(line.slice(last.end)) ? last : undefined;
}
