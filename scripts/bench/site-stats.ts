import { join } from 'node:path';
import { walkFiles } from './walk-files.ts';

/** Size of a built site. */
export interface SiteStats {
  /** `.html` files written. */
  pages: number;
  files: number;
  distBytes: number;
  /** The Pagefind bundle (`<dist>/pagefind/`, or `pagefindDir` when given). */
  pagefindBytes: number;
  pagefindFiles: number;
}

/** Counts the pages, files and bytes of a built site and of its Pagefind index. */
export function siteStats(dist: string, pagefindDir = join(dist, 'pagefind')): SiteStats {
  const files = walkFiles(dist);
  const index = walkFiles(pagefindDir);
  return {
    pages: files.filter((file) => file.path.endsWith('.html')).length,
    files: files.length,
    distBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    pagefindBytes: index.reduce((sum, file) => sum + file.bytes, 0),
    pagefindFiles: index.length,
  };
}
