import { defineCollection } from 'astro:content';
import { articleLoader } from './astro/article-loader.ts';
import { siteConfig } from './site.config.ts';

const articles = defineCollection({
  // Ids (and so URLs) come from articleIdOfFile, which the search indexer uses too.
  loader: articleLoader(siteConfig.contentDir),
  // No schema here: the loader checks each file against the one front-matter
  // schema (src/lib/article/schema.ts) itself and keeps the front matter out
  // of Astro's data store, which holds only ids, digests and file paths
  // (see src/astro/article-loader.ts). A schema here would check empty data.
});

export const collections = { articles };
