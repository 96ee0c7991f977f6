// The language an article is written in, as a BCP 47 tag ("en", "fr",
// "zh"), found by franc (trigram statistics of 187 languages) and held
// to what the text shows: a Latin-script guess counts only when the text
// is dense with that language's stopwords, since franc reads tables and
// lists of names as anything.
import { franc } from 'franc';
// The code table alone, not the package's index, which also loads every language's record.
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';
import { stopwordShare, wordsOf } from './stopwords.ts';

// franc names individual languages; their macrolanguages have the short
// tags that pages and readers use ("cmn" is written "zh").
const MACROLANGUAGE: Record<string, string> = {
  cmn: 'zh', arb: 'ar', pes: 'fa', prs: 'fa', pbt: 'ps', swh: 'sw', uzn: 'uz', zlm: 'ms', npi: 'ne', azj: 'az', plt: 'mg', pbu: 'ps', ekk: 'et', lvs: 'lv', khk: 'mn', als: 'sq', ydd: 'yi',
};

/** The BCP 47 tag of an ISO 639-3 code: its two-letter code when it has one. */
export function languageTag(code: string): string {
  return MACROLANGUAGE[code] ?? iso6393To1[code] ?? code;
}

// How much of a text franc reads: enough to tell languages apart, and its cost grows with length.
const SAMPLE = 1000;
// English is told from fewer characters, by its stopwords alone: English prose
// has far more of them (other languages' prose has a few "in", "a", "is").
const ENGLISH_SAMPLE = 600;
const ENGLISH_SHARE = 0.18;
// Share of a Latin-script text's words that must be the guessed language's stopwords: low enough for
// Turkish and Finnish, which write many function words into the word.
const MIN_STOPWORD_SHARE = 0.1;
const SPARSE_STOPWORD_SHARE = 0.05;
const NO_ENGLISH_SHARE = 0.02;
// The stopword lists of franc's codes that name them otherwise: franc tells Malay (zlm) from
// Indonesian (ind) by a few words, and either list reads both.
// Estonian, Latvian and Nynorsk go by their standard or sister language's list.
const STOPWORD_LISTS: Readonly<Record<string, readonly string[]>> = { zlm: ['msa', 'ind'], ind: ['ind', 'msa'], swh: ['swa'], ekk: ['est'], lvs: ['lav'], nno: ['nob'] };

// Tags, URLs and the query strings lynx wraps onto lines of their own: no language's words.
// Matched a token at a time: a pattern with the URL's marks between two runs of non-space would
// go back over a long token once for every character of it.
const TAG_OR_TOKEN = /<[^<>]*>|[^\s<]+/g;
const URL_MARKS = /https?:\/\/|www\.|%[0-9A-Fa-f]{2}|\w=\w/;
const withoutNotProse = (text: string) => text.replace(TAG_OR_TOKEN, (part) => (part.startsWith('<') && part.endsWith('>') && part.length > 1) || URL_MARKS.test(part) ? ' ' : part);

/**
 * What franc reads: the text's long lines, in their order, up to SAMPLE
 * characters, without tags and URLs. A saved page opens with menus; its
 * prose is in its long lines.
 */
function proseSample(text: string): string {
  let sample = '';
  for (const raw of text.split('\n')) {
    const line = withoutNotProse(raw).trim();
    if (line.length < 40) continue;
    sample += `${line}\n`;
    if (sample.length >= SAMPLE) break;
  }
  // A short text is read whole, but still without its tags and URLs (a Markdown dump's links are mostly URL).
  return (sample.length >= 200 ? sample : withoutNotProse(text.slice(0, 4 * SAMPLE))).slice(0, SAMPLE);
}

/** Letters in a text, and how many of them are Latin (counted by code point, which is cheap). */
function letterCounts(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) {
      letters++;
      latin++;
    } else if (code > 0x24f && LETTER_AT.test(text[index]!)) letters++;
  }
  return { letters, latin };
}
const LETTER_AT = /\p{L}/u;

// Scripts that one language writes nearly alone: told by the script, before franc, which leaves some of
// them out (Hebrew, Georgian, Armenian) and guesses another language from a few Latin lines among them.
// Yiddish also writes Hebrew, but a newsroom's Hebrew-script copy is Hebrew.
const OWN_SCRIPTS: ReadonlyArray<[RegExp, string]> = [
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Lao}/gu, 'lo'],
  [/\p{Script=Khmer}/gu, 'km'],
  [/\p{Script=Sinhala}/gu, 'si'],
];

/** The language of the script most of the text's letters are in, when one language writes that script. */
function ownScriptLanguage(text: string): string | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return OWN_SCRIPTS.find(([script]) => (text.match(script)?.length ?? 0) > 0.6 * letters)?.[1];
}

// franc's trigrams hardly tell Norway's two written standards apart (their scores differ by a hundredth): the words
// each writes its own way do. Bokmål, which nine in ten write, unless Nynorsk's forms are the more.
const BOKMAAL_FORMS = new Set(['ikke', 'jeg', 'fra', 'hva', 'hvordan', 'hvor', 'bare', 'mye', 'noen', 'en', 'et', 'de', 'hun', 'være', 'hele', 'mens']);
const NYNORSK_FORMS = new Set(['ikkje', 'eg', 'frå', 'kva', 'korleis', 'kvar', 'berre', 'mykje', 'nokon', 'ein', 'eit', 'dei', 'ho', 'vere', 'heile', 'medan']);
function norwegianStandard(code: string, words: readonly string[]): string {
  if (code !== 'nno' && code !== 'nob') return code;
  const count = (forms: ReadonlySet<string>) => words.filter((word) => forms.has(word.toLowerCase())).length;
  return count(NYNORSK_FORMS) > count(BOKMAAL_FORMS) ? 'nno' : 'nob';
}

// Nor do they tell Indonesian from Malay, which share most words: the words each spells or says its own way do.
// franc's pick stands unless the other's forms are the more.
const INDONESIAN_FORMS = new Set(['karena', 'bahwa', 'bisa', 'uang', 'kantor', 'mobil', 'pemerintah', 'polisi', 'senin', 'selasa', 'kamis', 'jumat', 'sabtu', 'minggu', 'kabupaten', 'kecamatan', 'sakit', 'saat', 'aja', 'nggak', 'warga', 'wib']);
const MALAY_FORMS = new Set(['kerana', 'bahawa', 'boleh', 'wang', 'pejabat', 'kereta', 'kerajaan', 'polis', 'isnin', 'khamis', 'jumaat', 'ahad', 'daerah', 'hospital', 'iaitu', 'ialah', 'manakala', 'sahaja', 'penduduk']);
function malayOrIndonesian(code: string, words: readonly string[]): string {
  if (code !== 'ind' && code !== 'zlm') return code;
  const count = (forms: ReadonlySet<string>) => words.filter((word) => forms.has(word.toLowerCase())).length;
  const [indonesian, malay] = [count(INDONESIAN_FORMS), count(MALAY_FORMS)];
  return indonesian > malay ? 'ind' : malay > indonesian ? 'zlm' : code;
}

/**
 * The language of an article's text, or undefined when the text does not
 * show one clearly (too short, or tables and names rather than prose).
 * English prose, most of what a newsroom writes, is told by its stopwords
 * in its first lines without running franc.
 */
export function detectLanguage(text: string): string | undefined {
  const head = text.slice(0, ENGLISH_SAMPLE);
  const headCounts = letterCounts(head);
  if (headCounts.latin === headCounts.letters && headCounts.letters >= 200 && stopwordShare(wordsOf(head), 'eng') >= ENGLISH_SHARE) return 'en';
  const sample = proseSample(text);
  const { letters, latin: latinLetters } = letterCounts(sample);
  const latin = letters > 0 && latinLetters / letters > 0.5;
  // A headline alone does not tell Latin-script languages apart; a few characters of Han or Arabic do.
  if (letters < (latin ? 200 : 20)) return undefined;
  const words = latin ? wordsOf(sample) : [];
  const own = latin ? undefined : ownScriptLanguage(sample);
  if (own) return own;
  const code = malayOrIndonesian(norwegianStandard(franc(sample, { minLength: 20 }), latin ? words : []), latin ? words : []);
  if (code === 'und') return undefined;
  if (latin && code !== 'eng') {
    const own = Math.max(...(STOPWORD_LISTS[code] ?? [code]).map((list) => stopwordShare(words, list)));
    const english = stopwordShare(words, 'eng');
    // Turkish, Finnish and Hungarian write many function words into the word: with no English around them, fewer
    // of the list's words tell the language as well.
    const sparse = english < NO_ENGLISH_SHARE && own >= SPARSE_STOPWORD_SHARE;
    if ((own < MIN_STOPWORD_SHARE && !sparse) || own <= english) return english >= MIN_STOPWORD_SHARE ? 'en' : undefined;
  }
  return languageTag(code);
}
