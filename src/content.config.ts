import { defineCollection } from 'astro:content';
import { articleLoader } from './astro/article-loader.ts';
import { articleSchema } from './lib/article/schema.ts';
import { siteConfig } from './site.config.ts';

const articles = defineCollection({
  // Ids (and so URLs) come from articleIdOfFile, which the search indexer uses too.
  loader: articleLoader(siteConfig.contentDir),
  // The one front-matter schema (a comment per field there).
  schema: articleSchema,
});

export const collections = { articles };
