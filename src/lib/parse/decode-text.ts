import { createRequire } from 'node:module';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { stopwordLetters } from './stopwords.ts';

// chardet is loaded only for a file that is not UTF-8: most never need it.
let chardet: typeof import('chardet') | undefined;
const analyse = (bytes: Uint8Array) => (chardet ??= createRequire(import.meta.url)('chardet') as typeof import('chardet')).analyse(bytes);

/** The text of a file and what was done to read it. */
export interface DecodedText {
  text: string;
  /**
   * The WHATWG name of the encoding read: `utf-8`; `utf-16le`/`utf-16be`
   * after their byte-order mark; for bytes that are not valid UTF-8, the
   * legacy encoding the detector found (`windows-1251`, `shift_jis`, `gbk`…),
   * else `windows-1252`.
   */
  encoding: string;
  /** Whether the file began with a UTF-8 byte-order mark. */
  bom: boolean;
  /** Whether the file used CRLF (or lone CR) line ends. */
  crlf: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// WHATWG's windows-1252 decoder maps every byte, so it cannot fail: the
// fallback when the detector has no answer.
const windows1252 = new TextDecoder('windows-1252');

// Below this confidence (0–100) the detector is guessing.
const MIN_CONFIDENCE = 10;

/**
 * A decoder for the legacy encoding the bytes are most likely in, by
 * chardet's statistics of byte sequences (the detector of ICU and Mozilla).
 * Unicode encodings are left out: without a byte-order mark they are not
 * what a newsroom's old tools save.
 */
function legacyDecoder(bytes: Uint8Array): TextDecoder {
  for (const { name, confidence, lang } of analyse(bytes)) {
    if (confidence < MIN_CONFIDENCE) break;
    if (/^(?:utf|ucs)/i.test(name)) continue;
    try {
      return siblingThatFits(new TextDecoder(name), bytes, lang);
    } catch {
      // An encoding this runtime cannot decode: try the next guess.
    }
  }
  return windows1252;
}

// Encodings of the same alphabets that chardet tells apart poorly: ISO and Windows ones differ only in the bytes
// Windows adds (0x80–0x9F), so a short text without them is ISO's to chardet whichever it was saved in; it
// reads ISO-8859-15 (the euro's Latin-9) and Mac Roman as Latin-1, and Ukrainian KOI8-U as Russian KOI8-R.
const SIBLING_GROUPS: readonly (readonly string[])[] = [
  ['windows-1252', 'iso-8859-15', 'macintosh'],
  ['iso-8859-2', 'windows-1250'],
  ['iso-8859-5', 'windows-1251'],
  ['koi8-r', 'koi8-u'],
  ['iso-8859-6', 'windows-1256'],
  ['iso-8859-7', 'windows-1253'],
  ['iso-8859-8', 'iso-8859-8-i', 'windows-1255'],
  ['iso-8859-13', 'windows-1257'],
];
const SIBLINGS_OF: ReadonlyMap<string, readonly string[]> = new Map(SIBLING_GROUPS.flatMap((group) => group.map((name) => [name, group.filter((other) => other !== name)] as const)));
const ISO_639_1_TO_3: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(iso6393To1).map(([three, one]) => [one, three]));

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{Nd}/u;
// What a wrong decoding leaves: C1 controls and unassigned bytes, box drawing (KOI8's), the generic currency sign.
const NEVER_MEANT = /[\u0080-\u009f\ufffd\u2500-\u259f\u00a4]/u;
const CONTRACTION_END = /^(?:s|t|d|m|ll|re|ve)(?!\p{L})/u;

/**
 * How well a decoding reads as text, from each character beyond ASCII in its context: a letter inside a
 * word counts for, and more when it is one of the language's own (from its stopwords); a capital after a
 * small letter ("rŠumt") and a letter alone between figures ("1œ") count against, as do C1 controls, box
 * drawing and "¤"; a fraction counts for beside a figure ("1½") and against elsewhere, and an apostrophe
 * in a contraction for. Other punctuation and symbols count for nothing.
 */
function fit(text: string, letters: ReadonlySet<string> | undefined): number {
  let score = 0;
  let before = '';
  const characters = [...text];
  for (let index = 0; index < characters.length; index++) {
    const character = characters[index]!;
    const after = characters[index + 1] ?? '';
    if (character > '\u007f') {
      if (NEVER_MEANT.test(character)) score -= 2;
      else if (LETTER.test(character)) {
        if (UPPER.test(character) && LOWER.test(before)) score -= 2;
        else if (LETTER.test(before) || LETTER.test(after)) score += letters?.has(character.toLowerCase()) ? 2 : 1;
        else score--;
      } else if (/\p{No}/u.test(character)) score += DIGIT.test(before) ? 1 : -1;
      // An apostrophe in an English contraction or possessive ("Can’t", "district’s"), as Windows-1252 saves Word's quotes:
      // Mac Roman reads the same byte as "í" inside the word.
      else if (character === '\u2019' && LETTER.test(before) && CONTRACTION_END.test(characters.slice(index + 1, index + 4).join(''))) score += 2;
    }
    before = character;
  }
  return score;
}

/** The decoder, or the sibling encoding that reads the bytes as better text ("pojadą", not "pojadš"; "räumt", not "rŠumt"). */
function siblingThatFits(decoder: TextDecoder, bytes: Uint8Array, language: string | undefined): TextDecoder {
  const siblings = SIBLINGS_OF.get(decoder.encoding);
  if (!siblings) return decoder;
  const letters = language ? stopwordLetters(ISO_639_1_TO_3[language] ?? language) : undefined;
  let best = decoder;
  let bestFit = fit(decoder.decode(bytes), letters);
  for (const name of siblings) {
    const other = new TextDecoder(name);
    const otherFit = fit(other.decode(bytes), letters);
    if (otherFit > bestFit) [best, bestFit] = [other, otherFit];
  }
  return best;
}

// Of the byte pairs of UTF-16 text saved without its byte-order mark, at least this share has a NUL on the one
// side (ASCII's spaces, figures and line ends, in any script), and at most the other share on the other side.
const UTF16_NUL_SHARE = 0.02;
const UTF16_STRAY_NUL_SHARE = 0.005;
// Control characters no text has, which a wrong byte order would read.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/u;

/**
 * The byte order of UTF-16 text saved without a byte-order mark (some
 * exporters and scripts do): NULs on one side of most pairs and never on
 * the other, and text without control characters once decoded.
 */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 4 || bytes.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) even++;
    if (sample[index + 1] === 0) odd++;
  }
  const pairs = sample.length / 2;
  const order = odd >= UTF16_NUL_SHARE * pairs && even <= UTF16_STRAY_NUL_SHARE * pairs ? 'utf-16le' : even >= UTF16_NUL_SHARE * pairs && odd <= UTF16_STRAY_NUL_SHARE * pairs ? 'utf-16be' : undefined;
  return order && !CONTROL.test(new TextDecoder(order).decode(sample)) ? order : undefined;
}

/**
 * Whether bytes look like a binary file: a NUL byte, or many C0 control bytes
 * that text never has. UTF-16 text, with its byte-order mark or without, is none.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  if (bytes.includes(0) && unmarkedUtf16(bytes)) return false;
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  if (sample.includes(0)) return true;
  for (let index = 0; index < sample.length; index++) {
    const byte = sample[index]!;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.05;
}

/**
 * Decodes article bytes: strict UTF-8 first (a valid UTF-8 file is almost
 * never meant as anything else), else the legacy encoding detected, else
 * Windows-1252. Strips a BOM and turns CRLF and lone CR into LF.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  // "Unicode text" as Word and Notepad save it: UTF-16 after its byte-order mark.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  // Or without its mark, told by where its NULs fall.
  const unmarked = utf16 ? undefined : bytes.includes(0) ? unmarkedUtf16(bytes) : undefined;
  if (utf16 || unmarked) {
    const raw = new TextDecoder(utf16 ?? unmarked).decode(utf16 ? bytes.subarray(2) : bytes);
    const crlf = /\r/.test(raw);
    return { text: crlf ? raw.replace(/\r\n?/g, '\n') : raw, encoding: (utf16 ?? unmarked)!, bom: utf16 !== undefined, crlf };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string;
  let encoding = 'utf-8';
  try {
    text = utf8.decode(body);
  } catch {
    const decoder = legacyDecoder(body);
    text = decoder.decode(body);
    encoding = decoder.encoding;
    // Big5's full-width solidus (0xA1FE) decodes as the division slash "∕": Taiwanese papers write "記者林志明／花蓮報導" with it.
    if (encoding === 'big5') text = text.replaceAll('\u2215', '\uff0f');
  }
  const crlf = /\r/.test(text);
  if (crlf) text = text.replace(/\r\n?/g, '\n');
  // One form for each letter: Windows-1258 (Vietnamese) and some editors write accents as separate marks.
  return { text: text.normalize('NFC'), encoding, bom, crlf };
}
