import { bylineOf, type Byline } from './byline.ts';
import { normaliseWhitespace } from './clean-text.ts';
import { SENTENCE_END } from './prose.ts';

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
