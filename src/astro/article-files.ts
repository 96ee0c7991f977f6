import { readdirSync } from 'node:fs';
import { isArticleFile } from '../lib/article/article-id.ts';

/** The article files under the content folder, as sorted paths relative to it. */
export function articleFilesIn(contentDir: string): string[] {
  return (readdirSync(contentDir, { recursive: true, encoding: 'utf8' }) as string[]).filter(isArticleFile).sort();
}
