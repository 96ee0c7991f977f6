import { dateReader, type DateReader } from './find-date.ts';

/** A wire-style dateline at the start of the first paragraph. */
export interface Dateline {
  /** The place, in title case: "BAMAKO" → "Bamako". */
  location: string;
  /** The date, when the dateline gives a full one with the year. */
  date?: string;
}

const DATELINE = /^([\p{Lu}][\p{Lu}.'’ -]{1,40}?(?:,\s*[\p{Lu}][\p{L}.'’ -]{1,30}?)?)\s*,?\s*([A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?\s*(?:\((?:Reuters|AP|AFP|Reuter|Xinhua|dpa)\)\s*)?[-–—]{1,2}\s/u;

const titleCase = (text: string) =>
  text.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

/** Finds "BAMAKO, Nov 12, 2025 (Reuters) - …" and similar at a paragraph's start. */
export function findDateline(paragraph: string, dates: DateReader = dateReader()): Dateline | undefined {
  const match = DATELINE.exec(paragraph);
  if (!match?.[1]) return undefined;
  const place = match[1].trim();
  // A dateline's place is upper case; "The US - and others" is not a dateline.
  const [city, ...rest] = place.split(',');
  if (!city || city !== city.toUpperCase() || !/\p{Lu}{2}/u.test(city)) return undefined;
  const location = [titleCase(city.trim()), ...rest.map((part) => part.trim())].join(', ');
  const date = match[2] ? dates.findDates(match[2])[0]?.iso : undefined;
  return date ? { location, date } : { location };
}

/** A paragraph without its dateline, for text analysis that would misread "DAR ES SALAAM". */
export function withoutDateline(paragraph: string): string {
  const match = DATELINE.exec(paragraph);
  return match && findDateline(paragraph) ? paragraph.slice(match[0].length) : paragraph;
}
