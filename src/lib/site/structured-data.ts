import { languageOf } from './language.ts';
import type { Article } from './site-index.ts';

/** What JSON-LD needs to know of the site. */
export interface PublisherInfo {
  name: string;
  url: string;
  /** The site's language, for articles that do not give their own. */
  language: string;
}

/** Schema.org `NewsArticle` for an article page. */
export function newsArticleLd(article: Article, url: string, publisher: PublisherInfo): Record<string, unknown> {
  const { data } = article;
  const keywords = [...data.tags, ...data.places, ...data.people, ...data.organisations];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: data.summary,
    datePublished: data.date,
    ...(data.updated ? { dateModified: data.updated } : {}),
    inLanguage: languageOf(data, publisher.language),
    mainEntityOfPage: url,
    url,
    ...(data.byline ? { author: { '@type': 'Person', name: data.byline } } : { author: { '@type': 'Organization', name: publisher.name } }),
    ...(data.location ? { dateline: data.location, contentLocation: { '@type': 'Place', name: data.location } } : {}),
    ...(keywords.length > 0 ? { keywords } : {}),
    publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url },
  };
}

/** Schema.org `BreadcrumbList` from (name, absolute URL) pairs. */
export function breadcrumbLd(trail: readonly { name: string; url: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}
