import { renderArticleHtml } from '../markdown/render-article-html.ts';
import type { Article, Day } from '../site/site-index.ts';
import { langAttribute, languageOf } from '../site/language.ts';
import { routes, type SiteUrls } from '../site/routes.ts';
import { escapeXml } from '../text/escape-xml.ts';

/** An RSS item in the shape @astrojs/rss takes. */
export interface RssItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  content?: string;
  categories?: string[];
  customData?: string;
}

/** The publication time of an article as a Date (a bare day counts from its start in the site's time zone). */
export function publicationDate(article: Article): Date {
  return new Date(article.published);
}

/**
 * An article as an RSS item: summary as description and, with `fullText`,
 * the whole article as HTML in content:encoded; its language as
 * dc:language where it is not the channel's (`siteLanguage`).
 */
export function articleRssItem(article: Article, urls: SiteUrls, { fullText = true, siteLanguage }: { fullText?: boolean; siteLanguage: string }): RssItem {
  const language = langAttribute(languageOf(article.data, siteLanguage), siteLanguage);
  const creator = article.data.byline ? `<dc:creator>${escapeXml(article.data.byline)}</dc:creator>` : '';
  const customData = `${creator}${language ? `<dc:language>${escapeXml(language)}</dc:language>` : ''}`;
  return {
    title: article.headline,
    link: urls.absolute(article.path),
    pubDate: publicationDate(article),
    description: article.data.summary,
    content: fullText ? renderArticleHtml(article.body ?? '') : undefined,
    categories: article.data.tags,
    customData: customData === '' ? undefined : customData,
  };
}

/** A day as one item of the daily brief feed: its headlines, summaries and links. */
export function briefRssItem(day: Day, title: string, urls: SiteUrls): RssItem {
  const items = day.articles
    .map((article) => `<li><p><a href="${escapeXml(urls.absolute(article.path))}">${escapeXml(article.headline)}</a></p><p>${escapeXml(article.data.summary)}</p></li>`)
    .join('');
  return {
    title,
    link: urls.absolute(routes.brief(day.day)),
    // When the day's newest article was published, so today's brief is not dated tonight.
    pubDate: new Date(Math.max(...day.articles.map((article) => article.published))),
    description: `${day.articles.length} ${day.articles.length === 1 ? 'article' : 'articles'}: ${day.articles.map((article) => article.headline).join('; ')}`,
    content: `<ul>${items}</ul>`,
  };
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of articles. */
export function jsonFeed(options: { title: string; description: string; language: string; homePath: string; feedPath: string; articles: readonly Article[]; urls: SiteUrls }) {
  const { urls } = options;
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title,
    description: options.description,
    language: options.language,
    home_page_url: urls.absolute(options.homePath),
    feed_url: urls.absolute(options.feedPath),
    items: options.articles.map((article) => ({
      id: urls.absolute(article.path),
      url: urls.absolute(article.path),
      title: article.headline,
      summary: article.data.summary,
      content_html: renderArticleHtml(article.body ?? ''),
      date_published: publicationDate(article).toISOString(),
      ...(article.data.updated ? { date_modified: new Date(article.data.updated).toISOString() } : {}),
      ...(article.data.byline ? { authors: [{ name: article.data.byline }] } : {}),
      ...(langAttribute(languageOf(article.data, options.language), options.language) ? { language: languageOf(article.data, options.language) } : {}),
      ...(article.data.tags.length > 0 ? { tags: article.data.tags } : {}),
    })),
  };
}
