// Chinese, Japanese and Thai are written without spaces between words.
// Pagefind segments them only in an index of that language, and the site
// keeps one index for all its languages, so that one search box finds
// articles in every language. The search records are spaced instead, at
// build time, by ICU's word segmenter (Intl.Segmenter): the one Pagefind's
// search script splits the reader's query with in the browser.

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
let segmenter: Intl.Segmenter | undefined;

/**
 * The text with a space between each two words of an unspaced script
 * ("交通系ICカード" → "交通 系 IC カード"); text in other scripts is returned
 * as it is. ICU's dictionaries for these scripts apply whatever the
 * locale, as they do to the query.
 */
export function spaceUnspacedWords(text: string): string {
  if (!UNSPACED.test(text)) return text;
  let spaced = '';
  let previous = '';
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  for (const { segment } of segmenter.segment(text)) {
    const between = previous !== '' && !/\s$/u.test(previous) && !/^\s/u.test(segment);
    if (between && (UNSPACED.test(previous.at(-1)!) || UNSPACED.test(segment[0]!))) spaced += ' ';
    spaced += segment;
    previous = segment;
  }
  return spaced;
}

// A space the records gained between words: beside a Chinese or Japanese character or mark, on
// either side of a highlight. Thai keeps its spaces, since it also spaces its phrases.
const CJK = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]`;
const ADDED_SPACE = new RegExp(String.raw`(?<=${CJK}(?:</?mark>)?) (?=(?:</?mark>)?\S)|(?<=\S(?:</?mark>)?) (?=(?:</?mark>)?${CJK})`, 'gu');

/** Pagefind's excerpt (or title) of spaced text as the article prints it: without the spaces added between Chinese and Japanese words. */
export function unspaceExcerpt(excerpt: string): string {
  return excerpt.replace(ADDED_SPACE, '');
}
