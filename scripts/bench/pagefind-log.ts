// Strips terminal colour codes (ESC [ ... m).
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** What an `astro build` of our site said about its search index. */
export interface PagefindReport {
  /** Wall time of the indexing, which runs beside the page build. */
  indexMs: number;
  /** How long the build waited for the index after its pages were written. */
  waitedMs: number;
}

/**
 * Reads the line of src/integrations/pagefind.ts ("[newsbrief:pagefind]
 * indexed 503 articles beside the page build in 1234 ms; the build waited
 * 12 ms for it"); undefined when the output has none.
 */
export function reportedPagefind(output: string): PagefindReport | undefined {
  let found: PagefindReport | undefined;
  for (const line of output.replace(ANSI, '').split('\n')) {
    const match = /pagefind\].*?\bin (\d+) ms; the build waited (\d+) ms/i.exec(line);
    if (match) found = { indexMs: Number(match[1]), waitedMs: Number(match[2]) };
  }
  return found;
}
