// Stopword lists of 60-odd languages from the `stopword` package (ISO 639-3
// codes), for telling prose from page chrome: running text is dense with
// a language's function words, menus and labels are not.
import { createRequire } from 'node:module';

const lists = createRequire(import.meta.url)('stopword') as Record<string, unknown>;

/** Language code → its stopwords, lower case. Only the lists of real languages (the package also has digits). */
const STOPWORDS = new Map<string, Set<string>>();
for (const [code, words] of Object.entries(lists)) {
  if (/^[a-z]{3}$/.test(code) && Array.isArray(words)) STOPWORDS.set(code, new Set(words.map((word) => String(word).toLowerCase())));
}

/** The words of a text, lower case: letters and marks, with inner apostrophes and hyphens. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu) ?? [];
}

/**
 * The language whose stopwords make up most of a text's words, with that
 * share: the stopword list to judge the text's paragraphs by. Undefined
 * when no list matches a word.
 */
export function stopwordLanguage(words: readonly string[]): { code: string; stopwords: Set<string> } | undefined {
  let best: { code: string; stopwords: Set<string>; hits: number } | undefined;
  for (const [code, stopwords] of STOPWORDS) {
    let hits = 0;
    for (const word of words) if (stopwords.has(word)) hits++;
    if (hits > 0 && (!best || hits > best.hits)) best = { code, stopwords, hits };
  }
  return best && { code: best.code, stopwords: best.stopwords };
}

/** The share of `words` that are stopwords of the language `code` (ISO 639-3); 0 for a language without a list. */
export function stopwordShare(words: readonly string[], code: string): number {
  const stopwords = STOPWORDS.get(code);
  if (!stopwords || words.length === 0) return 0;
  let hits = 0;
  for (const word of words) if (stopwords.has(word)) hits++;
  return hits / words.length;
}
