import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../files/files-under.ts';
import { buildChangeSummary } from '../lib/site/build-changes.ts';

/** What the build remembers of the `dist/` it wrote, to know the next build finds it untouched. */
interface DistStamp {
  outDir: string;
  /** Size and time of the home page, which every build writes. */
  home: string;
  /** Every file the build left in `dist/` (but in `ownFolders`), relative to it. */
  files?: string[];
}

const withoutSlash = (path: string): string => path.replace(/\/+$/, '');

const stampOf = (outDir: string, files?: string[]): DistStamp | undefined => {
  const home = join(outDir, 'index.html');
  if (!existsSync(home)) return undefined;
  const { size, mtimeMs } = statSync(home);
  return { outDir, home: `${size} ${mtimeMs}`, files };
};

const readStamp = (file: string): DistStamp | undefined => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DistStamp;
  } catch {
    return undefined;
  }
};

/** Removes the folder of a removed file, and its parents up to `root`, while they are empty. */
function removeEmptyParents(file: string, root: string): void {
  for (let folder = dirname(file); folder.startsWith(`${root}/`) && readdirSync(folder).length === 0; folder = dirname(folder)) rmdirSync(folder);
}

/**
 * Lets `astro build` keep the pages of the previous build in `dist/`.
 * Astro's incremental build (experimental.incrementalBuild) leaves a page it
 * can reuse where it is, so `dist/` is not emptied first (`emptyOutDir:
 * false` in astro.config.mjs). This integration makes that safe and says
 * what changed:
 * - before the build, it empties `dist/` when the build cannot trust it:
 *   `--force`, or a `dist/` that another build wrote since this cache's last
 *   one;
 * - after the build, every file that this build neither wrote nor reused
 *   (a deleted article's page, an old stylesheet) is removed, so the result
 *   is what a clean build makes;
 * - it prints how many pages were rendered, reused and removed.
 * A file is this build's when it is newer than the build's start, or is one
 * of the pages Astro reports (reused pages keep their old time). Folders in
 * `ownFolders` (the search index) are left to the integration that makes them.
 * The files to look at are those the last build left, this build's pages,
 * and what lies where the build writes other files (the top of `dist/` and
 * its assets folder), so the thousands of page folders are not walked; a
 * `dist/` without that list is walked whole.
 */
export function incrementalDist({ ownFolders = [] }: { ownFolders?: readonly string[] } = {}): AstroIntegration {
  let outDir = '';
  let stampFile = '';
  let publicDir = '';
  let assetsDir = '';
  let known: readonly string[] | undefined;
  let started = 0;
  let building = false;
  return {
    name: 'newsbrief:incremental-dist',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      // As soon as the configuration is known, before the content is synced:
      // the search index starts then, and must find dist/ as it will stay.
      'astro:config:done': ({ config, logger }) => {
        outDir = withoutSlash(fileURLToPath(config.outDir));
        publicDir = fileURLToPath(config.publicDir);
        assetsDir = config.build.assets;
        stampFile = join(fileURLToPath(config.cacheDir), 'newsbrief-dist.json');
        if (!building) return;
        started = Date.now();
        const previous = readStamp(stampFile);
        const current = stampOf(outDir);
        // Astro's own flag: a build that must not reuse anything.
        const force = process.argv.includes('--force');
        const trusted = !force && previous !== undefined && current !== undefined && previous.outDir === current.outDir && previous.home === current.home;
        if (trusted) known = previous.files;
        if (trusted || !existsSync(outDir)) return;
        for (const entry of readdirSync(outDir)) if (entry !== '.git') rmSync(join(outDir, entry), { recursive: true, force: true });
        if (current) logger.info(`emptied ${outDir}: ${force ? '--force' : 'it was not written by the last build with this cache'}`);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const publicFiles = new Set(filesUnder(publicDir).map((file) => relative(publicDir, file)));
        const skipped = new Set(ownFolders.map((folder) => join(root, folder)));
        const candidates = known
          ? new Set([...known.map((file) => join(root, file)), ...pages, ...filesUnder(root, () => false), ...filesUnder(join(root, assetsDir))])
          : filesUnder(root, (folder) => !skipped.has(folder));
        let reused = 0;
        const removed: string[] = [];
        const kept: string[] = [];
        for (const file of candidates) {
          const stats = statSync(file, { throwIfNoEntry: false });
          if (!stats) continue;
          const fresh = stats.mtimeMs >= started;
          if (pages.has(file)) {
            if (!fresh) reused++;
          } else if (!fresh && !publicFiles.has(relative(root, file))) {
            rmSync(file);
            removeEmptyParents(file, withoutSlash(root));
            removed.push(relative(root, file));
            continue;
          }
          kept.push(relative(root, file));
        }
        mkdirSync(join(stampFile, '..'), { recursive: true });
        writeFileSync(stampFile, JSON.stringify(stampOf(withoutSlash(root), kept.sort()) ?? {}));
        logger.info(buildChangeSummary({ pages: pages.size, reused, removed }));
      },
    },
  };
}
