import type { AstroIntegration } from 'astro';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

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
        logger.error(`The content folder ${folder} does not exist. Run "npm run ingest -- <files or folders>" to create it, or point NEWSBRIEF_CONTENT_DIR at the Markdown collection.`);
        process.exit(1);
      },
    },
  };
}
