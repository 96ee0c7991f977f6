/**
 * The front matter of an article file, declared once. The collection's
 * loader (`src/astro/article-loader.ts`) checks every file against it, the ingest's
 * writer takes its key order from it, and the search indexer reads files
 * with it. Zod from `zod` itself (the same package Astro re-exports), so
 * that nothing here depends on Astro.
 */
import { z } from 'zod';

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a string is written `YYYY-MM-DD` (a day without a time). */
export const isWrittenAsDay = (value: string): boolean => CALENDAR_DAY.test(value);

/** Whether `YYYY-MM-DD` at the start of a string names a real day (no 30 February). */
const isRealDay = (value: string): boolean => {
  const day = value.slice(0, 10);
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
};

/** A real calendar day written `YYYY-MM-DD`, as `--date` takes it. */
export const calendarDay = z.string().regex(CALENDAR_DAY).refine(isRealDay);

/** Whether a string is a real calendar day, `YYYY-MM-DD`: `calendarDay` without a schema's cost, for checks made per file per build. */
export const isCalendarDay = (value: string): boolean => CALENDAR_DAY.test(value) && isRealDay(value);

// A calendar date or a date-time with a zone, as the ingest writes them.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/, 'must be an ISO 8601 date, written YYYY-MM-DD, or a date-time with a zone such as 2025-11-12T14:05:00Z')
  .refine((value) => isRealDay(value) && !Number.isNaN(Date.parse(value)), 'is not a real calendar date (check the day and month, e.g. no 30 February)');

const names = z.array(z.string().trim().min(1)).default([]);

/** Where an article's date came from, in order of trust. */
export const DATE_SOURCES = ['published', 'dateline', 'caption', 'option', 'ingest'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

/** The front matter, in the order the ingest writes its keys. */
export const articleSchema = z.object({
  /** Headline, white space normalised, as the file gives it. */
  title: z.string({ error: 'is missing: every article needs a headline' }).trim().min(1, 'must not be empty'),
  /** The headline as pages show it, when not as written: an all-capitals wire headline in sentence case. */
  displayTitle: z.string().trim().min(1, 'must not be empty').optional(),
  /** Publication date. */
  date: isoDate,
  /** Where the date came from. */
  dateSource: z.enum(DATE_SOURCES),
  /** When a correction replaced the first version: the time the ingest read it. */
  updated: isoDate.optional(),
  /** The article's language (BCP 47), when the ingest could tell; else the site's. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as en, fr or zh-Hant').optional(),
  /** The lede in plain text, for lists, feeds and the meta description. */
  summary: z.string().trim().min(1, 'must not be empty'),
  /** The standfirst a saved page printed under its headline. */
  standfirst: z.string().trim().min(1, 'must not be empty').optional(),
  /** Author, with their role when the file gave one. */
  byline: z.string().optional(),
  /** Place named in the caption or dateline. */
  location: z.string().optional(),
  /** Photo caption. */
  caption: z.string().optional(),
  /** Photo credit. */
  credit: z.string().optional(),
  /** From the file's tag lists and folder, plus derived topics. */
  tags: names,
  /** Named entities found in the text. */
  places: names,
  people: names,
  organisations: names,
  /** The input file's name and the SHA-256 of its bytes. */
  source: z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex') }),
  /** Hash the ingest uses to tell its own output from hand edits (see checksum.ts). */
  checksum: z.string().optional(),
});

/** The front matter of one article file, as the collection reads it. */
export type ArticleFrontMatter = z.output<typeof articleSchema>;

/** The keys the ingest writes, in order; the checksum line is added after them (see checksum.ts). */
export const FRONT_MATTER_KEYS = Object.keys(articleSchema.shape).filter((key) => key !== 'checksum') as Exclude<keyof ArticleFrontMatter, 'checksum'>[];
