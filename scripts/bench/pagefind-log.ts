// Strips terminal colour codes (ESC [ ... m).
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * The Pagefind time an `astro build` reported in its output, when a line
 * that names Pagefind gives a duration ("[newsbrief:pagefind] indexed 503
 * pages in 1234 ms", "… in 1.2s"); undefined when no line does.
 */
export function reportedPagefindMs(output: string): number | undefined {
  let found: number | undefined;
  for (const line of output.replace(ANSI, '').split('\n')) {
    if (!/pagefind/i.test(line)) continue;
    const match = /\bin\s+(\d+(?:\.\d+)?)\s*(ms|s)\b/i.exec(line);
    if (match?.[1]) found = Number(match[1]) * (match[2]?.toLowerCase() === 's' ? 1000 : 1);
  }
  return found;
}
