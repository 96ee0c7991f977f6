// What a file may print over its headline: a section's name ("Obituaries"),
// a wire's slug ("FRANCE-AGRICULTURE-MANIFESTATION"), a release's label
// ("FOR IMMEDIATE RELEASE", "Pressemitteilung Nr. 42/2024") and its
// contacts, or a correction. None is the headline; the headline is the
// title-like line under them that is about the story.
import { normaliseWhitespace } from './clean-text.ts';
import { HAN_OR_KANA, bigramsOf } from './page-headline.ts';
import { SENTENCE_END, wordCount } from './prose.ts';
import { stopwordLanguage, wordsOf } from './stopwords.ts';

// A release's label may carry its day ("For Immediate Release: Monday, September 8, 2025"), and its embargo the hour it lifts.
const RELEASE_DAY = /^(?:for immediate release|pour diffusion immédiate|zur sofortigen veröffentlichung|para (?:su )?(?:publicación|difusión) inmediata|para (?:divulgação|publicação) imediata|per la (?:pubblicazione|diffusione) immediata|embargoed(?: until| till| to)?|embargo(?: until| till)?|sperrfrist(?: bis)?|sous embargo jusqu['’]au|embargo hasta)\s*[:,–—-]?\s*(.{6,60})$/iu;
const ISSUER_FIRST = /^(?:news )?provided by\s*:?$/iu;
const RELEASE_LABEL = /^(?:for immediate release|pour diffusion immédiate|press release|news release|media release|pressemitteilung|presseinformation|communiqué(?: de presse)?|nota de prensa|comunicado(?: de (?:prensa|imprensa))?|comunicato stampa|persbericht)\b[\s\d.:/#Nnr-]*$/iu;
// A wire's slug: words in capitals joined by hyphens ("FRANCE-AGRICULTURE-MANIFESTATION"), or AFP's keywords in
// small letters ("France-climat-eau-agriculture"); an agency's slug line ("AP-US-Utah-Wildfire, 2nd Ld-Writethru")
// and its transmission code ("FRS0412 4 GEN /AFP-QX88", "MDS27 KA-METRO-CORRECTED").
// AFP may add the story's kind to its keywords ("France-animal-zoo,FEATURE"); AP its word count ("…, 1st Ld-Writethru,0512").
// Reuters joins a slug's topics with "/" and adds the version ("TAVERIA-MINING/COPPER (UPDATE 2)"); AFP its lead's number ("…, 1re LEAD").
const SLUG = /^(?:[\p{Lu}\d]+(?:[-/][\p{Lu}\d]+){1,6}(?:\s+\((?:UPDATE \d+|URGENT|REFILE|CORRECTED|RPT)\))?|\p{Lu}\p{Ll}+(?:-\p{L}+){2,6}(?:,\s*(?:\d\p{L}{0,3}\s+)?\p{Lu}{3,})?)$/u;
const AGENCY_SLUG = /^(?:AP|APN|BC|UPI|CP|PA|AFP|DPA)-[\p{L}\d/-]+(?:\s+\((?:UPDATE \d+|URGENT|REFILE|CORRECTED|RPT)\))?(?:,\s*[\p{L}\d -]{1,40}){0,2}$/u;
// A wire's stamp of agency and time: "RTRS 07/10 13:42 GMT".
const WIRE_STAMP = /^(?:RTRS|REUTERS|AP|AFP|DPA|ANSA|EFE|XINHUA|KYODO|YONHAP)\s+[\d/:.\s-]{4,20}(?:\s?(?:GMT|UTC|ET|EDT|EST|BST|CET|CEST|IST|JST|KST))?$/iu;
const TRANSMISSION_CODE = /^[A-Z]{2,5}\d{2,5}\b[A-Z\d /-]{0,40}$/u;
// A label in capitals over the headline: "OBITUARY", "LIVE UPDATES", "EXCLUSIVE".
const MASTHEAD = /^\p{Lu}[\p{Lu}.'’&-]*(?: \p{Lu}[\p{Lu}.'’&-]*){1,4}$/u;
const LABEL_IN_CAPITALS = /^\p{Lu}{3,}(?: \p{Lu}{3,})?$/u;
// The heading of a release's contacts, whose lines follow it in the same block.
const CONTACT_HEADING = /^(?:(?:media|press|investor|news)\s+contacts?|contacts?|pressekontakt|kontakt|contacto(?: de prensa)?|contact presse|contatti stampa)\s*:?$/iu;
const CONTACT_LINE = /^(?:(?:media|press|investor|news)\s+)?contacts?\s*:/iu;
const IMAGE_NAME = /^\[(?:image:\s*|logo\b\s*|img\b\s*)?[^[\]]{1,120}\]$/iu;
// A teleprinter's start of message and the routing codes under it ("ZCZC4821/SXA" / "XEF20417_SXA_QBXB").
const TELEPRINTER_START = /^ZCZC\S*(?:\s|$)/u;
// A correction or editor's note the file gives first; papers print it under the story. It may give its day before
// the colon: "Correction, April 9, 2025:", "Clarification (12 March 2026):".
const CORRECTION = /^(?:correction|corrections|clarification|editor['’]s note|rectificatif|précision|berichtigung|korrektur|corrección|fe de errores|correção|errata corrige|rettifica|rectificatie)(?:\s*,\s*[^:：,]{3,20}(?:,\s*\d{4})?|\s*\([^()]{4,30}\))?\s*[:：]/iu;

/** Whether a paragraph is a correction's or editor's note: "Correction: An earlier version of this article…". */
export const isCorrectionNote = (paragraph: string): boolean => CORRECTION.test(paragraph) && SENTENCE_END.test(paragraph);
// A forwarded e-mail's header: "---------- Forwarded message ---------", then "From:", "Date:", "Subject:", "To:"
// in the languages mail programs write them; a newsletter's "View this post on the web at …".
// Outlook's "-----Original Message-----" and Apple Mail's "Begin forwarded message:" open one too.
const FORWARDED = /^(?:-{3,}\s*(?:forwarded message|weitergeleitete nachricht|mensagem encaminhada|mensaje reenviado|message transféré|messaggio inoltrato|doorgestuurd bericht|пересылаемое сообщение|original message|ursprüngliche nachricht|message d['’]origine|mensaje original|mensagem original|messaggio originale|oorspronkelijk bericht|исходное сообщение)\s*-{3,}|begin forwarded message\s*:|début du message réexpédié\s*:|anfang der weitergeleiteten nachricht\s*:|inicio del mensaje reenviado\s*:)$/iu;
const MAIL_HEADER = /^(?:from|de|von|da|van|от|date|data|datum|fecha|subject|assunto|asunto|betreff|objet|oggetto|onderwerp|тема|to|para|an|à|a|aan|кому|cc|sent|enviado|gesendet|envoyé|inviato|verzonden)\s*:\s*\S/iu;
const DATE_HEADER = /^(?:date|data|datum|fecha|sent|enviado|gesendet|envoyé|inviato|verzonden)\s*:\s*(.+)$/iu;
const SUBJECT_HEADER = /^(?:subject|assunto|asunto|betreff|objet|oggetto|onderwerp|тема)\s*:\s*(.+)$/iu;
// What a mail program puts before a subject it forwards or answers: "Fwd:", "RE:", "WG:", "TR:".
const SUBJECT_MARKS = /^(?:(?:fwd?|re|aw|wg|tr|rv|enc|r)\s*:\s*)+/iu;
// A letter's greeting, which opens a mail's body, not its headline: "Dear editors,", "Hi all".
const GREETING = /^(?:dear|hi|hello|good (?:morning|afternoon)|bonjour|hallo|liebe|sehr geehrte|estimad[oa]s?|hola|caro|cari|beste|geachte)\b/iu;
// Or its note for mail programs that cannot show it: "Si ce courriel ne s’affiche pas correctement, consultez la version en ligne."
const VIEW_ON_WEB = /^(?:view (?:this )?(?:post|email|e-mail|newsletter|message)? ?(?:on the web|in (?:your |a )?(?:web )?browser|online)|ver (?:este post|esta publicação) na web|diesen beitrag im web ansehen|(?:having trouble viewing|can['’]t see|cannot see) this (?:e-?mail|message)|si ce (?:courriel|message|e-?mail|courrier) ne s['’]affiche pas|(?:wird )?diese (?:e-?mail|nachricht) (?:wird )?nicht (?:richtig|korrekt) angezeigt|si no (?:ves|puedes ver) (?:correctamente )?este (?:correo|e-?mail|mensaje)|se (?:você )?não (?:consegue )?(?:ver|visualizar) (?:este|esta) (?:e-?mail|mensagem)|se non (?:visualizzi|vedi) correttamente (?:questa|questo) (?:e-?mail|messaggio))\b.{0,200}$/iu;
// A wire's transmission header over its headline: its time stamp with a figure date ("2025-11-12T15:42:07Z",
// "CoPress-Wire  08-16-25 11:52 EDT"), a row of fields ("Prioridade: Normal | Categoria: Sociedade"), a labelled
// line ("Desk: Features", "Words: 512", "Last edited by …"), AP's lines between carets ("^BC-Lake-Ferry,0561^").
const FIGURE_DATE_AND_TIME = /(?<!\d)(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}[\sT]+\d{1,2}:\d{2})/u;
const LABELLED_LINE = /^[\p{L}][\p{L}\p{M} .-]{0,30}?\s*:\s*\S/u;
const EDITED_BY = /^(?:last\s+)?(?:edited|modified|updated|saved)\s+by\s+\p{Lu}/iu;
const CARETS = /^\^.+\^$/u;
// A label that marks the headline it heads ("CORRECTED: Port Alder ferry…"), not a field of the transmission.
const HEADLINE_MARK = /^(?:corrected|correction|updated?|urgent|flash|breaking|exclusive|refile|alert)\s*:/iu;
// A byline among the labels says the block is a draft's fields (draft-fields.ts) or a page's header: not dropped here.
const BYLINE_LABEL = /^(?:by|byline|author|autor|auteur|reporter|par|por|von|di|door|автор)\b/iu;
/** The transmission header's lines that say the block is one (its first line may be the agency's name). */
const isTransmissionLine = (line: string) => FIGURE_DATE_AND_TIME.test(line) || CARETS.test(line) || EDITED_BY.test(line) || (LABELLED_LINE.test(line) && !HEADLINE_MARK.test(line) && line.length <= 120) || SLUG.test(line) || AGENCY_SLUG.test(line);
// How many of them a block needs: one date line under a headline is a page's header.
const MIN_TRANSMISSION_LINES = 2;
const MAX_SECTION_WORDS = 2;
// How many blocks may stand over the headline.
const MAX_STEPS = 4;
// A mail has more over its story: the forwarder's note, the headers, the newsletter's web link and logo.
const MAX_MAIL_STEPS = 8;
// A site's menu on one line ("新华网 | 首页 | 时政 | 国际", "Home · News · Sport") or its breadcrumb ("当前位置：首页 > 科技").
const MENU_SEPARATOR = /\s*[|·•>›»/]\s*/u;
const BREADCRUMB_LABEL = /^(?:当前位置|您的位置|現在位置|位置|You are here|Vous êtes ici|Sie sind hier)\s*[:：]\s*/iu;
// Chinese and Japanese write no spaces between words: short items apart by spaces are a menu's
// ("ニュース トップ 国内 国際 経済").
const SPACED_CJK_MENU = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,6}(?:[ \u3000]+[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,6}){3,}$/u;
// A menu a copy sets apart by runs of spaces: "Home  News  Sports  Obituaries".
const SPACED_MENU_BREAK = /\s{2,}|\u3000+/u;
function isMenuLine(text: string): boolean {
  if (SPACED_CJK_MENU.test(text)) return true;
  const spaced = text.trim().split(SPACED_MENU_BREAK);
  if (spaced.length >= 4 && spaced.every((item) => item.length <= 14 && wordCount(item) <= 2 && !SENTENCE_END.test(item))) return true;
  const items = text.replace(BREADCRUMB_LABEL, '').split(MENU_SEPARATOR).filter(Boolean);
  const crumb = BREADCRUMB_LABEL.test(text);
  return (items.length >= 3 || (crumb && items.length >= 2)) && items.every((item) => item.length <= 12 && wordCount(item) <= 3);
}
const MIN_HEADLINE_WORDS = 5;
// A block of this many lines, each a section's name, is a menu.
const MIN_MENU_LINES = 3;
// How far under the headline the body's words are looked for: past a standfirst, caption and byline.
const LINES_BELOW = 40;

export interface OverHeadline {
  /** The headline's line. */
  headline: number;
  /** The labels, slugs and contacts above it, as the report lists what was left out. */
  dropped: string[];
  /** The standfirst on the line under the headline, in its block, under a transmission header. */
  standfirst?: string;
  /** A correction printed over the headline, to go under the story. */
  correction?: string;
  /** Whether a site's menu was stepped over: the file is a saved page, for the page reader. */
  menu?: boolean;
  /** An e-mail's subject, when no line of its own under the mail's header gives the headline: the body starts at `headline`. */
  subject?: string;
  /** Whether the file is an e-mail: its last lines may be the sender's signature. */
  mail?: boolean;
  /** The date of a forwarded e-mail's header, which a newsletter's issue was sent on, or of a date line over the headline. */
  sent?: string;
}

/** The lines from `start` up to the next blank line. */
function blockAt(lines: readonly string[], start: number): { text: string; end: number; lines: string[] } {
  let end = start;
  while (end < lines.length && (lines[end] ?? '').trim() !== '') end++;
  const block = lines.slice(start, end).map((line) => line.trim());
  return { text: normaliseWhitespace(block.join(' ')), end, lines: block };
}

const nextText = (lines: readonly string[], from: number) => {
  let at = from;
  while (at < lines.length && (lines[at] ?? '').trim() === '') at++;
  return at;
};

// A section's name is a word or two, each capitalised ("Obituaries", "Local News"); a headline of two words reads as a phrase ("Storm warning").
const isSectionName = (text: string) => wordCount(text) <= MAX_SECTION_WORDS && !SENTENCE_END.test(text) && !/\d/u.test(text) && text.split(' ').every((word) => !/^\p{Ll}/u.test(word));

/** Whether a line is a label a file prints over its headline: a menu, a release's label, a slug or code, a section's name. */
// A list's items (a menu a dump bulleted) are the page finder's to read, not labels.
const isLabelLine = (line: string) =>
  !/^[*•+-]\s/u.test(line) &&
  (isMenuLine(line) || RELEASE_LABEL.test(line) || RELEASE_DAY.test(line) || SLUG.test(line) || WIRE_STAMP.test(line) || AGENCY_SLUG.test(line) || TRANSMISSION_CODE.test(line) || isSectionName(line) || LABEL_IN_CAPITALS.test(line));

/** Whether a line can be a headline over the body: a few words, not a sentence, about what the body is about. */
function isHeadlineOver(line: string, body: string): boolean {
  // A headline may ask ("O Copom parou. E agora?"); it does not end with a full stop.
  if (wordCount(line) < MIN_HEADLINE_WORDS || /^\p{Ll}/u.test(line) || line.length > 200 || /[.。]["”’]?$/u.test(line) || line.endsWith(':')) return false;
  // Chinese and Japanese words cannot be told apart: their pairs of letters are compared.
  if (HAN_OR_KANA.test(line)) {
    const pairs = bigramsOf(body);
    return [...bigramsOf(line)].some((pair) => pairs.has(pair));
  }
  // A Korean word of two syllables says as much as a Latin word of four letters.
  const long = (word: string) => word.length > (/\p{Script=Hangul}/u.test(word) ? 1 : 3);
  const bodyWords = new Set(wordsOf(body).filter(long));
  return wordsOf(line).some((word) => long(word) && bodyWords.has(word));
}

/**
 * How many lines of a block (from line `at`) are a transmission header over the headline: the first line may
 * be the agency's or desk's name, the others are stamps and labels, at least two of them; the headline is the
 * line after them, in the block or the next one. Zero when the block is no such header.
 */
function transmissionLines(lines: readonly string[], at: number, block: readonly string[]): number {
  if (block.length < MIN_TRANSMISSION_LINES || block.length > 8 || block.some((line) => line.length > 160 || BYLINE_LABEL.test(line) || (SENTENCE_END.test(line) && !CARETS.test(line)))) return 0;
  let count = isTransmissionLine(block[0]!) ? 1 : 0;
  let end = 1;
  while (end < block.length && isTransmissionLine(block[end]!)) {
    count++;
    end++;
  }
  if (count < MIN_TRANSMISSION_LINES) return 0;
  const headlineAt = end < block.length ? at + end : nextText(lines, at + block.length);
  const headline = (lines[headlineAt] ?? '').trim();
  const below = lines.slice(headlineAt + 1, headlineAt + 1 + LINES_BELOW).join(' ');
  if (headline === '' || /^[([]/u.test(headline) || FIGURE_DATE_AND_TIME.test(headline) || CARETS.test(headline) || SLUG.test(headline) || !isHeadlineOver(headline, below)) return 0;
  // An agency's name over the stamps shares fewer words with the story than the headline does.
  if (!isTransmissionLine(block[0]!)) {
    const words = wordsOf(below);
    const stopwords = stopwordLanguage(words)?.stopwords;
    const story = new Set(words.filter((word) => word.length > 3 && !stopwords?.has(word)));
    const shared = (line: string) => new Set(wordsOf(line).filter((word) => story.has(word))).size;
    const first = shared(block[0]!);
    if (first >= 2 && first >= shared(headline)) return 0;
  }
  return end;
}

/** What the caller's date reader tells of a line. */
export interface OverHeadlineReading {
  /** Whether a line is a date and nothing else ("20 Mar 2025 14:32 GMT"), which a wire prints over its headline. */
  isDateLine?: (line: string) => boolean;
  /** Whether a paragraph opens with a dateline ("BOISE, Idaho (AP) —"), as wire copy runs on under its headline. */
  opensWithDateline?: (paragraph: string) => boolean;
}

// How far under a mail's header, and in how many characters, a forwarder's note ends over the message it forwards.
const FORWARD_NOTE_LINES = 20;
const FORWARD_NOTE_CHARACTERS = 600;
const FORWARD_NOTE_BLOCK_LINES = 3;

/**
 * The line a forwarded message's header starts on, under a forwarder's short note from `from`; -1 when there is none.
 * Under a mail's own header, its "From:" line may open it; a file that starts with the note needs the forward's mark.
 */
function forwardedUnder(lines: readonly string[], from: number, underHeader: boolean): number {
  let characters = 0;
  for (let at = from; at < lines.length && at < from + FORWARD_NOTE_LINES && characters <= FORWARD_NOTE_CHARACTERS; at++) {
    const line = (lines[at] ?? '').trim();
    if (FORWARDED.test(line)) return at;
    // Or a header without a separator over it ("From: Tom Ellery <…>" / "Sent: …" / "Subject: …").
    if (underHeader && at > from && (lines[at - 1] ?? '').trim() === '' && /^(?:from|de|von|da|van|от)\s*:/iu.test(line) && MAIL_HEADER.test((lines[at + 1] ?? '').trim())) return at;
    characters += line.length;
  }
  return -1;
}

// How far down a mail its story's headline and byline are looked for: under a newsletter's greeting and a section's head.
const STORY_IN_MAIL_LINES = 80;
const HEADLINE_LENGTH = 160;
const BY_NAME = /^(?:By|BY|Par|PAR|Von|VON|Por|POR|Di|Door|Av|Af|Przez|Автор:?|Авторы:?)\s+\p{Lu}/u;
const DRAFT_FIELD = /^\p{Lu}[\p{Lu} ]{1,15}:\s/u;

/** The line of the first title-like line over a byline ("By Owen Delacroix") in a mail, from `from`; -1 when there is none. */
function headlineOverByline(lines: readonly string[], from: number): number {
  let above = -1;
  for (let at = from; at < lines.length && at < from + STORY_IN_MAIL_LINES; at++) {
    const line = (lines[at] ?? '').trim();
    if (line === '') continue;
    // A draft's fields say what each line is themselves (draft-fields.ts).
    if (DRAFT_FIELD.test(line)) return -1;
    if (above >= 0 && BY_NAME.test(line)) return above;
    above = line.length <= HEADLINE_LENGTH && !SENTENCE_END.test(line) && /\p{L}/u.test(line) ? at : -1;
  }
  return -1;
}

/**
 * Steps over what a file prints above its headline, from the first line
 * of text (`first`). Returns undefined when the first line is the headline.
 */
export function overHeadline(lines: readonly string[], first: number, reading: OverHeadlineReading = {}): OverHeadline | undefined {
  const dropped: string[] = [];
  let correction: string | undefined;
  let sent: string | undefined;
  let subject: string | undefined;
  let menu = false;
  let afterTransmission = false;
  // Whether a mail's header has been read: a note over a forwarded message may follow.
  let inMail = false;
  // Whether a release's label has been read: its contact lines may follow.
  let release = false;
  let at = first;
  for (let step = 0; step < (inMail ? MAX_MAIL_STEPS : MAX_STEPS); step++) {
    const block = blockAt(lines, at);
    // A label on the line right over the headline, in the same block ("AP-US-Utah-Wildfire, 2nd Ld-Writethru" / "Wildfire forces…").
    const [top = '', under = ''] = block.lines;
    // A release's masthead over its label ("CITY OF PORT ALDER" / "Office of Communications" / "NEWS RELEASE"), or its
    // label and contacts in one block ("For Immediate Release: …" / "Contact: Marisa Gold, …").
    const releaseBlock = block.lines.length > 1 && block.lines.length <= 8 && block.lines.every((line) => line.length <= 120) && block.lines.some((line) => RELEASE_LABEL.test(line) || RELEASE_DAY.test(line)) && (RELEASE_LABEL.test(block.lines.at(-1)!) || block.lines.some((line) => CONTACT_LINE.test(line)));
    // Or its label over the office and its address, its embargo over the release's number, its contact line over the
    // address and phone: blocks of short lines that open with the label, once the file is known to be a release.
    const shortLines = block.lines.length <= 4 && block.lines.every((line) => line.length <= 120 && !SENTENCE_END.test(line));
    const releaseHead = shortLines && (RELEASE_LABEL.test(top) || RELEASE_DAY.test(top) || (release && CONTACT_LINE.test(top)));
    if (RELEASE_LABEL.test(top) || RELEASE_DAY.test(top)) release = true;
    // A wire's page of a release: "News provided by" over the company, the date and its buttons.
    const issuer = ISSUER_FIRST.test(top) && block.lines.length <= 5;
    if (issuer) sent ??= block.lines.find((line) => reading.isDateLine?.(line));
    const isContacts = CONTACT_HEADING.test(top) || releaseBlock || releaseHead || issuer;
    // Not over wire copy's indented body ("UAP MAKES ACQUISITIONS" / "  <UAP Inc> said…"); a contacts block goes whole.
    // A menu a copy sets one item to a line ("Главное" / "Россия" / "Мир" / "Экономика"): gone in one step.
    if (block.lines.length >= MIN_MENU_LINES && block.lines.every((line) => isSectionName(line) || isMenuLine(line))) {
      dropped.push(...block.lines);
      menu = true;
      at = nextText(lines, block.end);
      continue;
    }
    // A paper's name in capitals over its menu is its masthead ("THE PRAIRIE SENTINEL" / "Home  News  Sports").
    const masthead = MASTHEAD.test(top) && isMenuLine(under);
    if (block.lines.length > 1 && !isContacts && !/^\s/u.test(lines[at + 1] ?? '') && (isLabelLine(top) || masthead) && (isLabelLine(under) || wordCount(under) >= MIN_HEADLINE_WORDS)) {
      dropped.push(top);
      at++;
      continue;
    }
    // A date line of its own over the headline ("AFP" / "20 Mar 2025 14:32 GMT"): the date, when the story gives none.
    if (block.lines.length === 1 && at > first && block.text.length <= 40 && reading.isDateLine?.(block.text)) {
      sent ??= block.text;
      dropped.push(block.text);
      at = nextText(lines, block.end);
      continue;
    }
    // An image's name in brackets, as a mail program or a dump prints a logo: "[Logo Municipalité de …]", "[image: The Courier]".
    if (block.lines.length === 1 && IMAGE_NAME.test(top)) {
      dropped.push(top);
      at = nextText(lines, block.end);
      continue;
    }
    if (TELEPRINTER_START.test(top)) {
      dropped.push(...block.lines);
      at = nextText(lines, block.end);
      continue;
    }
    // A wire's or a draft's transmission header, over the headline in its block or under it.
    const transmission = transmissionLines(lines, at, block.lines);
    if (transmission > 0) {
      const dropping = block.lines.slice(0, transmission);
      const stamp = dropping.map((line) => (reading.isDateLine?.(line) ? line : LABELLED_LINE.test(line) && reading.isDateLine?.(line.slice(line.indexOf(':') + 1).trim()) ? line.slice(line.indexOf(':') + 1).trim() : undefined)).find(Boolean);
      // A forwarded message's own header, under the forwarder's, was sent when the story was.
      sent = inMail ? (stamp ?? sent) : (sent ?? stamp);
      dropped.push(...dropping);
      afterTransmission = true;
      if (dropping.every((line) => FORWARDED.test(line) || MAIL_HEADER.test(line))) inMail = true;
      at = transmission < block.lines.length ? at + transmission : nextText(lines, block.end);
      continue;
    }
    // The line as written: a menu may be set apart by runs of spaces.
    const isLabel = block.lines.length === 1 && isLabelLine(top);
    // A forwarded e-mail's header and a newsletter's web link.
    const isMail = block.lines.every((line) => FORWARDED.test(line) || MAIL_HEADER.test(line)) || (block.lines.length === 1 && VIEW_ON_WEB.test(block.text));
    if (isMail) {
      // A forwarded message's own header, under the forwarder's, says when the story was sent and what it is called.
      sent = block.lines.map((line) => DATE_HEADER.exec(line)?.[1]).find(Boolean) ?? sent;
      if (block.lines.length >= 2) subject = block.lines.map((line) => SUBJECT_HEADER.exec(line)?.[1]?.replace(SUBJECT_MARKS, '').trim()).find(Boolean) ?? subject;
      dropped.push(...block.lines);
      at = nextText(lines, block.end);
      inMail = true;
      continue;
    }
    // The forwarder's note over the message it forwards ("Hi all, see below for tonight's copy." / "Dana").
    const forwarded = forwardedUnder(lines, at, inMail);
    if (forwarded > at) {
      dropped.push(...lines.slice(at, forwarded).map((line) => line.trim()).filter(Boolean));
      at = forwarded;
      inMail = true;
      continue;
    }
    // Or over the story it pastes, whose headline stands over its byline or date ("Mark, in case you didn't see this." /
    // "Quarry expansion hearing draws hundreds…" / "By Theresa Gundersen").
    // (A note is sentences; a title-like line is the headline itself.)
    const story = inMail && block.lines.length <= FORWARD_NOTE_BLOCK_LINES && block.text.length <= FORWARD_NOTE_CHARACTERS && SENTENCE_END.test(block.text) ? blockAt(lines, nextText(lines, block.end)) : undefined;
    if (story && story.lines.length >= 2 && story.lines.slice(1, 4).some((line) => BYLINE_LABEL.test(line) || reading.isDateLine?.(line))) {
      dropped.push(...block.lines);
      at = nextText(lines, block.end);
      continue;
    }
    // A newsletter's name, greeting and section heads over its top story, whose headline stands over its byline.
    const storyAt = inMail ? headlineOverByline(lines, at) : -1;
    if (storyAt > at) {
      const skipped = lines.slice(at, storyAt).map((line) => line.trim()).filter(Boolean);
      // The issue's date under its name ("THE MORNING BRIEF" / "Monday, November 17, 2025") is the story's.
      sent ??= skipped.find((line) => line.length <= 40 && reading.isDateLine?.(line));
      dropped.push(...skipped);
      at = storyAt;
      continue;
    }
    const isCorrection = !correction && isCorrectionNote(block.text);
    // A wire's slug for a corrected story: "Correction: Wildfire-Drought story".
    const isCorrectionSlug = block.lines.length === 1 && CORRECTION.test(block.text) && !SENTENCE_END.test(block.text) && wordCount(block.text) <= 6;
    if (!isLabel && !isContacts && !isCorrection && !isCorrectionSlug) break;
    sent ??= block.lines.map((line) => RELEASE_DAY.exec(line)?.[1]).find(Boolean);
    if (isCorrection) correction = block.text;
    else dropped.push(...block.lines);
    at = nextText(lines, block.end);
  }
  if (at === first) return undefined;
  // The line taken for the headline is one, over a body it names.
  // The headline's line, over a byline or date in its block, or a block of its own of a line or two.
  const headline = blockAt(lines, at);
  const [line = '', second] = headline.lines;
  // Or over a lede that opens with a dateline, as wire copy runs on without blank lines.
  // Under a transmission header, over its standfirst ("The last lamplighter of Saltmarsh Row" / "Every winter evening…").
  const overHeader = second !== undefined && ((second.length <= 100 && !/^\p{Ll}/u.test(second)) || reading.opensWithDateline?.(second) === true || (afterTransmission && headline.lines.length === 2));
  const below = lines.slice(at + 1, at + 1 + LINES_BELOW).join(' ');
  const alone = headline.lines.length <= 2 && isHeadlineOver(headline.text, below);
  const found = { dropped, ...(correction ? { correction } : {}), ...(sent ? { sent } : {}), ...(menu ? { menu } : {}), ...(inMail ? { mail: true } : {}) };
  if (alone || (overHeader && isHeadlineOver(line, below))) {
    const standfirst = afterTransmission && headline.lines.length === 2 && SENTENCE_END.test(second ?? '') ? { standfirst: normaliseWhitespace(second!) } : {};
    return { headline: at, ...found, ...standfirst };
  }
  // Under a mail's header, a line of its own is the headline whatever its words; a paragraph is the body, under the subject.
  if (subject === undefined) return undefined;
  if (headline.lines.length <= 2 && wordCount(line) >= 2 && line.length <= 120 && !SENTENCE_END.test(line) && !/[,:]$/u.test(line) && !GREETING.test(line)) return { headline: at, ...found };
  return { headline: at, subject, ...found };
}
