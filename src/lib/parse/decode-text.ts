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

// ISO and Windows encodings of the same alphabets, which chardet tells apart only by the bytes Windows adds
// (0x80–0x9F): a short text without them is ISO's to chardet, whichever it was saved in.
const SIBLINGS: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252', 'iso-8859-2': 'windows-1250', 'iso-8859-5': 'windows-1251', 'iso-8859-6': 'windows-1256',
  'iso-8859-7': 'windows-1253', 'iso-8859-8': 'windows-1255', 'iso-8859-9': 'windows-1254', 'iso-8859-13': 'windows-1257',
};
const SIBLING_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(SIBLINGS).flatMap(([iso, windows]) => [[iso, windows], [windows, iso]]));
const ISO_639_1_TO_3: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(iso6393To1).map(([three, one]) => [one, three]));

/**
 * How well a text's characters beyond ASCII fit a language's alphabet: its letters count for, C1 controls
 * (bytes an ISO encoding leaves unassigned) against. Other letters count for nothing, as the stopwords show
 * only part of an alphabet.
 */
function fit(text: string, letters: ReadonlySet<string>): number {
  let score = 0;
  for (const character of text.toLowerCase()) {
    if (character <= '\u007f') continue;
    if (letters.has(character)) score++;
    else if (character <= '\u009f') score--;
  }
  return score;
}

/** The decoder, or its sibling encoding when that decodes the text into more of the language's own letters ("pojadą", not "pojadš"). */
function siblingThatFits(decoder: TextDecoder, bytes: Uint8Array, language: string | undefined): TextDecoder {
  const sibling = SIBLING_OF[decoder.encoding];
  const letters = language ? stopwordLetters(ISO_639_1_TO_3[language] ?? language) : undefined;
  if (!sibling || !letters || letters.size === 0) return decoder;
  const other = new TextDecoder(sibling);
  return fit(other.decode(bytes), letters) > fit(decoder.decode(bytes), letters) ? other : decoder;
}

/**
 * Whether bytes look like a binary file: a NUL byte, or many C0 control bytes
 * that text never has.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
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
  if (utf16) {
    const raw = new TextDecoder(utf16).decode(bytes.subarray(2));
    const crlf = /\r/.test(raw);
    return { text: crlf ? raw.replace(/\r\n?/g, '\n') : raw, encoding: utf16, bom: true, crlf };
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
  }
  const crlf = /\r/.test(text);
  if (crlf) text = text.replace(/\r\n?/g, '\n');
  return { text, encoding, bom, crlf };
}
