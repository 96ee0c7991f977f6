// The credit line that ends wire copy: "(Reporting by Wanjiru Kamau;
// Writing by Tomas Ferreira; Editing by Ellen Marsh)". Its reporters and
// writer are the byline; none of its names is a person the story is about.

// One part of it: a role, "by", and capitalised names ("Wanjiru Kamau and Ali Hassan").
const ROLE = String.raw`(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ww]ritten|[Ee]diting|[Ee]dited|[Cc]ompiled)\s+by`;
const NAMES = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+)\p{Lu}[\p{L}\p{M}.'’-]*)*`;
const PART = new RegExp(String.raw`^${ROLE}\s+(${NAMES})$`, 'u');
const WRITERS = new RegExp(String.raw`^(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ww]ritten|[Cc]ompiled)\s+by\s+(${NAMES})$`, 'u');

const partsOf = (paragraph: string) => paragraph.trim().replace(/^\(|\)\.?$/g, '').split(';').map((part) => part.trim());

/** Whether a paragraph is a wire's credit line. */
export function isWireCredit(paragraph: string): boolean {
  return paragraph.length <= 300 && partsOf(paragraph).every((part) => PART.test(part));
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
