// A feed per topic page: /tags/<tag>/rss.xml, /places/<place>/rss.xml, /people/…, /organisations/….
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../../astro/site-index.ts';
import { articleFeed } from '../../../astro/feeds.ts';
import { cardOf, keyOf } from '../../../lib/site/page-keys.ts';
import { routes } from '../../../lib/site/routes.ts';
import type { Topic } from '../../../lib/site/site-index.ts';
import { TOPIC_KINDS } from '../../../lib/site/topic-kinds.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const { topics } = await getSiteIndex();
  return TOPIC_KINDS.flatMap((kind) =>
    topics[kind].map((topic) => ({
      params: { kind, topic: topic.slug },
      props: { topic },
      cacheKey: keyOf(siteConfig, kind, topic.name, topic.articles.slice(0, siteConfig.topicFeedSize).map(cardOf)),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { topic } = props as { topic: Topic };
  return articleFeed({ title: topic.name, path: routes.topicFeed(topic.kind, topic.slug), pagePath: topic.path, articles: topic.articles, fullText: false });
};
