import { slugOf } from '../text/slug.ts';

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

/**
 * Whether a path under the content folder is an article file: a `.md` file,
 * at any depth, but not in or under a dot-folder and not a dot-file (the
 * ingest's cache and temporary files, editors' backups).
 */
export function isArticleFile(relativePath: string): boolean {
  return relativePath.toLowerCase().endsWith('.md') && !relativePath.split(/[\\/]/).some((segment) => segment.startsWith('.'));
}
