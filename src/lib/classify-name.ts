import nlp from 'compromise';

/** What a capitalised phrase names. */
export interface NamedEntity {
  kind: 'place' | 'person' | 'organisation';
  name: string;
}

type Term = { text: string; tags: string[] };
type Match = { text: string; terms: Term[] };

// Titles that come before a name but are not part of it.
const TITLES = new Set(['minister', 'president', 'prime', 'foreign', 'secretary', 'representative', 'senator', 'chancellor', 'governor', 'mayor', 'general', 'chief', 'executive', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'judge', 'king', 'queen', 'prince', 'princess', 'sir', 'dame', 'lord', 'lady', 'mr', 'mrs', 'ms', 'dr', 'professor', 'prof', 'rev', 'deputy', 'vice', 'finance', 'defence', 'defense', 'interior', 'health', 'coach', 'captain', 'ambassador', 'commissioner']);
const CORPORATE_SUFFIXES = new Set(['Co', 'Ltd', 'Inc', 'Corp', 'Plc', 'LLC']);
const PLACE_ACRONYMS: Record<string, string> = { UK: 'United Kingdom', US: 'United States', 'U.S': 'United States', 'U.K': 'United Kingdom', USA: 'United States', UAE: 'United Arab Emirates', DRC: 'Democratic Republic of the Congo' };

/** Strips possessives and edge punctuation: "Mali’s," → "Mali". */
export function cleanName(text: string): string {
  return text
    .replace(/['’]s$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
    .replace(/\.$/, '')
    .replace(/['’]s$/u, '')
    .trim();
}

/** A place named by its usual acronym ("US"), in full. */
export function placeOfAcronym(acronym: string): string | undefined {
  return PLACE_ACRONYMS[acronym];
}

/** A person's name without titles: "Foreign Minister Abdoulaye Diop" → "Abdoulaye Diop". */
function personName(match: Match): string | undefined {
  const terms = match.terms.filter((term) => !term.tags.includes('Honorific') && !term.tags.includes('Actor') && !TITLES.has(cleanName(term.text).toLowerCase()));
  const names = terms.map((term) => cleanName(term.text)).filter((name) => /^\p{Lu}/u.test(name));
  const named = terms.some((term) => term.tags.includes('FirstName') || term.tags.includes('LastName'));
  return names.length >= 2 && names.length <= 4 && named ? names.join(' ') : undefined;
}

type OffsetMatch = Match & { offset: { start: number; length: number } };

/** Classifies phrases with one tagger run over all of them, each its own sentence. */
function classifyUncached(phrases: readonly string[]): NamedEntity[][] {
  const starts: number[] = [];
  let text = '';
  for (const phrase of phrases) {
    starts.push(text.length);
    text += `${phrase}.\n\n`;
  }
  const found = phrases.map((): NamedEntity[] => []);
  // The phrase a match at `offset` belongs to: the last phrase starting at or before it.
  const owner = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return found[low] ?? [];
  };
  const doc = nlp(text);
  for (const match of doc.people().json({ offset: true }) as OffsetMatch[]) {
    const name = personName(match);
    if (name) owner(match.offset.start).push({ kind: 'person', name });
  }
  for (const match of doc.places().json({ offset: true }) as OffsetMatch[]) {
    const cleaned = cleanName(match.text);
    const name = PLACE_ACRONYMS[cleaned] ?? cleaned;
    if (/^\p{Lu}/u.test(name) && name.split(' ').length <= 4) owner(match.offset.start).push({ kind: 'place', name });
  }
  for (const match of doc.organizations().json({ offset: true }) as OffsetMatch[]) {
    const name = cleanName(match.terms.map((term) => term.text).join(' '));
    const place = PLACE_ACRONYMS[name];
    if (place) owner(match.offset.start).push({ kind: 'place', name: place });
    else if (/^\p{Lu}/u.test(name) && name.split(' ').length <= 6 && !CORPORATE_SUFFIXES.has(name)) owner(match.offset.start).push({ kind: 'organisation', name });
  }
  return found;
}

// Names recur across a newsroom's articles: classify each phrase once per
// process. Bounded, so a huge batch cannot grow it without limit.
const cache = new Map<string, NamedEntity[]>();
const CACHE_LIMIT = 200_000;

/**
 * The places, people and organisations each capitalised phrase names, found
 * with compromise's tagger and lexicon. Each phrase is classified on its own,
 * so the answer for a phrase never depends on the others, which is also why
 * the cache is safe.
 */
export function classifyNames(phrases: readonly string[]): NamedEntity[] {
  const unknown = [...new Set(phrases.filter((phrase) => !cache.has(phrase)))];
  if (unknown.length > 0) {
    if (cache.size + unknown.length > CACHE_LIMIT) cache.clear();
    const results = classifyUncached(unknown);
    unknown.forEach((phrase, index) => cache.set(phrase, results[index] ?? []));
  }
  return phrases.flatMap((phrase) => cache.get(phrase) ?? []);
}
