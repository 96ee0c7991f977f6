import slugify from '@sindresorhus/slugify';

// Printable ASCII, but for `&` (which slugify spells "and") and the caret
// and backtick (which it drops): there is nothing to transliterate, so
// slugify's own steps apply directly, without the replacement tables and
// patterns it builds on every call, which the ingest's main thread would
// pay once per file. A property test holds this to slugify.
const PLAIN_ASCII = /^[\x20-\x25\x27-\x5d\x5f\x61-\x7e]*$/;

/** slugify(text), with the shortcut above. */
export function slugText(text: string): string {
  if (!PLAIN_ASCII.test(text)) return slugify(text, { decamelize: false });
  return text
    .toLowerCase()
    .replace(/([a-z\d])'([ts])(?![a-z\d])/g, '$1$2')
    .replace(/[^a-z\d]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Longest slug, in characters; long headlines are cut at a word. */
export const MAX_SLUG_LENGTH = 72;

/**
 * A readable, URL-safe slug of a headline: transliterated to ASCII, lower
 * case, words joined by hyphens, at most MAX_SLUG_LENGTH characters. A
 * headline with no Latin-writable letters gets `fallback`.
 */
export function slugOf(text: string, fallback = 'article'): string {
  const full = slugText(text);
  if (full.length <= MAX_SLUG_LENGTH) return full || fallback;
  const cut = full.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}
