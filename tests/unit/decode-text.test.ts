import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from '../../src/lib/parse/decode-text.ts';

describe('decodeText', () => {
  it('reads UTF-8 and strips a byte-order mark', () => {
    const decoded = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café\n')]));
    expect(decoded).toEqual({ text: 'Café\n', encoding: 'utf-8', bom: true, crlf: false });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "£5 – “quoted” café" in Windows-1252
    const bytes = new Uint8Array([0xa3, 0x35, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    expect(decodeText(bytes)).toMatchObject({ text: '£5 – “q” café', encoding: 'windows-1252' });
  });

  it.each([
    ['windows-1251', 'windows-1251', 'Городской совет'],
    ['koi8-r', 'koi8-r', 'Речной порт'],
    ['shift-jis', 'shift_jis', '港町の市場'],
    ['gbk', 'gb18030', '山区小学校'],
  ])('detects the legacy encoding of the %s fixture', (fixture, encoding, headline) => {
    const decoded = decodeText(readFileSync(new URL(`../fixtures/${fixture}/input.txt`, import.meta.url)));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.startsWith(headline)).toBe(true);
    expect(decoded.text).not.toContain('\ufffd');
  });

  it.each([
    // Mac Roman's ä is Windows-1252's Š; ISO-8859-15's € and œ are Latin-1's ¤ and ½.
    ['mac-roman-german', 'macintosh', 'Feuerwehr räumt Altenheim'],
    ['iso-8859-15-afp', 'iso-8859-15', 'dit œuvrer'],
    // KOI8-U's і and ї are box drawing in KOI8-R; Windows-1253's Ά is ISO-8859-7's ’; Windows-1255's ₪ is ISO-8859-8's ¤.
    ['koi8-u-ukrainian', 'koi8-u', 'У Житомирі відкрили'],
    ['windows-1253-greek', 'windows-1253', 'Άρτα: Κλειστή'],
    ['windows-1255-hebrew', 'windows-1255', '4 מיליון ₪'],
    ['windows-1258-vietnamese', 'windows-1258', 'Sạt lở đất ở Quảng Ngãi'],
    ['tis-620-thai', 'windows-874', 'น้ำป่าไหลหลาก'],
  ])('reads the %s fixture in the sibling encoding its letters fit', (fixture, encoding, words) => {
    const decoded = decodeText(readFileSync(new URL(`../fixtures/${fixture}/input.txt`, import.meta.url)));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain(words);
    expect(decoded.text).not.toMatch(/[\u0080-\u009f\u00a4\u2500-\u257f\ufffd]/u);
  });

  it('composes accents written as separate marks, as Windows-1258 writes Vietnamese', () => {
    const decoded = decodeText(readFileSync(new URL('../fixtures/windows-1258-vietnamese/input.txt', import.meta.url)));
    expect(decoded.text).toBe(decoded.text.normalize('NFC'));
    expect(decodeText(new TextEncoder().encode('Qua\u0309ng Nga\u0303i')).text).toBe('Quảng Ngãi');
  });

  it('reads UTF-16 with its byte-order mark, as Word saves "Unicode text"', () => {
    const text = 'Café £5\r\nSecond line';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    expect(looksBinary(le)).toBe(false);
    expect(decodeText(le)).toEqual({ text: 'Café £5\nSecond line', encoding: 'utf-16le', bom: true, crlf: true });
  });

  it('reads UTF-16 without its byte-order mark in either byte order, by where its NULs fall', () => {
    const text = 'Порт Валмарины, 8 апреля 2025 г.\nВторая строка.';
    const units = [...text].map((c) => c.charCodeAt(0));
    const le = new Uint8Array(units.flatMap((unit) => [unit & 0xff, unit >> 8]));
    const be = new Uint8Array(units.flatMap((unit) => [unit >> 8, unit & 0xff]));
    expect(looksBinary(le)).toBe(false);
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le', bom: false, crlf: false });
    expect(decodeText(be)).toEqual({ text, encoding: 'utf-16be', bom: false, crlf: false });
    // NULs on both sides of the pairs, as binary formats have them, are no text.
    expect(looksBinary(new Uint8Array([0x00, 0x00, 0x01, 0x00, 0x41, 0x00, 0x00, 0x42, 0x00, 0x43]))).toBe(true);
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decodeText(new TextEncoder().encode('a\r\nb\rc'))).toMatchObject({ text: 'a\nb\nc', crlf: true });
  });

  it('tells binary from text', () => {
    expect(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBe(true);
    expect(looksBinary(new TextEncoder().encode('Plain text\n'))).toBe(false);
  });
});
