// The checked front matter of every article, by collection id, with the
// digest, size and time of the file it was read from, as the content loader
// last saw the collection. Astro's data store holds only each entry's id,
// digest and file path: Astro serialises the whole store at every sync,
// parses it again and bundles it into the build, so the front matter is kept
// here instead. The loader reads it back at the next sync (a file whose size
// and time are unchanged is not read again), and the site index
// (src/astro/site-index.ts) takes each entry's front matter from it.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleFrontMatter } from '../lib/article/schema.ts';

const FILE = 'newsbrief-front-matter.json';

/** One article's front matter, and the file it is that of: its digest, and its size and time as `size mtimeMs`. */
export interface KeptFrontMatter {
  stamp: string;
  digest: string;
  data: ArticleFrontMatter;
}

/** Where the front matter is kept. */
export const frontMatterFile = (cacheDir: URL): string => fileURLToPath(new URL(FILE, cacheDir));

// The front matter the loader holds, for the site index built later in the
// same process: Astro bundles the site index into the build's own modules,
// so a module variable would not be shared; parsing the file again would
// cost as much as the loader's whole sync of unchanged files.
const inProcess = Symbol.for('newsbrief.frontMatter');
type Holder = { [inProcess]?: { file: string; articles: ReadonlyMap<string, KeptFrontMatter> } };

/** Hands the loader's front matter to the site index of the same build. */
export function shareFrontMatter(cacheDir: URL, articles: ReadonlyMap<string, KeptFrontMatter>): void {
  (globalThis as Holder)[inProcess] = { file: frontMatterFile(cacheDir), articles };
}

/** The front matter the loader of this process holds, else that of its file. */
export function sharedFrontMatter(cacheDir: URL): ReadonlyMap<string, KeptFrontMatter> {
  const shared = (globalThis as Holder)[inProcess];
  return shared?.file === frontMatterFile(cacheDir) ? shared.articles : readFrontMatter(cacheDir);
}

export function writeFrontMatter(cacheDir: URL, articles: ReadonlyMap<string, KeptFrontMatter>): void {
  mkdirSync(fileURLToPath(cacheDir), { recursive: true });
  // Written beside and renamed over the old file: a build stopped halfway
  // leaves the old file whole, never a part of the new one.
  const file = frontMatterFile(cacheDir);
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(Object.fromEntries(articles)));
  renameSync(partial, file);
}

/** The front matter the loader last wrote; none when it has not run, or its file cannot be read. */
export function readFrontMatter(cacheDir: URL): Map<string, KeptFrontMatter> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(frontMatterFile(cacheDir), 'utf8')) as Record<string, KeptFrontMatter>));
  } catch {
    return new Map();
  }
}
