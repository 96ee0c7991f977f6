import { articleDay, articleTime, publishedTime } from '../article/article-day.ts';
import type { ArticleFrontMatter } from '../article/schema.ts';
import { readingMinutes } from './reading-time.ts';
import { remembered } from '../cache/bounded-cache.ts';
import { digestOf } from '../cache/digest.ts';
import { slugOf } from '../text/slug.ts';
import { routes } from './routes.ts';
import { TOPIC_KINDS, type TopicKind } from './topic-kinds.ts';

/** An article as the collection hands it over. */
export interface ArticleEntry {
  id: string;
  body?: string;
  data: ArticleFrontMatter;
  /** A digest of the article's file, which changes with its front matter or body. */
  digest?: string | number;
}


/** An article with what every page needs of it worked out once. */
export interface Article extends ArticleEntry {
  /** Page path relative to the base, `2025/11/12/<slug>/`. */
  path: string;
  /**
   * What pages that show the article key on: the entry's digest (of its
   * whole file, front matter and body; the schema that reads it is code,
   * which Astro keys pages on too), else a digest of its body and front matter.
   */
  version: string;
  /** The headline pages, feeds and search show: the display title, else the title. */
  headline: string;
  /** Day in the site's time zone, `YYYY-MM-DD`. */
  day: string;
  /** Sort key: the date's time, or noon UTC of a date without one. */
  time: number;
  /** Publication time for feeds: the date's time, or the start of its day in the site's time zone. */
  published: number;
  readingMinutes: number;
}

/** A tag, place, person or organisation with its articles, newest first. */
export interface Topic {
  kind: TopicKind;
  name: string;
  slug: string;
  /** Path relative to the base, `tags/<slug>/`. */
  path: string;
  articles: Article[];
}

/** One day's articles. */
export interface Day {
  day: string;
  articles: Article[];
}

/** One month's articles (`YYYY-MM`). */
export interface Month {
  month: string;
  articles: Article[];
}

/** Everything the pages and feeds derive from the collection, computed once per build. */
export interface SiteIndex {
  /** Newest first. */
  articles: Article[];
  byId: Map<string, Article>;
  /** Newest day first. */
  days: Day[];
  /** Months (`YYYY-MM`), newest first, with their articles. */
  months: Month[];
  /** The months of each year (`YYYY`), newest first: the archive's index. */
  years: { year: string; months: Month[] }[];
  /** The days of each month (`YYYY-MM`), newest first: the list of daily briefs. */
  dayMonths: { month: string; days: Day[] }[];
  /** Topics with enough articles for a page of their own, by kind, most articles first. */
  topics: Record<TopicKind, Topic[]>;
  /** The topic page of a name, if it has one. */
  topicOf(kind: TopicKind, name: string): Topic | undefined;
  /** Up to `count` articles that share the most topics with one article. */
  related(article: Article, count: number): Article[];
  /** The articles just before and after one in time. */
  neighbours(article: Article): { newer?: Article; older?: Article };
}

// Articles on either side in time that each shared topic offers as related.
const RELATED_WINDOW = 50;

/** The first index in `items` (ascending) whose value is at least `target`. */
function lowerBound(items: readonly number[], target: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether the article at `a` ranks above the one at `b`: the higher score, then the newer, then the id first in order. */
function ranksAbove(articles: readonly Article[], scores: Float64Array, a: number, b: number): boolean {
  const score = scores[a]! - scores[b]!;
  if (score !== 0) return score > 0;
  const time = articles[a]!.time - articles[b]!.time;
  if (time !== 0) return time > 0;
  return articles[b]!.id.localeCompare(articles[a]!.id) > 0;
}

/**
 * The `count` best-scored of the articles at `positions`, ties to the newer
 * one, in one pass (no full sort).
 */
function bestScored(articles: readonly Article[], positions: readonly number[], scores: Float64Array, count: number): Article[] {
  const best: number[] = [];
  for (const at of positions) {
    // Most candidates score below the last kept one: one comparison turns them away.
    if (best.length === count && (scores[at]! < scores[best[count - 1]!]! || !ranksAbove(articles, scores, at, best[count - 1]!))) continue;
    let index = Math.min(best.length, count - 1);
    best[index] = at;
    while (index > 0 && ranksAbove(articles, scores, best[index]!, best[index - 1]!)) {
      [best[index - 1], best[index]] = [best[index]!, best[index - 1]!];
      index--;
    }
  }
  return best.map((at) => articles[at]!);
}

// How much a shared topic says two articles are related.
const WEIGHTS: Record<TopicKind, number> = { people: 3, organisations: 2, places: 1.5, tags: 1 };

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

/**
 * Builds the site index: sorting, days, months, topics and an inverted
 * index for related articles. Linear in the number of articles and topic
 * mentions; related articles cost one pass over the articles that share a
 * topic, never all pairs.
 */
export function buildSiteIndex(entries: readonly ArticleEntry[], options: { timeZone: string; topicMinArticles: number }): SiteIndex {
  // Most articles share their day with others: the start of each day is worked out once.
  const publishedOf = remembered((date) => publishedTime(date, options.timeZone));
  const articles: Article[] = entries
    .map((entry) => ({
      id: entry.id,
      data: entry.data,
      digest: entry.digest,
      // An entry may read its body from its file only when asked (src/astro/site-index.ts).
      get body() {
        return entry.body;
      },
      path: routes.article(entry.id),
      version: entry.digest === undefined ? digestOf(entry.body ?? '', entry.data) : String(entry.digest),
      headline: entry.data.displayTitle ?? entry.data.title,
      day: articleDay(entry.data.date, options.timeZone),
      time: articleTime(entry.data.date),
      published: publishedOf(entry.data.date),
      // Only article pages show it: worked out for those alone.
      get readingMinutes() {
        return readingMinutes(entry.body ?? entry.data.summary);
      },
    }))
    .sort((a, b) => b.day.localeCompare(a.day) || b.time - a.time || a.id.localeCompare(b.id));
  const position = new Map(articles.map((article, index) => [article.id, index]));

  const days = [...groupBy(articles, (article) => article.day)].map(([day, list]) => ({ day, articles: list }));
  const months = [...groupBy(articles, (article) => article.day.slice(0, 7))].map(([month, list]) => ({ month, articles: list }));
  const years = [...groupBy(months, (entry) => entry.month.slice(0, 4))].map(([year, list]) => ({ year, months: list }));
  const dayMonths = [...groupBy(days, (entry) => entry.day.slice(0, 7))].map(([month, list]) => ({ month, days: list }));

  const allTopics = new Map<string, Topic>();
  // Slugs transliterate; work each name's out once.
  const slugOfName = remembered((name) => slugOf(name, ''));
  const topicKey = (kind: TopicKind, slug: string) => `${kind}/${slug}`;
  // Each article's topics by position, one per name it gives (a name given
  // twice counts twice towards related articles).
  const mentions: Topic[][] = [];
  // Each topic's articles by their position in `articles`, ascending as they are.
  const topicPositions = new Map<Topic, number[]>();
  for (const [at, article] of articles.entries()) {
    const mentioned: Topic[] = [];
    for (const kind of TOPIC_KINDS) {
      for (const name of article.data[kind]) {
        const slug = slugOfName(name);
        if (slug === '') continue;
        const key = topicKey(kind, slug);
        let topic = allTopics.get(key);
        if (!topic) {
          topic = { kind, name, slug, path: routes.topic(kind, slug), articles: [] };
          allTopics.set(key, topic);
          topicPositions.set(topic, []);
        }
        if (topic.articles.at(-1) !== article) {
          topic.articles.push(article);
          topicPositions.get(topic)!.push(at);
        }
        mentioned.push(topic);
      }
    }
    mentions.push(mentioned);
  }
  const topics = Object.fromEntries(TOPIC_KINDS.map((kind) => [kind, [] as Topic[]])) as unknown as Record<TopicKind, Topic[]>;
  for (const topic of allTopics.values()) if (topic.articles.length >= options.topicMinArticles) topics[topic.kind].push(topic);
  for (const kind of TOPIC_KINDS) topics[kind].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));

  const topicOf = (kind: TopicKind, name: string) => {
    const topic = allTopics.get(topicKey(kind, slugOfName(name)));
    return topic && topic.articles.length >= options.topicMinArticles ? topic : undefined;
  };

  // Scores of the articles related to one, by position, and which are set:
  // kept between calls (each leaves them cleared), not made per article page.
  const scores = new Float64Array(articles.length);
  const scored: number[] = [];

  return {
    articles,
    byId: new Map(articles.map((article) => [article.id, article])),
    days,
    months,
    years,
    dayMonths,
    topics,
    topicOf,
    related(article, count) {
      const at = position.get(article.id);
      if (at === undefined) return [];
      for (const topic of mentions[at]!) {
        if (topic.articles.length < 2) continue;
        const weight = WEIGHTS[topic.kind] / Math.log2(topic.articles.length + 1);
        // Only the articles nearest in time within each topic: the cost per
        // article stays bounded however large a topic grows, and a related
        // story from the same weeks is the one a reader wants.
        const positions = topicPositions.get(topic)!;
        const centre = lowerBound(positions, at);
        const end = Math.min(positions.length, centre + RELATED_WINDOW + 1);
        for (let index = Math.max(0, centre - RELATED_WINDOW); index < end; index++) {
          const other = positions[index]!;
          if (other === at) continue;
          if (scores[other] === 0) scored.push(other);
          scores[other] = scores[other]! + weight;
        }
      }
      const best = bestScored(articles, scored, scores, count);
      for (const other of scored) scores[other] = 0;
      scored.length = 0;
      return best;
    },
    neighbours(article) {
      const index = position.get(article.id) ?? -1;
      return { newer: articles[index - 1], older: articles[index + 1] };
    },
  };
}
