import { slugOf } from './slug.ts';

/**
 * The collection id of an article file, from its path under the content
 * folder: `2025/11/12/mali-talks.md` → `2025/11/12/mali-talks`. Each folder
 * and the file name are slugs already when the ingest wrote them; a file
 * added by hand with spaces or capitals gets a slug too. The content
 * collection and the search indexer both use this, so they agree on URLs.
 */
export function articleIdOfFile(relativePath: string): string {
  return relativePath
    .replace(/\.md$/i, '')
    .split(/[\\/]+/)
    .filter((segment) => segment !== '')
    .map((segment) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(segment) ? segment : slugOf(segment, 'article')))
    .join('/');
}
