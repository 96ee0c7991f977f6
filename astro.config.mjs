// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from './src/site.config.ts';
import { readFileSync } from 'node:fs';
import { contentFolderCheck } from './src/integrations/content-folder-check.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { incrementalDist } from './src/integrations/incremental-dist.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { siteUrls } from './src/lib/site/routes.ts';
import { compactPageScript, cspHashOf } from './src/integrations/page-script.ts';

// The one inline script (theme, "/" shortcut, search highlight), allowed by its hash.
const pageScript = compactPageScript(readFileSync(new URL('./src/browser/page-enhancements.js', import.meta.url), 'utf8'));

// Astro writes into a module's server code every environment variable whose
// name occurs in its source (astro/dist/env/vite-plugin-import-meta-env.js).
// The shell's `_`, the path of the command that started the build, occurs in
// nearly every module: it would change the code of every page, and make the
// build render all of them again, whenever a build is started another way.
delete process.env._;

// Tests and the benchmark build other collections side by side; each keeps its own cache.
const cacheDir = process.env.NEWSBRIEF_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.basePath,
  trailingSlash: 'always',
  cacheDir,
  // One stylesheet file, cached across pages, instead of the styles inlined in each
  // of thousands of pages; pages render while earlier ones are written to disk.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Pages render article bodies with src/lib/markdown/render-article-html.ts (the same
  // unified pipeline as the feeds); Astro's own render is kept plain and cheap.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }), syntaxHighlight: false },
  // In this order: the dist/ check starts before the search index (which
  // reuses the shards in dist/) and tidies dist/ after the sitemap is written.
  integrations: [
    contentFolderCheck(siteConfig.contentDir),
    sitemapIntegration({ urls: siteUrls(siteConfig.url, siteConfig.basePath) }),
    incrementalDist({ ownFolders: ['pagefind'] }),
    pagefindIntegration({ contentDir: siteConfig.contentDir, language: siteConfig.language, timeZone: siteConfig.timeZone, shardWords: siteConfig.searchShardWords }),
  ],
  // A strict Content Security Policy in a <meta> tag on every page, with
  // hashes of every inline script and style. Pagefind compiles WebAssembly,
  // which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'", "worker-src 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHashOf(pageScript)] },
    },
  },
  // A page whose cache key (src/lib/site/page-keys.ts) and code are unchanged
  // is left in dist/ from the previous build instead of rendered again, so
  // dist/ is not emptied first: src/integrations/incremental-dist.ts removes
  // what the new build no longer makes.
  experimental: { incrementalBuild: true },
  vite: { build: { emptyOutDir: false } },
  prefetch: false,
  devToolbar: { enabled: false },
});
