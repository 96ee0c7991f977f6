// Lines a page prints between an article's paragraphs that are not the
// article's: advertisement slots, "Continue reading the main story", and
// links to one other story ("Read more: …", "Related: …"), in the
// languages of the stopword lists' largest users. Only a whole line counts.
import { isButtonRow } from './page-buttons.ts';
import { SENTENCE_END } from './prose.ts';
import { READ_ALSO_LABELS } from './related-headings.ts';

const MARKERS = [
  'advertisement', 'advertising', 'advert', 'ad', 'sponsored', 'sponsored content', 'paid content', 'skip advertisement',
  'continue reading', 'continue reading the main story', 'story continues below', 'story continues below advertisement', 'article continues below',
  'scroll to continue with content', 'inread invented by teads',
  'anzeige', 'werbung', 'weiterlesen', 'publicité', 'publicidad', 'publicidade', 'pubblicità', 'advertentie', 'реклама', '广告', '広告', 'إعلان',
].join('|');
const MARKER = new RegExp(`^[\\s(\\[\\-–—]*(?:${MARKERS})[\\s)\\]\\-–—.:]*$`, 'iu');

// A link to one other story: a label, a colon, and a headline (no sentence end).
const LABELS = ['more', 'related', 'related story', 'related article', 'watch', 'listen', 'explainer', ...READ_ALSO_LABELS].join('|');
const STORY_LINK = new RegExp(`^(?:${LABELS})\\s*[:：»›>|-]\\s*\\S.{0,150}$`, 'iu');

// An affiliate disclosure: "If you buy something from a Circuit link, Circuit Media may earn a commission."
const AFFILIATE = /^(?:if you (?:buy|purchase) something (?:from|through|via) (?:a|an|our|one of our) .{1,40}links?, .{1,60}(?:may|might|could) (?:earn|receive|get) (?:a )?(?:commission|share of the sale)|(?:we|this site) (?:may )?earns? (?:a )?commission|this (?:article|post|story) (?:contains|includes) affiliate links)\b.{0,120}$/iu;

// A printed page's number, as a PDF saved as text keeps it between paragraphs: "Page 1 of 2", "Seite 2 von 3", "- 2 -" (not the "- 30 -" that ends copy).
const PAGE_NUMBER = /^(?:(?:page|seite|página|pagina|strona|sida|side|sivu|strana|страница|стр\.)\s*\d{1,3}(?:\s*(?:of|von|de|di|z|av|из|\/)\s*\d{1,3})?|[-–—]\s+(?!30\s)\d{1,3}\s+[-–—])$/iu;

/** Whether a line is page chrome inside an article's text: an advertisement slot, a "continue reading" line, a link to another story. */
export function isInlineChrome(line: string): boolean {
  const text = line.trim();
  if (AFFILIATE.test(text)) return true;
  if (text.length > 160) return false;
  return MARKER.test(text) || PAGE_NUMBER.test(text) || isButtonRow(text) || (STORY_LINK.test(text) && !SENTENCE_END.test(text));
}
