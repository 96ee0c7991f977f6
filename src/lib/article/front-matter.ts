import type { ParsedArticle } from '../parse/parse-article.ts';
import type { ArticleFrontMatter } from './schema.ts';
import { sentenceCaseHeadline } from '../parse/sentence-case.ts';
import { deriveTopics } from '../entities/derive-topics.ts';
import type { Entities } from '../entities/find-entities.ts';
import { normaliseWhitespace } from '../parse/clean-text.ts';
import { inTimeZone } from './article-day.ts';
import { SENTENCE_END, isLabel, wordCount } from '../parse/prose.ts';
import { isListItem, LIST_ITEM_MARK } from '../parse/split-paragraphs.ts';

const withoutListMark = (paragraph: string) => (isListItem(paragraph) ? paragraph.slice(LIST_ITEM_MARK.length) : paragraph);

/** What the ingest knows of a file besides its text. */
export interface ArticleContext {
  /** Name of the input file, relative to the folder it was found in. */
  file: string;
  sha256: string;
  /** A category folder the file sat in ("business"), used as a tag. */
  folderTag?: string;
  /** Date for files that carry none (`--date`). */
  fallbackDate?: string;
  /** Today, in the site's time zone, for files with no date at all. */
  today: string;
  /** The site's time zone (IANA), in which a time the text gives without a zone is read; UTC when not given. */
  timeZone?: string;
  /** The site's language (BCP 47), for articles too short to tell their own. */
  siteLanguage?: string;
  /** When this file replaces an earlier version of itself (a correction): the time it was read. */
  updated?: string;
}

const SUMMARY_LIMIT = 320;
// Fewer words than this make no summary on their own.
const SHORT_LEDE_WORDS = 8;

// How far into the body the summary may be looked for, past captions and labels a page left at its top.
const SUMMARY_SEARCH = 4;

/**
 * The lede as a summary, cut at a sentence or word when long. A page's
 * lede is its first paragraph that is no label (a place, a date, a score
 * line a page left at the top), else its first; wire copy's is its first,
 * figures and all.
 */
export function summaryOf(paragraphs: readonly string[], form: ParsedArticle['form'] = 'page'): string {
  // An item of a list (a "Key points" box) is no lede; a body that is nothing but a list is summed up by its first item.
  const prose = form === 'page' ? paragraphs.filter((paragraph) => !isListItem(paragraph)).slice(0, SUMMARY_SEARCH) : [];
  const at = prose.findIndex((paragraph) => !isLabel(paragraph));
  const first = at >= 0 ? prose[at]! : withoutListMark(paragraphs[0] ?? '');
  // A lede of a few words set apart ("It took 41 years.") says too little alone: the next paragraph goes on with it.
  const next = at >= 0 ? prose[at + 1] : undefined;
  const lede = next && wordCount(first) < SHORT_LEDE_WORDS && SENTENCE_END.test(first) && !isLabel(next) ? `${first} ${next}` : first;
  if (lede.length <= SUMMARY_LIMIT) return lede;
  const head = lede.slice(0, SUMMARY_LIMIT);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  if (sentenceEnd > 120) return head.slice(0, sentenceEnd + 1);
  return `${head.slice(0, head.lastIndexOf(' ')).trimEnd()}…`;
}

/** Lower-case, single-spaced, unique tags in first-seen order. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = normaliseWhitespace(tag).toLowerCase().replace(/^#/, '');
    if (clean !== '' && clean.length <= 60) seen.add(clean);
  }
  return [...seen];
}

/** Turns a parsed article and the names found in it into the front matter the collection stores. */
export function articleFrontMatter(article: ParsedArticle, entities: Entities, context: ArticleContext, language?: string): ArticleFrontMatter {
  const date = article.date ?? (context.fallbackDate ? { iso: context.fallbackDate, source: 'option' as const } : { iso: context.today, source: 'ingest' as const });
  const zoned = (iso: string) => inTimeZone(iso, context.timeZone ?? 'UTC');
  const front: ArticleFrontMatter = {
    title: article.title,
    date: zoned(date.iso),
    dateSource: date.source,
    // The text's own "Updated" line, else the time a correction was ingested.
    ...(article.updated ? { updated: zoned(article.updated) } : context.updated ? { updated: context.updated } : {}),
    summary: summaryOf(article.lede ? [article.lede] : article.paragraphs, article.form),
    tags: normaliseTags([...article.tags, ...(context.folderTag ? [context.folderTag] : []), ...deriveTopics(article.paragraphs)]),
    places: entities.places,
    people: entities.people,
    organisations: entities.organisations,
    source: { file: context.file, sha256: context.sha256 },
  };
  const displayTitle = sentenceCaseHeadline(article.title, article.paragraphs);
  if (displayTitle && displayTitle !== article.title) front.displayTitle = displayTitle;
  const articleLanguage = language ?? context.siteLanguage;
  if (articleLanguage) front.language = articleLanguage;
  if (article.standfirst) front.standfirst = article.standfirst;
  // Korean writes a reporter's title after the name with a space ("김민지 기자"); other bylines take a comma.
  const separator = article.bylineRole && /^\p{Script=Hangul}+$/u.test(article.bylineRole) ? ' ' : ', ';
  // A wire's name repeated under its byline ("By: Port Alder Wire" / "Port Alder Wire") is said once.
  const role = article.bylineRole && article.bylineRole.toLowerCase() !== article.byline?.toLowerCase() ? article.bylineRole : undefined;
  if (article.byline) front.byline = role ? `${article.byline}${separator}${role}` : article.byline;
  if (article.location) front.location = article.location;
  if (article.caption) front.caption = article.caption;
  if (article.credit) front.credit = article.credit;
  return front;
}
