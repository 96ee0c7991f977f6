// Searches a built site's Pagefind index from Node, shard by shard as the
// search page does (src/browser/search.ts), for the build tests. Pagefind's
// script fetches its index relative to itself; Node's fetch does not read
// file: URLs, so they are read from disk here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface PagefindShard {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

let fetchReadsFiles = false;
function letFetchReadFiles(): void {
  if (fetchReadsFiles) return;
  fetchReadsFiles = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('file:')) return networkFetch(input, init);
    return Promise.resolve(new Response(readFileSync(fileURLToPath(url.split('?')[0]!))));
  }) as typeof fetch;
}

let loads = 0;

/** The page paths (`2024/02/05/slug/`) of every article the site's search finds for `query`. */
export async function searchBuiltSite(dist: string, query: string): Promise<string[]> {
  letFetchReadFiles();
  const { shards } = JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')) as { shards: string[] };
  // A fresh copy of each script per call: the site on disk may have changed since the last.
  loads++;
  const found: string[] = [];
  for (const folder of shards) {
    const base = pathToFileURL(join(dist, 'pagefind', folder, '/')).href;
    const shard = (await import(`${base}pagefind.js?load=${loads}`)) as PagefindShard;
    await shard.options({ baseUrl: '/' });
    const { results } = await shard.search(query);
    for (const result of results) found.push((await result.data()).url.replace(/^\//, ''));
  }
  return found.sort();
}
