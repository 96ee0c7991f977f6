import { bylineOf, type Byline } from './byline.ts';
import { normaliseWhitespace } from './clean-text.ts';
import { SENTENCE_END } from './prose.ts';

// A newsletter's rule between its sections ("------------------------------------------------------------").
const SECTION_RULE = /^\s*(?:[-_=*~━─]\s?){10,}\s*$/u;

// A newsletter's next section, in capitals on a line of its own ("MORE HEADLINES", "ALSO IN TODAY'S TRIBUNE").
const SECTION_HEAD = /^[^\p{Ll}]{3,60}$/u;
// A mailed release's boilerplate under its heading, which a mail sets in one block with it: "À propos de la Ville de Port-Lerre".
const ABOUT_ISSUER = /^(?:about|à propos de|à propos d['’]|über|acerca de|sobre|informazioni su|over)\s+(?:(?:the|die|der|das|le|la|les|l['’]|el|los|las|il|lo|het|de)\s*)?\p{Lu}[^.!?]{0,60}$/u;
const LIST_ITEM = /^\s*(?:[*•·▪–-]\s|\d{1,2}[.)]\s|<?https?:\/\/)/u;
// Its link to the story on the site, and its own footer: "Read the full story on our website →", "Forward it to a friend".
const NEWSLETTER_TAIL = /^(?:(?:read|see|watch|continue reading|get) (?:the )?(?:full|whole|rest of the|complete) (?:story|article|report)\b.{0,60}|.{0,60}\b(?:forward (?:it|this(?: email)?) to a friend|you are receiving this (?:e-?mail|newsletter)|unsubscribe|update your preferences|was this forwarded to you)\b.*|sent from my \S+(?: \S+)?|envoyé de mon \S+|von meinem \S+ gesendet|enviado desde mi \S+|enviado do meu \S+|inviato da(?:l mio)? \S+)$/iu;

/**
 * Where the story a mail carries ends, over the newsletter's other sections:
 * at the first rule, section head in capitals or newsletter footer under
 * its first paragraph.
 */
export function mailStoryEnd(lines: readonly string[]): number {
  const first = lines.findIndex((line) => line.trim() !== '');
  const isBlockStart = (at: number) => at === 0 || (lines[at - 1] ?? '').trim() === '';
  // A section head over a list of links; a subheading in capitals inside the story heads paragraphs.
  const overList = (at: number) => LIST_ITEM.test(lines.find((line, under) => under > at && line.trim() !== '') ?? '');
  const end = lines.findIndex((line, at) => {
    const text = line.trim();
    return at > first && (SECTION_RULE.test(line) || (isBlockStart(at) && ((SECTION_HEAD.test(text) && /\p{Lu}.*\s.*\p{Lu}/u.test(text) && overList(at)) || NEWSLETTER_TAIL.test(text) || ABOUT_ISSUER.test(text))));
  });
  return first >= 0 && end > first ? end : lines.length;
}

// A signature is a few short lines: the name, a role or the outlet, a phone number or an address.
const SIGNATURE_LINES = 5;
const SIGNATURE_LINE_CHARACTERS = 60;
// The word a letter closes with over the name ("Best,", "Thanks", "Mit freundlichen Grüßen").
const CLOSING = /^(?:best(?: wishes)?|thanks|thank you|cheers|regards|kind regards|best regards|all the best|cordialement|bien à vous|mit freundlichen grüßen|viele grüße|gruß|saludos|un saludo|atentamente|cumprimentos|abraços|cordiali saluti|saluti|met vriendelijke groet|groeten|с уважением)[,.!]?$/iu;

/**
 * Where the signature a reporter's mail closes with starts in `lines` (its
 * last block: "Tom Ellery" / "Reporter, Harbour Herald" / "07700 900123"),
 * with the name it gives; undefined when the last block is no signature.
 */
export function mailSignature(lines: readonly string[]): { start: number; byline: Byline } | undefined {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end--;
  let start = end;
  while (start > 0 && (lines[start - 1] ?? '').trim() !== '') start--;
  // The closing word may stand in the block over the name, or in a block of its own over it.
  const block = lines.slice(start, end).map(normaliseWhitespace);
  if (start === 0 || block.length > SIGNATURE_LINES || block.some((line) => line.length > SIGNATURE_LINE_CHARACTERS || (SENTENCE_END.test(line) && !CLOSING.test(line)))) return undefined;
  // The "-- " a mail program sets over a signature.
  const nameAt = CLOSING.test(block[0]!) || /^--\s*$/u.test(block[0]!) ? 1 : 0;
  const name = block[nameAt];
  const byline = name === undefined ? undefined : bylineOf(`By ${name}`);
  if (!byline || byline.role || byline.name !== name) return undefined;
  return { start, byline: { name: byline.name } };
}
