import { joinWrapped } from './split-paragraphs.ts';
// The units a saved page is judged in, and how each is judged on its own
// and by its neighbours, as jusText judges the blocks of a page: by length,
// by the density of its language's stopwords, and by the words and shapes
// of page chrome (see find-article.ts).
import { normaliseWhitespace } from './clean-text.ts';
import { SENTENCE_END, UNSPACED } from './prose.ts';
import { AFTER_ARTICLE_HEADINGS } from './related-headings.ts';
import { wordsOf } from './stopwords.ts';

/** A run of non-blank lines: `[start, end)` line indices, and its text on one line. */
export interface Block {
  start: number;
  end: number;
  text: string;
  /** A line of a block that is no wrapped paragraph (a list, a menu, a copied page's lines). */
  inList?: boolean;
}

export type Kind = 'good' | 'neargood' | 'short' | 'bad';

// jusText's lengths: a block under LENGTH_LOW characters is short. Prose
// has at least STOPWORDS_LOW of its words in the stopword list: lower than
// jusText's 0.30, since the `stopword` package's lists are shorter than
// jusText's (a hundred-odd words each).
export const LENGTH_LOW = 70;
const LENGTH_HIGH = 200;
const STOPWORDS_LOW = 0.2;
const STOPWORDS_HIGH = 0.25;
// Some lists are short for their language's prose (Arabic and Hebrew write
// "and", "the" and "in" into the next word): then the page's own blocks of
// prose shape set the bar, at these shares of their median density.
const PAGE_LOW = 0.75;
const PAGE_HIGH = 0.9;

/** The stopword shares prose must reach on a page: jusText's, or lower where the page's long blocks are sparser. */
interface Densities {
  low: number;
  high: number;
}

const densityOf = (text: string, stopwords: Set<string>) => {
  const words = wordsOf(text);
  return words.length === 0 ? 0 : words.filter((word) => stopwords.has(word)).length / words.length;
};

// A block that reads as prose by its shape alone: long, or of some length and ending a sentence.
const proseShaped = (text: string) => text.length > LENGTH_HIGH || (text.length >= LENGTH_LOW && SENTENCE_END.test(text));

export function pageDensities(blocks: readonly Block[], stopwords: Set<string> | undefined): Densities {
  const long = stopwords ? blocks.filter((block) => proseShaped(block.text) && !UNSPACED.test(block.text) && !isKorean(block.text)).map((block) => densityOf(block.text, stopwords)) : [];
  if (long.length < 3) return { low: STOPWORDS_LOW, high: STOPWORDS_HIGH };
  const median = long.sort((a, b) => a - b)[Math.floor(long.length / 2)]!;
  return { low: Math.min(STOPWORDS_LOW, PAGE_LOW * median), high: Math.min(STOPWORDS_HIGH, PAGE_HIGH * median) };
}
// Scripts written without spaces, where words cannot be counted: judged by
// length and by the punctuation of running text instead.
export { UNSPACED } from './prose.ts';
export const UNSPACED_PUNCTUATION = /[，。、！？；：「」။၊។៕]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const KOREAN_SENTENCE_END = /[.!?]["”’)]?(?=\s|$)/gu;
/** Whether most of a text's letters are Hangul. */
const ANY_HANGUL = /\p{Script=Hangul}/u;
const isKorean = (text: string) => ANY_HANGUL.test(text) && (text.match(HANGUL)?.length ?? 0) > 0.5 * (text.match(/\p{L}/gu)?.length ?? 0);
// Thai and Lao mark phrases and sentences with a space, not with punctuation.
const PHRASE_SPACE = /(?<=[\p{Script=Thai}\p{Script=Lao}]) (?=[\p{Script=Thai}\p{Script=Lao}])/gu;
// What is left of links and form controls in a text dump.
const RESIDUE = /\[(?:IMG|INLINE|BUTTON|\d+)\]|\((?:BUTTON|IMG)\)|https?:\/\/\S+|^\s*[*•+-]\s/giu;
export const HAS_RESIDUE = new RegExp(RESIDUE.source, 'iu');
// Separators of menus, link rows and breadcrumbs written on one line: "News ▪ Sport ▪ Culture".
const SEPARATORS = /(?:^|\s)[▪•|›·»>](?=\s)/gu;
export const HAS_SEPARATOR = new RegExp(SEPARATORS.source, 'u');
// A link as lynx and w3m print it, the whole line in brackets: "[What you need to know: Get New York Today in your inbox.]".
export const BRACKETED = /^\[[^[\]]+\]$/u;
// The items of a numbered list run into one block: "1. … 2. … 3. …", as rankings of most-read stories are.
const NUMBERED = /(?:^|\s)\d{1,2}\.\s/gu;
// A headline wrapped by lynx or w3m has all but its last line at least this long.
export const WRAPPED_HEADLINE = 45;
// A line of prose wrapped by lynx or w3m at 80 columns is longer than this.
const WRAPPED_LINE = 60;
// The narrowest width a dump wraps at (lynx's and w3m's 80 less a margin, html2text's 78).
const WRAP_WIDTH = 70;
// Lines longer than any dump's width: a copy's, whose lines were never wrapped.
const COPY_WIDTH = 100;
// Offers and notices that run to a sentence: sign-up boxes, cookie and copyright lines.
const SIGN_UP = /\b(?:sign up|sign in|log in|subscribe|newsletters?|cookies?)\b/iu;
// Korean, Japanese and Chinese papers close with a ban on copying: "무단 전재-재배포 금지", "無断転載禁止", "未经授权禁止转载".
const COPYRIGHT = /©|\(c\)\s*\d{4}|\ball rights reserved\b|\bcopyright\s+\d{4}|무단\s*전재|재배포\s*금지|無断転載|転載を禁じ|禁止转载|禁止轉載|版权所有|版權所有/iu;
// The words of a site's legal and comment notices in the languages of the stopword lists' largest
// users: a paragraph with two of them ("… our comment guidelines … the privacy policy …") is a
// notice under the article, as one alone may be an article's subject.
const NOTICE_WORDS = [
  /privacy policy|politique de confidentialité|datenschutz|política de privacidad|política de privacidade|informativa sulla privacy|privacybeleid|политик\p{L}* конфиденциальности|سياسة الخصوصية|隐私政策|隱私權政策|プライバシー/iu,
  /terms of (?:use|service)|conditions d'utilisation|nutzungsbedingungen|términos de uso|termos de uso|condizioni d'uso|gebruiksvoorwaarden|пользовательско\p{L}* соглашени\p{L}*|شروط (?:ال)?استخدام|使用条款|利用規約/iu,
  /\bcomments?\b|commentaires?|kommentare?|comentarios?|commenti|reacties|комментари\p{L}*|التعليقات|评论|留言|コメント/iu,
  /\bcookies?\b/iu,
];
// A site's call for tips and its statement of standards under an article: "Have a story for us? Email …",
// "Our Standards: The Thomson Reuters Trust Principles."
// A Korean paper's "제보는 카카오톡 okjebo" (tips by KakaoTalk, e-mail or phone) is one too.
const CALL_FOR_TIPS = /^(?:have|got|do you have) (?:a|any) (?:story|tip|news tip)s?\b.*(?:@|\bemail\b|\bcontact\b|\bcall\b)|^our standards\s*:|^(?:기사\s*)?제보(?:는|하기)?\s*(?:[:：]|카카오톡|이메일|전화)/iu;

// A call to follow the site on a messaging or news app, as pages close articles with it: "Join our WhatsApp
// channel", "Síguenos en Google News", "… akses berita Kompas.com WhatsApp Channel". An article about the app
// names it too, so the site must speak of itself ("our", "nos", "kami") or of its channel.
const APP_CHANNEL = /\b(?:whats\s?app|telegram|viber|google (?:news|actualités|noticias|notícias|nachrichten))\b|вотсап|телеграм/iu;
const OUR_CHANNEL = /\b(?:our|(?:follow|join) us|channels?|nos|nous|notre|nuestro|nosso|uns|unser\p{L}*|ons|onze|ci|nostro|kami|saluran|kanal\p{L}*|canal|chaîne)\b|наш\p{L}*|канал\p{L}*/iu;

// A paper's note that the story also ran in print, with the headline it ran under: "A version of this article appears
// in print on April 9, 2025, Section A, Page 1 of the New York edition with the headline: …".
const PRINT_EDITION = /^(?:a version of this (?:article|story) (?:appears|appeared) in print\b|this (?:article|story) (?:appeared|appears|was published) in (?:the )?(?:print edition|.{0,40}section of the print edition)\b|cet article est paru dans l['’]édition\b|dieser (?:artikel|beitrag) (?:erschien|ist erschienen) in der (?:print)?ausgabe\b|este artículo (?:se publicó|apareció) en la edición impresa\b)/iu;
// A page's plea to share the story: "Help us reach more readers by sharing this article."
const SHARE_PROMPT = /\bby sharing this (?:article|story|page)\b|^share this (?:article|story) with\b/iu;
// An opinion piece's disclaimer: "The views expressed are those of the author and do not necessarily reflect …".
const VIEWS_DISCLAIMER = /^[_*]?(?:the )?(?:views|opinions) expressed (?:(?:here|in this (?:article|column|piece))\s)?are (?:those of the (?:author|writer)s?|the (?:author|writer)['’]s own)\b|^(?:les opinions exprimées|die (?:hier )?geäußerte meinung|las opiniones expresadas|as opiniões expressas|le opinioni espresse)\b/iu;
// Or its question whether the story helped: "Cet article vous a été utile ? Sachez que vous pouvez suivre …".
const FEEDBACK_PROMPT = /^(?:(?:did you find|was) this (?:article|story) (?:useful|helpful)|cet article vous a(?: été)? (?:utile|plu)|(?:war|fanden sie) (?:dieser|diesen) (?:artikel|beitrag) (?:hilfreich|nützlich)|¿(?:te|le) (?:ha )?(?:resultado|sido|pareció) útil (?:este|esta) (?:artículo|noticia)|questo articolo (?:ti|le) è stato utile|este (?:artigo|texto) (?:foi|lhe foi) útil|was dit artikel (?:nuttig|handig))\s*\?/iu;

/** Whether a line is a copyright line, a call for tips or to follow the site, a print-edition note or a plea to share, which close a file of any shape. */
export const isClosingNotice = (text: string) =>
  (text.length < 2 * LENGTH_HIGH && PRINT_EDITION.test(text)) ||
  (text.length < 2 * LENGTH_HIGH && (FEEDBACK_PROMPT.test(text) || VIEWS_DISCLAIMER.test(text))) ||
  (text.length < LENGTH_HIGH && (COPYRIGHT.test(text) || CALL_FOR_TIPS.test(text) || SHARE_PROMPT.test(text) || (APP_CHANNEL.test(text) && OUR_CHANNEL.test(text))));

/** Whether a block is a sign-up box, a copyright line, a call for tips or a legal or comment notice: a site's words, not the article's. */
// A consent banner's notice, a paragraph of prose addressed to the reader: cookies, consent or partners, and "you".
const COOKIES = /\bcookies?\b|\bcookie-/iu;
// Or the privacy policy the reader agrees to by going on ("ao continuar navegando, você concorda").
const CONSENT = /consent|accord|zustimmung|einwilligung|consentimiento|consentimento|consenso|toestemming|zgod|соглас|\bpartners?\b|partenaires|\bsocios\b|parceiros|fornitori|leveranciers|privacy policy|política de privacidad|politique de confidentialité|datenschutz|privacybeleid|\bagree\b|concorda|acepta|accepte|akzeptier/iu;
const TO_THE_READER = /(?<!\p{L})(?:you|your|vous|votre|vos|sie|ihre|ihr|usted|su|sus|você|seu|sua|tu|tuo|tua|uw|u|jij|je|вы|вас|ваш\p{L}*|twoj\p{L}*|pan|pani)(?!\p{L})/iu;
export const isConsentNotice = (text: string) => COOKIES.test(text) && CONSENT.test(text) && TO_THE_READER.test(text);

// A consent banner's notice in full runs long ("We and our 143 partners store and/or access information on a device…"):
// the site speaks of itself and its partners, and of what it stores on the reader's device.
const SITE_AND_DEVICE = /(?<!\p{L})(?:we|our|nous|nos|wir|unsere?|nosotros|nuestros|utilizamos|usamos|noi|wij|onze|my|nasi)(?!\p{L})/iu;
const DEVICE_DATA = /\bdevice|personal data|données personnelles|personenbezogene|datos personales|dados pessoais|dati personali|persoonsgegevens|danych osobowych|appareil|endgerät|dispositivo|apparaat|urządzeni/iu;
const isLongConsentNotice = (text: string) => text.length < CONSENT_NOTICE_LENGTH && isConsentNotice(text) && SITE_AND_DEVICE.test(text) && DEVICE_DATA.test(text);
const CONSENT_NOTICE_LENGTH = 1500;

export const isNotice = (text: string) =>
  (text.length < LENGTH_HIGH && (SIGN_UP.test(text) || CALL_FOR_TIPS.test(text))) || (text.length < 2 * LENGTH_HIGH && (COPYRIGHT.test(text) || isConsentNotice(text) || NOTICE_WORDS.filter((words) => words.test(text)).length >= 2)) || isLongConsentNotice(text);
// A credit line of the staff who made a story, as Chinese and Japanese pages end theirs: "作者︱春春", "（编辑：王辉）".
export const STAFF_CREDIT = /^[[(（【]?\s*(?:出品|作者|责任编辑|責任編輯|编辑|編集|记者|記者|编译|原标题|校对|校對|审校|審校)\s*[:：︱|]/u;
export { SENTENCE_END } from './prose.ts';

/** Non-blank runs of lines. */
export function blocksOf(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let start = -1;
  for (let index = 0; index <= lines.length; index++) {
    const blank = index === lines.length || (lines[index] ?? '').trim() === '';
    if (blank && start >= 0) {
      blocks.push({ start, end: index, text: joinWrapped(lines.slice(start, index)) });
      start = -1;
    } else if (!blank && start < 0) start = index;
  }
  return blocks;
}

// A menu item: a few words, no figures (a table's rows have them), not a sentence.
export const isMenuItem = (line: string) => {
  if (line.length > 40) return false;
  const words = line.split(' ').length;
  // "U.S." and "Politics." end in a full stop too: only three words or more make a sentence.
  return words <= 4 && !/\d/.test(line) && !(words >= 3 && SENTENCE_END.test(line));
};

// What sets a menu's items apart on one line: a bar, a dot or an arrow, or a wide gap.
const MENU_ITEM_SEPARATOR = /\s*[｜＞]\s*|\s+[|·•›»>]\s+|\s{3,}/u;
const MENU_ITEMS_ON_LINE = 3;
/** How many items a menu set on one line has, or 0 when the line is no such menu. */
export function menuItemsOnLine(line: string): number {
  const items = line.split(MENU_ITEM_SEPARATOR).filter(Boolean);
  return items.length >= MENU_ITEMS_ON_LINE && items.every(isMenuItem) ? items.length : 0;
}

/** A block on its own, as jusText judges it before looking at its neighbours. */
// A time of day on its own, as a live page stamps each entry: "14:32", "9.05am", "16h40", "2:15 p.m. EST".
export const TIME_ALONE = /^\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT))?$/iu;

export function kindOf(block: Block, stopwords: Set<string> | undefined, densities: Densities): Kind {
  const text = block.text;
  const residue = text.match(RESIDUE)?.length ?? 0;
  if (isNotice(text)) return 'bad';
  if ((text.match(SEPARATORS)?.length ?? 0) >= 3 || (text.match(NUMBERED)?.length ?? 0) >= 3 || (BRACKETED.test(text) && !STAFF_CREDIT.test(text))) return 'bad';
  if (UNSPACED.test(text)) {
    const marks = (text.match(UNSPACED_PUNCTUATION)?.length ?? 0) + (text.match(PHRASE_SPACE)?.length ?? 0);
    if (text.length < 25) return 'short';
    if (residue > 0 || marks === 0) return 'bad';
    return text.length >= 60 && marks >= 2 ? 'good' : 'neargood';
  }
  if (isKorean(text)) {
    // Korean writes its particles into the word ("공사는"), so its stopword list finds nearly none: judged by
    // length and sentence ends, as unspaced scripts are.
    const ends = text.match(KOREAN_SENTENCE_END)?.length ?? 0;
    if (text.length < 25) return 'short';
    if (residue > 0 || ends === 0) return 'bad';
    return text.length >= 60 && (ends >= 2 || text.length >= LENGTH_LOW) ? 'good' : 'neargood';
  }
  // A live page's entry stamps are short blocks between its entries, as jusText judges any short block: no boilerplate.
  if (TIME_ALONE.test(text)) return 'short';
  const words = wordsOf(text);
  if (words.length === 0 || CAPTION_LINE.test(text) || isTitleCaseList(text)) return 'bad';
  if (residue / words.length > 0.2) return 'bad';
  if (text.length < LENGTH_LOW) return 'short';
  // A language without a stopword list (Georgian, Armenian, Amharic…): judged by sentence ends and length.
  if (!stopwords) {
    const ends = text.match(SENTENCE_ENDS)?.length ?? 0;
    if (ends === 0) return 'bad';
    return text.length > LENGTH_HIGH && ends >= 2 ? 'good' : 'neargood';
  }
  const density = densityOf(text, stopwords);
  if (density >= densities.high) return text.length > LENGTH_HIGH ? 'good' : 'neargood';
  if (density >= densities.low) return 'neargood';
  // On a page whose prose is sparse in stopwords (Czech, Finnish write their
  // function words into the word), a sentence with half the bar is
  // near-good: menus and labels end no sentence, and a near-good block
  // needs prose around it.
  const sparsePage = densities.low < STOPWORDS_LOW;
  return sparsePage && SENTENCE_END.test(text) && !HAS_SEPARATOR.test(text) && density >= SPARSE_SHARE * densities.low ? 'neargood' : 'bad';
}

// The share of the stopword bar that a sentence sparse in stopwords must still reach.
const SPARSE_SHARE = 0.5;

// A full stop in any script, where a sentence ends inside a text.
const SENTENCE_ENDS = /[.!?…։።।؟۔]["'”’»)]*(?=\s|$)/gu;

const TITLE_CASE_SHARE = 0.7;
// Characters as columns: a text dump gives a Han or kana character two.
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\uff01-\uff60]/gu;
const WIDE_START = /^\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60]/u;
export const columns = (line: string) => {
  const text = line.trim();
  return text.length + (text.match(WIDE)?.length ?? 0);
};

/**
 * Whether a block is headlines in title case run together ("Police Arrest
 * Three Students … Rescued From River …"): nearly every word capitalised,
 * which prose in no language is (German capitalises its nouns, a third).
 */
function isTitleCaseList(text: string): boolean {
  if (text.length < LENGTH_LOW || SENTENCE_END.test(text)) return false;
  const words = text.split(' ').filter((word) => /^\p{L}/u.test(word));
  return words.length >= 8 && words.filter((word) => /^\p{Lu}/u.test(word)).length >= TITLE_CASE_SHARE * words.length;
}

/**
 * The units a page is judged in: its blocks, with a block that is no
 * wrapped paragraph split into its lines. A dump wraps a paragraph with
 * all but its last line near the full width; a block most of whose lines
 * are shorter is a list, a menu, or a copied page whose every line is a
 * paragraph, a caption or a credit of its own.
 */
export function unitsOf(lines: readonly string[], blocks: readonly Block[]): Block[] {
  const line = (at: number, inList: boolean): Block => ({ start: at, end: at + 1, text: normaliseWhitespace(lines[at] ?? ''), inList });
  const width = wrapWidth(lines);
  return blocks.flatMap((block) => {
    // An image's or a link's name in brackets on a line of its own is a unit of its own.
    const units: Block[] = [];
    let start = block.start;
    for (let at = block.start; at <= block.end; at++) {
      // So is a heading of what follows the article ("【関連記事】") that a dump ran into its last paragraph.
      const text = (lines[at] ?? '').trim();
      const alone = at < block.end && (BRACKETED.test(text) || (at > block.start && isSectionAfter(text)));
      if (at < block.end && !alone) continue;
      if (at > start) units.push(...wrappedOrLines(lines, start, at, width, line));
      if (alone) units.push(line(at, false));
      start = at + 1;
    }
    return units;
  });
}

/**
 * The width a dump wrapped the page at, or 0 for a page that was not wrapped (a copy): its longest lines of words but
 * for a few (a dump leaves a long URL or a table's row unwrapped), when most lines of prose length come near it.
 */
function wrapWidth(lines: readonly string[]): number {
  const measured = lines.filter((text) => text.includes(' ')).map((text) => ({ text, columns: columns(text) }));
  const widths = measured.map((line) => line.columns).sort((a, b) => b - a);
  const width = widths[Math.min(2, widths.length - 1)] ?? 0;
  if (width < WRAP_WIDTH || width > COPY_WIDTH) return 0;
  // A dump's full lines end mid-sentence; a copy's lines are paragraphs, which end one.
  const prose = measured.filter((line) => line.columns >= WRAPPED_LINE);
  const wrapped = prose.filter((line) => line.columns >= width - NEAR_WIDTH && !SENTENCE_END.test(line.text.trimEnd())).length;
  return prose.length >= 3 && wrapped >= prose.length / 2 ? width : 0;
}
// How far short of its width a dump's wrapped line may end: a long word left over.
const NEAR_WIDTH = 12;

// How many short lines a block of a copy has that is no paragraph.
const SHORT_LINES_OF_A_COPY = 3;

/** Lines `[start, end)` as one unit when they are a wrapped paragraph, or one unit per line. */
function wrappedOrLines(lines: readonly string[], start: number, end: number, width: number, line: (at: number, inList: boolean) => Block): Block[] {
  const blockLines = lines.slice(start, end);
  // A long word leaves a short wrapped line: "… melusta ja" / "pysäköintipaikkojen …".
  const nextWordFits = (at: number) => columns(blockLines[at]!) + 1 + columns(blockLines[at + 1]!.trim().split(' ')[0]!) <= width;
  // A long line is a wrapped one; so is a short one that a lower-case rest continues when the rest's first word
  // would not have fitted on it. (Only so far: a dump's link numbers or a converter's links, taken out, leave lines
  // shorter than they were wrapped at.) Chinese and Japanese wrap between any two characters, with no space.
  const restInLowerCase = (at: number) => /^\s*\p{Ll}/u.test(blockLines[at + 1]!) && !SENTENCE_END.test(blockLines[at]!.trimEnd());
  // A line that ends a sentence over a last line that is a label ends there: a caption over its credit (a paragraph's
  // last line ends a sentence).
  const overLabel = (at: number) => at + 2 === blockLines.length && SENTENCE_END.test(blockLines[at]!.trimEnd()) && LABEL_LINE.test(blockLines[at + 1]!.trim()) && !SENTENCE_END.test(blockLines[at + 1]!.trimEnd());
  const long = (at: number) => columns(blockLines[at]!) >= WRAPPED_LINE && !overLabel(at);
  const wrapped = (at: number) => long(at) || (width > 0 && !WIDE_START.test(blockLines[at + 1]!) && !nextWordFits(at) && restInLowerCase(at));
  const short = blockLines.slice(0, -1).filter((_, at) => !wrapped(at)).length;
  // A wrapped paragraph has no short line but its last, and its long lines end mid-sentence; a copy without blank
  // lines has its menu's, caption's and labels' lines between its paragraphs, which end sentences.
  const longLines = blockLines.slice(0, -1).filter((_, at) => long(at));
  const copyWithoutBlankLines = width === 0 && short >= SHORT_LINES_OF_A_COPY && longLines.filter((text) => SENTENCE_END.test(text.trimEnd())).length >= longLines.length / 2;
  if (blockLines.length < 2 || (short < (blockLines.length - 1) / 2 && !copyWithoutBlankLines)) return [{ start, end, text: joinWrapped(blockLines) }];
  // A line each, with the rest a dump wrapped it onto when its width tells: a list's item and its last word.
  const units: Block[] = [];
  let from = 0;
  for (let at = 0; at < blockLines.length; at++) {
    // An item's rest ends its sentence: a list of links to stories (a ticker's "* 12:57 Un journaliste…") ends none.
    // A line the dump filled that ends on a comma runs on whatever the rest starts with; so does one whose rest ends
    // the sentence it left open ("… places, while Port" / "Alder have now gone … victory.").
    // (A headline may end on a small word and fill the line too.)
    const next = blockLines[at + 1]?.trimEnd() ?? '';
    const closesSentence = !SENTENCE_END.test(blockLines[at]!.trimEnd()) && SENTENCE_END.test(next) && /\s\p{Ll}/u.test(next);
    const rest = ITEM_START.test(blockLines[from]!) ? SENTENCE_END.test(next) : restInLowerCase(at) || blockLines[at]!.trimEnd().endsWith(',') || closesSentence;
    const runsOn = at + 1 < blockLines.length && width > 0 && !nextWordFits(at) && !ITEM_START.test(blockLines[at + 1]!) && rest;
    if (runsOn) continue;
    units.push(at === from ? line(start + at, true) : { start: start + from, end: start + at + 1, text: joinWrapped(blockLines.slice(from, at + 1)), inList: true });
    from = at + 1;
  }
  return units;
}

// A short label of capitalised words: "Port Alder River Trust".
const LABEL_LINE = /^\p{Lu}[^.!?]{0,38}$/u;
// The bullet a dump gives a list's item.
const ITEM_START = /^\s*[*•·+-]\s/u;

/** Whether a near-good block is one of at least three in a row, short blocks between them aside. */
function inNearGoodRun(kinds: readonly Kind[], index: number): boolean {
  let count = 1;
  for (const step of [-1, 1]) {
    for (let at = index + step; at >= 0 && at < kinds.length && count < 3; at += step) {
      if (kinds[at] === 'short') continue;
      if (kinds[at] !== 'neargood' && kinds[at] !== 'good') break;
      count++;
    }
  }
  return count >= 3;
}

/**
 * jusText's second pass: a short block is good between good ones, and
 * next to a near-good one across a bad one; a near-good block is good
 * unless the nearest decided blocks on both sides are bad.
 */
export function inContext(kinds: readonly Kind[]): boolean[] {
  // Three near-good blocks in a row (shorter ones between them aside) are a
  // run of prose: a page's paragraphs are often shorter than jusText's
  // good length, and menus and notices are never near-good.
  const decided = kinds.map((kind, index) => (kind === 'neargood' && inNearGoodRun(kinds, index) ? 'good' : kind));
  // The nearest decided kind on each side, short blocks (and near-good ones, for `skipNearGood`) passed over;
  // worked out once for every block, as a page of nothing but short lines would otherwise be walked from each.
  const nearest = (step: 1 | -1, skipNearGood: boolean): Kind[] => {
    const found: Kind[] = new Array<Kind>(decided.length);
    let last: Kind = 'bad';
    for (let index = step === 1 ? decided.length - 1 : 0; index >= 0 && index < decided.length; index -= step) {
      found[index] = last;
      const kind = decided[index]!;
      if (kind !== 'short' && !(skipNearGood && kind === 'neargood')) last = kind;
    }
    return found;
  };
  const [beforeDecided, afterDecided, beforeAny, afterAny] = [nearest(-1, true), nearest(1, true), nearest(-1, false), nearest(1, false)];
  const neighbour = (from: number, step: 1 | -1, skipNearGood: boolean): Kind => (step === -1 ? (skipNearGood ? beforeDecided : beforeAny) : skipNearGood ? afterDecided : afterAny)[from]!;
  return decided.map((kind, index) => {
    if (kind === 'good') return true;
    if (kind === 'bad') return false;
    const before = neighbour(index, -1, true);
    const after = neighbour(index, 1, true);
    if (kind === 'neargood') return before === 'good' || after === 'good' || !(before === 'bad' && after === 'bad');
    if (before === 'good' && after === 'good') return true;
    if (before === 'bad' && after === 'bad') return false;
    return (before === 'bad' && neighbour(index, -1, false) === 'neargood') || (after === 'bad' && neighbour(index, 1, false) === 'neargood');
  });
}

// Words that only page chrome is made of: account, navigation, sharing, legal.
// A skip link in the languages pages are saved in: "Pular para o conteúdo", "Zum Inhalt springen", "Aller au contenu".
export const CHROME_WORDS = /\b(?:skip to|pular para o|ir (?:para|al|a) (?:o )?conte(?:[uú]do|nido)|saltar al contenido|aller au contenu|passer au contenu|zum inhalt|direkt zum inhalt|vai al contenuto|salta al contenuto|naar de inhoud|przejdź do treści|перейти к содержанию|sign in|sign up|log in|subscribe|newsletter|iniciar sesión|suscríbete|se connecter|abonnez-vous|s['’]abonner|anmelden|abonnieren|assine|inicie sessão|abbonati|inloggen|войти|cookies?|accessibility|advertisement|menu|navigation|search|share|follow|twitter|facebook|comments?|click|privacy|terms of|all rights reserved|this article is more than|listen to this article|gift (?:this )?article|view (?:this )?(?:email|e-mail|newsletter) in (?:your |a )?browser|unsubscribe|forward (?:it|this(?: email)?) to a friend)\b|©|(?:تخطي|تجاوز|انتقل|الانتقال) إلى المحتوى|דלג לתוכן|پرش به محتوا/i;
// The headings of what pages put after an article: related stories, most read, see also.
const SECTION_AFTER = new RegExp(
  // Pages box or mark such headings: "【関連記事】", "■ Related", "[ Lire aussi ]".
  `^[\\s[【〔(（■□●◆▼▶►»>|-]*(?:${AFTER_ARTICLE_HEADINGS.join('|')})(?![\\p{L}])`,
  'iu',
);
// A link to one other story inside an article: "Related: Chicago is America's most segregated city".
const INLINE_LINK = /^[^:：]{2,30}[:：]\s*\S+(?:\s+\S+){2,}/u;
// A short line that is such a heading, not a sentence that starts with its words nor a link to one story.
export const isSectionAfter = (text: string) => text.length <= 50 && !SENTENCE_END.test(text) && !INLINE_LINK.test(text) && SECTION_AFTER.test(text);
// Photo captions and credits as pages print them inside the body.
const CAPTION_LINE = /^(?:media caption|image caption|image copyright|image source|photo|caption)\b/i;
