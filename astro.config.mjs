// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from './src/site.config.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.basePath,
  trailingSlash: 'always',
  // Tests and the benchmark build other collections side by side; each keeps its own cache.
  cacheDir: process.env.NEWSBRIEF_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Pages render article bodies with src/lib/render-article-html.ts (the same
  // unified pipeline as the feeds); Astro's own render is kept plain and cheap.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefindIntegration()],
  prefetch: false,
  devToolbar: { enabled: false },
});
