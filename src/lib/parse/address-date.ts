// The day a page's own address gives, as news sites write it into their
// article URLs: "…/2025/04/08/port-alder-strike/", "…/2025-04-08/…",
// "…/20250408/…". Only an address the file gives as the page's (on a line of
// its own, or after "Source:", "URL:") counts: links to other stories carry
// their own days.

// An address alone on its line, or after its label.
const ADDRESS_LINE = /^(?:(?:url|source|link|permalink|original(?:ly published)? at|quelle|fuente|fonte|источник)\s*[:：]\s*)?<?(https?:\/\/\S+?)>?$/iu;
const DAY_IN_PATH = /\/((?:19|20)\d{2})([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/._-]|$)/u;
// How many lines at either end of a file its address is looked for on.
const ADDRESS_WITHIN = 12;

/** The day in the address of the page a file was saved from, when the file gives its address first or last. */
export function dateInAddress(lines: readonly string[]): string | undefined {
  const ends = [...lines.slice(0, ADDRESS_WITHIN), ...lines.slice(-ADDRESS_WITHIN)];
  for (const line of ends) {
    const address = ADDRESS_LINE.exec(line.trim())?.[1];
    const day = address ? DAY_IN_PATH.exec(address.replace(/^https?:\/\/[^/]+/iu, '').replace(/[?#].*$/u, '')) : null;
    if (day) return `${day[1]}-${day[3]}-${day[4]}`;
  }
  return undefined;
}
