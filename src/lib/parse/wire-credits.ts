// The credit line that ends wire copy: "(Reporting by Wanjiru Kamau;
// Writing by Tomas Ferreira; Editing by Ellen Marsh)". Its reporters and
// writer are the byline; none of its names is a person the story is about,
// nor are the names of a page's "… contributed to this report".

// One part of it: a role, "by", and capitalised names ("Wanjiru Kamau and Ali Hassan").
const ROLE = String.raw`(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ww]ritten|[Ee]diting|[Ee]dited|[Cc]ompiled)\s+by`;
const NAMES = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+)\p{Lu}[\p{L}\p{M}.'’-]*)*`;
const PART = new RegExp(String.raw`^${ROLE}\s+(${NAMES})$`, 'u');
const WRITERS = new RegExp(String.raw`^(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ww]ritten|[Cc]ompiled)\s+by\s+(${NAMES})$`, 'u');

const partsOf = (paragraph: string) => paragraph.trim().replace(/^\(|\)\.?$/g, '').split(';').map((part) => part.trim());

// The line that ends a page's story: "Jo Fenner in Lisbon contributed to this report.",
// "Mehdi Garnier a participé à ce reportage.", "Mitarbeit: …". Its names are contributors.
const CONTRIBUTORS = /(?:\bcontributed (?:reporting|to this (?:report|story|article))|\b(?:a|ont) (?:participé|contribué) à (?:ce|cet) (?:reportage|article)|\bcolabor(?:ó|aron) (?:en|con) (?:este|esta) (?:informe|reportaje|nota|información))\.?$|^Mitarbeit:/iu;

/** Whether a paragraph is a wire's credit line, or a story's line of contributors. */
export function isWireCredit(paragraph: string): boolean {
  return paragraph.length <= 300 && (CONTRIBUTORS.test(paragraph.trim()) || partsOf(paragraph).every((part) => PART.test(part)));
}

/** The reporters and writers a credit line names, in its order ("Wanjiru Kamau", "Tomas Ferreira"). */
export function writersOf(paragraph: string): string[] {
  const names: string[] = [];
  for (const part of partsOf(paragraph)) {
    const writers = WRITERS.exec(part)?.[1];
    if (!writers) continue;
    for (const name of writers.split(/\s*(?:,|\band\b|&)\s*/)) if (/^\p{Lu}/u.test(name.trim()) && !names.includes(name.trim())) names.push(name.trim());
  }
  return names;
}

// A Chinese or Japanese page names its writer at the end: "作者︱春春", "（记者 王小明）", "[記者：陳大文]".
// An editor ("责任编辑", "編集") is not the writer.
const STAFF_WRITER = /(?:^|[\s[(（【])(?:作者|记者|記者)\s*[:：︱|]?\s*([\p{Script=Han}·]{2,4})(?=$|[\s\])）】,，。])/u;

/** The writer a Chinese or Japanese page's closing staff credit names, if any. */
export function staffWriterOf(paragraph: string): string | undefined {
  return paragraph.length <= 200 ? STAFF_WRITER.exec(paragraph)?.[1] : undefined;
}
