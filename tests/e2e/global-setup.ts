// Builds the fixture site once at the domain root and once under /brief/,
// serves both over HTTP, and hands their URLs and dist folders to the tests.
// The site under /brief/ splits its search index into shards of at most
// SHARDED_SITE_WORDS words, so the search page is tested with one index and
// with several.
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFixtureSite } from '../site/build-fixture-site.ts';
import { startStaticServer } from '../../scripts/static-server.ts';

/** Small enough to give the fixture site's index several shards. */
export const SHARDED_SITE_WORDS = 2_500;

export interface ServedSite {
  /** Where the site is served, ending with its base path, e.g. http://127.0.0.1:1234/brief/. */
  url: string;
  /** The built site on disk. */
  dist: string;
  /** The base path the site was built for. */
  base: string;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers: Server[] = [];
  const workDirs: string[] = [];
  const serve = async (base: string, searchShardWords?: number): Promise<ServedSite> => {
    const { dist } = await buildFixtureSite({ basePath: base, searchShardWords });
    workDirs.push(dirname(dist));
    const { server, url } = await startStaticServer(dist, base);
    servers.push(server);
    return { url, dist, base };
  };
  project.provide('e2eRoot', await serve('/'));
  project.provide('e2eSub', await serve('/brief/', SHARDED_SITE_WORDS));
  return async () => {
    await Promise.all(
      servers.map((server) => {
        server.closeAllConnections();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      }),
    );
    for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eRoot: ServedSite;
    e2eSub: ServedSite;
  }
}
