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

// HTML an export left in the text: a tag of the HTML vocabulary, with its
// attributes. Only read as markup once the text has a closing tag or a <br>,
// so that "a <b and c> d" in prose stays as it is.
const HAS_MARKUP = /<\/(?:p|div|span|strong|b|em|i|a|li|h[1-6])>|<br\s*\/?>/i;
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?([a-z][a-z0-9]*)\b(?:[^<>"']|"[^"]*"|'[^']*')*>/gi;
const HTML_TAGS = new Set(['p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'tr', 'td', 'th', 'strong', 'b', 'em', 'i', 'u', 'span', 'a', 'img', 'font', 'small', 'sup', 'sub', 'iframe', 'figure', 'figcaption', 'section', 'article', 'header', 'footer', 'nav', 'picture', 'source', 'noscript']);
// Tags that end a paragraph: the text on either side becomes two paragraphs.
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'table', 'tr', 'figure', 'figcaption', 'section', 'article', 'header', 'footer', 'nav']);

/**
 * Removes HTML tags left in exported text (`<p><strong>МОСКВА, 31 янв</strong>…`):
 * the tags go, their text stays, and a block tag starts a new paragraph.
 * Scripts and styles go with their content. Nothing becomes markup.
 */
export function removeMarkupResidue(text: string): string {
  if (!text.includes('<') || !HAS_MARKUP.test(text)) return text;
  return text
    .replace(SCRIPT_OR_STYLE, '')
    .replace(TAG, (tag, name: string) => {
      const lower = name.toLowerCase();
      if (!HTML_TAGS.has(lower)) return tag;
      return BLOCK_TAGS.has(lower) ? '\n\n' : '';
    })
    .replace(/[ \t]*\n[ \t]*\n(?:[ \t]*\n)+/g, '\n\n');
}

// Line breaks an export wrote as text: "\\n" from a JSON or CSV field, or a
// bare "n" where the backslash was lost (".nВосемнадцать", ".nnДля"). Only
// read as breaks on a long line that has two or more of them (a whole
// article in one field), and a lost backslash only between a sentence's end
// and a capital, where no word has an "n".
const ESCAPED_BREAKS = /(?:\\r)?\\n(?:(?:\\r)?\\n)*/g;
const LOST_BACKSLASH_BREAKS = /(?<=[.!?…»"”)])n{1,2}(?=[\p{Lu}«"„“])/gu;
const LONG_LINE = 200;

/** Turns line breaks written as `\n` (or as a bare `n` that lost its backslash) into paragraph breaks. */
export function restoreEscapedBreaks(text: string): string {
  if (!/[.!?…»"”)\\]n/u.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      if (line.length < LONG_LINE) return line;
      let restored = line;
      for (const breaks of [ESCAPED_BREAKS, LOST_BACKSLASH_BREAKS]) {
        if ((restored.match(breaks)?.length ?? 0) >= 2) restored = restored.replace(breaks, '\n\n');
      }
      return restored;
    })
    .join('\n');
}

// What a page's links say to screen readers and buyers, copied with their
// text: "Norvik Shipping (NORV.OL), opens new tab", "… REUTERS/Lise Åberg
// Purchase Licensing Rights, opens new tab", "(opens in a new window)".
const LINK_LABELS = /[ \t]*(?:Purchase\s+Licensing\s+Rights)?,?\s*\(?opens\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)\)?|[ \t]+Purchase\s+Licensing\s+Rights$/gmu;

/** Removes the labels that links carry for screen readers and licensing from copied text. */
export function removeLinkLabels(text: string): string {
  return text.includes('new tab') || text.includes('new window') || text.includes('Licensing') ? text.replace(LINK_LABELS, '') : text;
}
