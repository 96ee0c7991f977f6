import slugify from '@sindresorhus/slugify';

/** Longest slug, in characters; long headlines are cut at a word. */
export const MAX_SLUG_LENGTH = 72;

/**
 * A readable, URL-safe slug of a headline: transliterated to ASCII, lower
 * case, words joined by hyphens, at most MAX_SLUG_LENGTH characters. A
 * headline with no Latin-writable letters gets `fallback`.
 */
export function slugOf(text: string, fallback = 'article'): string {
  const full = slugify(text, { decamelize: false });
  if (full.length <= MAX_SLUG_LENGTH) return full || fallback;
  const cut = full.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}
