import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articleLoader } from './astro/article-loader.ts';
import { siteConfig } from './site.config.ts';

// A calendar date or a date-time with a zone, as the ingest writes them.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/, 'must be an ISO 8601 date, written YYYY-MM-DD, or a date-time with a zone such as 2025-11-12T14:05:00Z')
  .refine((value) => {
    const day = value.slice(0, 10);
    const parsed = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day && !Number.isNaN(Date.parse(value));
  }, 'is not a real calendar date (check the day and month, e.g. no 30 February)');

const names = z.array(z.string().trim().min(1)).default([]);

const articles = defineCollection({
  // Ids (and so URLs) come from articleIdOfFile, which the search indexer uses too.
  loader: articleLoader(siteConfig.contentDir),
  schema: z.object({
    /** Headline, white space normalised. */
    title: z.string({ error: 'is missing: every article needs a headline' }).trim().min(1, 'must not be empty'),
    /** Publication date. */
    date: isoDate,
    /** Where the date came from. */
    dateSource: z.enum(['published', 'dateline', 'caption', 'option', 'ingest']),
    /** The lede in plain text, for lists, feeds and the meta description. */
    summary: z.string().trim().min(1, 'must not be empty'),
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
    /** Hash the ingest uses to tell its own output from hand edits. */
    checksum: z.string().optional(),
  }),
});

export const collections = { articles };
