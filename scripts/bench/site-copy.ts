import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Top-level entries of a site folder that a build never needs: output, caches, content, tests, tooling. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.astro', 'content', 'bench-results', 'screenshots', 'tests', 'scripts', '.ci']);


/**
 * Makes `target` a buildable copy of the Astro site in `source`: its files
 * (config, src, public; not content, output or caches), an empty
 * `content/articles/`, and a `node_modules/` of links to the packages in
 * `nodeModules`, so the build finds the project's packages but writes its
 * caches into the copy. Build output must stay inside the copy too: Astro
 * runs its prerender chunks from the output folder, and they import
 * packages. Returns the copy's `content/articles` folder.
 */
export function copySite(source: string, target: string, nodeModules: string): string {
  cpSync(source, target, {
    recursive: true,
    filter: (path) => path === source || !(NOT_COPIED.has(basename(path)) && join(source, basename(path)) === path) && !basename(path).startsWith('.newsbrief-'),
  });
  const links = join(target, 'node_modules');
  mkdirSync(links, { recursive: true });
  for (const entry of readdirSync(nodeModules)) {
    // Dot entries are caches and temp folders (.astro, .vite, .vite-temp): the copy gets its own.
    if (!entry.startsWith('.')) symlinkSync(join(nodeModules, entry), join(links, entry));
  }
  const articles = join(target, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  return articles;
}
