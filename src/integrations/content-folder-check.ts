import type { AstroIntegration } from 'astro';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ContentFolderMissing, withHint } from '../lib/errors.ts';

/**
 * Stops a build whose content folder is missing, with one line that says
 * what to do, instead of quietly deploying an empty site.
 */
export function contentFolderCheck(contentDir: string): AstroIntegration {
  return {
    name: 'newsbrief:content-folder',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        if (command !== 'build') return;
        const folder = resolve(contentDir);
        if (existsSync(folder) && statSync(folder).isDirectory()) return;
        logger.error(withHint(ContentFolderMissing.message(folder), ContentFolderMissing.hint));
        process.exit(1);
      },
    },
  };
}
