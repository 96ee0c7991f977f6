// Stopword lists of 60-odd languages from the `stopword` package (ISO 639-3
// codes), for telling prose from page chrome: running text is dense with
// a language's function words, menus and labels are not.
import { createRequire } from 'node:module';

const lists = createRequire(import.meta.url)('stopword') as Record<string, unknown>;

/** The languages with a list: real languages only (the package also has digits). */
const CODES = Object.keys(lists).filter((code) => /^[a-z]{3}$/.test(code) && Array.isArray(lists[code]));
// Each list as a set, made on first use: most articles only ever need English's.
const sets = new Map<string, Set<string>>();

/** The stopwords of a language (ISO 639-3), lower case; undefined for a language without a list. */
function stopwordsOf(code: string): Set<string> | undefined {
  let set = sets.get(code);
  if (!set && CODES.includes(code)) {
    set = new Set((lists[code] as unknown[]).map((word) => String(word).toLowerCase()));
    sets.set(code, set);
  }
  return set;
}

/** The words of a text, lower case: letters and marks, with inner apostrophes and hyphens. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu) ?? [];
}

// Which languages list each stopword, made on first use: a text's words are then looked up once, not once per list.
let listsOfWord: Map<string, number[]> | undefined;

function languagesByWord(): Map<string, number[]> {
  if (listsOfWord) return listsOfWord;
  listsOfWord = new Map();
  CODES.forEach((code, index) => {
    for (const word of stopwordsOf(code)!) {
      const codes = listsOfWord!.get(word);
      if (codes) codes.push(index);
      else listsOfWord!.set(word, [index]);
    }
  });
  return listsOfWord;
}

/**
 * The language whose stopwords make up most of a text's words, with that
 * share: the stopword list to judge the text's paragraphs by. Undefined
 * when no list matches a word. On a tie, the list first in the package's order.
 */
export function stopwordLanguage(words: readonly string[]): { code: string; stopwords: Set<string> } | undefined {
  const byWord = languagesByWord();
  const hits = new Array<number>(CODES.length).fill(0);
  for (const word of words) for (const index of byWord.get(word) ?? []) hits[index]!++;
  let best = -1;
  hits.forEach((count, index) => {
    if (count > 0 && (best < 0 || count > hits[best]!)) best = index;
  });
  return best < 0 ? undefined : { code: CODES[best]!, stopwords: stopwordsOf(CODES[best]!)! };
}

/** The share of `words` that are stopwords of the language `code` (ISO 639-3); 0 for a language without a list. */
export function stopwordShare(words: readonly string[], code: string): number {
  const stopwords = stopwordsOf(code);
  if (!stopwords || words.length === 0) return 0;
  let hits = 0;
  for (const word of words) if (stopwords.has(word)) hits++;
  return hits / words.length;
}

/**
 * The letters beyond ASCII that a language's stopwords are written with ("ą", "ę", "ł"… for Polish): enough
 * of its alphabet to tell which of two encodings decodes its text into its own letters. Undefined without a list.
 */
export function stopwordLetters(code: string): Set<string> | undefined {
  const stopwords = stopwordsOf(code);
  if (!stopwords) return undefined;
  const letters = new Set<string>();
  for (const word of stopwords) for (const letter of word) if (letter > '\u007f') letters.add(letter);
  return letters;
}
