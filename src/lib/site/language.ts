import type { ArticleFrontMatter } from '../article/schema.ts';

// Scripts written right to left, by their languages' primary tags.
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The language an article is shown in: its own, or the site's when the ingest could not tell. */
export function languageOf(data: Pick<ArticleFrontMatter, 'language'>, siteLanguage: string): string {
  return data.language ?? siteLanguage;
}

/** The writing direction of a language (BCP 47), for `dir`. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr';
}

/**
 * The attributes of the site's own words (navigation, labels) on a page in
 * another language: its `lang`, and its direction when the page's differs.
 */
export function siteChrome(pageLanguage: string, siteLanguage: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (!langAttribute(siteLanguage, pageLanguage)) return {};
  const dir = directionOf(siteLanguage);
  return { lang: siteLanguage, ...(dir !== directionOf(pageLanguage) ? { dir } : {}) };
}

/** The `lang` to set on an element in a page of `pageLanguage`: only where it differs. */
export function langAttribute(language: string, pageLanguage: string): string | undefined {
  return language.toLowerCase() === pageLanguage.toLowerCase() ? undefined : language;
}
