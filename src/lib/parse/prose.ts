// Scripts written without spaces between words, where length stands in for a word count.
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Lao}]/u;
/**
 * Whether a text ends like a sentence: its full stop in any script (Devanagari's danda, Arabic's and Urdu's marks,
 * Armenian's, Ethiopic's, Myanmar's, Khmer's), then up to two closing quotes or brackets. The quote that closes
 * is not the same everywhere: Urdu and German close with ‘ and “, French with », so every quote mark counts.
 */
export const SENTENCE_END = /[.!?…。！？।॥؟۔։።။។]["'”’“‘»«›‹)）」』]{0,2}$/u;
// A label ("Headingley", "Saturday 20 November", "Arsenal win 4-2 on penalties"): fewer words than
// LABEL_WORDS, or fewer than SENTENCELESS_LABEL_WORDS without a sentence end. A standfirst without its
// full stop ("Japanese brewers are making money from beer-flavoured drinks") is longer.
const LABEL_WORDS = 4;
const SENTENCELESS_LABEL_WORDS = 10;
const UNSPACED_LABEL_CHARACTERS = 15;

/** How many words a text has, counting two characters as a word in a script written without spaces. */
export function wordCount(text: string): number {
  return UNSPACED.test(text) ? Math.ceil(text.replace(/\s/g, '').length / 2) : text.split(/\s+/).filter(Boolean).length;
}

/** Whether a paragraph is a label a page left at the top of its text (a place, a date, a score line), not a lede. */
export function isLabel(paragraph: string): boolean {
  const text = paragraph.trim();
  if (UNSPACED.test(text)) return text.length < UNSPACED_LABEL_CHARACTERS;
  const words = wordCount(text);
  return words < LABEL_WORDS || (words < SENTENCELESS_LABEL_WORDS && !SENTENCE_END.test(text));
}

// A headline made from a lede's first sentence is at most this long: more is a paragraph, not a headline.
const MAX_HEADLINE_WORDS = 20;
const MIN_HEADLINE_WORDS = 3;

/**
 * The first sentence of a paragraph, as a headline for a file that has
 * none: without its full stop, when it is short enough to be one.
 * Sentences are split by ICU (Intl.Segmenter), which knows abbreviations
 * and the danda; undefined when the first sentence is too long or too short.
 */
export function headlineFromLede(paragraph: string, language?: string): string | undefined {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  let sentence = '';
  // ICU ends a sentence after an initial or an abbreviation ("U.S. officials"): a sentence of a word or two runs on.
  for (const { segment } of segmenter.segment(paragraph)) {
    sentence += segment;
    if (wordCount(sentence) >= MIN_HEADLINE_WORDS) break;
  }
  const headline = sentence.trim().replace(/\s*[.।。]$/u, '');
  const words = wordCount(headline);
  return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS && headline.length < paragraph.trim().length ? headline : undefined;
}
