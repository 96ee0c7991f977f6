// @ts-check
// The bare Astro baseline the bench compares newsbrief against: the same
// Markdown collection, one page per article, nothing else. The bench sets
// BENCH_CONTENT_DIR (the collection folder) and BENCH_CACHE_DIR (so the content
// layer cache stays out of the project's node_modules).
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: process.env.BENCH_CACHE_DIR ?? './node_modules/.astro',
  prefetch: false,
  devToolbar: { enabled: false },
});
