// @ts-check
// The bare Astro baseline the bench compares newsbrief against: the same
// Markdown collection (folder in BENCH_CONTENT_DIR), one page per article,
// Astro's defaults otherwise. No integrations, no styles, no scripts.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  prefetch: false,
  devToolbar: { enabled: false },
});
