import { routes } from './routes.ts';
import type { Topic } from './site-index.ts';

/** A feed a page links to with `<link rel="alternate">`. */
export interface FeedLink {
  title: string;
  /** Path relative to the base. */
  path: string;
  type?: 'application/rss+xml' | 'application/feed+json';
}

/** The site's own feeds, which every page offers after its own. */
export function siteFeedLinks(siteName: string): FeedLink[] {
  return [
    { title: `${siteName}: all articles`, path: routes.feed },
    { title: `${siteName}: all articles (JSON Feed)`, path: routes.jsonFeed, type: 'application/feed+json' },
    { title: `${siteName}: daily briefs`, path: routes.briefsFeed },
  ];
}

/** The feed of a topic page. */
export function topicFeedLink(topic: Topic, siteName: string): FeedLink {
  return { title: `${siteName}: ${topic.name}`, path: routes.topicFeed(topic.kind, topic.slug) };
}
