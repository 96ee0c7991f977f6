import { relative } from 'node:path';
import { isArticleFile } from '../lib/article/article-id.ts';
import { filesUnder } from '../files/files-under.ts';

/** The article files under the content folder, as sorted paths relative to it. */
export function articleFilesIn(contentDir: string): string[] {
  return filesUnder(contentDir)
    .map((path) => relative(contentDir, path))
    .filter(isArticleFile)
    .sort();
}
