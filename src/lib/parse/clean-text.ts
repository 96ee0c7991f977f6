import { decodeHTMLStrict } from 'entities';

// C0/C1 controls except tab and line feed, plus the bidirectional embedding,
// override and isolate marks, which can disguise what a title or slug says.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff\ufffe\uffff]/g;

/** Removes control and bidi-override characters; keeps tabs and line feeds. */
export function removeUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '');
}

/**
 * Decodes HTML entity residue from scraped text (`&#163;` → £, `&lt;` → <).
 * Decoding happens once, so `&amp;lt;` becomes the literal text `&lt;`.
 */
export function decodeEntityResidue(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

// Runs of two or more white-space characters, or one that is not a plain
// space: the same result as replacing every /\s+/ with a space, without
// rewriting each single space (most of a paragraph's matches).
const SPACE_RUN = /\s{2,}|[^\S ]/gu;

/** Collapses runs of white space to one space and trims the ends. */
export function normaliseWhitespace(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}
