import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index as the last step of `astro build`, so
 * there is no second command to remember. Pagefind's Node API reports
 * problems in `errors` arrays instead of throwing; any error fails the build.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'newsbrief:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const check = (step: string, errors: string[]) => {
          if (errors.length > 0) throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
        };
        const { index, errors } = await pagefind.createIndex({});
        check('createIndex', errors);
        if (!index) throw new Error('Pagefind did not create an index');
        // Only article pages carry data-pagefind-body; reading just them keeps
        // the indexing cost in step with the number of articles, not of pages.
        const added = await index.addDirectory({ path: site, glob: '[0-9][0-9][0-9][0-9]/**/*.html' });
        check('addDirectory', added.errors);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        check('writeFiles', written.errors);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
