import nlp from 'compromise';
import { withoutDateline } from './find-dateline.ts';

/** Named entities found in an article. */
export interface Entities {
  places: string[];
  people: string[];
  organisations: string[];
}

type Term = { text: string; tags: string[] };
type Match = { text: string; terms: Term[] };

// Acronyms that are not organisations (units, times, titles) or are places.
const NOT_ORGANISATIONS = new Set(['GMT', 'UTC', 'BST', 'CEO', 'CFO', 'TV', 'PM', 'AM', 'OK', 'PCT', 'MP', 'MPS', 'DJ', 'PC', 'ID', 'GDP', 'CD', 'DVD', 'UK', 'US', 'USA', 'UAE', 'DRC', 'II', 'III', 'IV', 'VS', 'FAQ', 'PHD', 'MR', 'MRS', 'DR', 'ST', 'AIDS', 'HIV', 'COVID']);
const PLACE_ACRONYMS: Record<string, string> = { UK: 'United Kingdom', US: 'United States', 'U.S': 'United States', 'U.K': 'United Kingdom', USA: 'United States', UAE: 'United Arab Emirates', DRC: 'Democratic Republic of the Congo' };
// Titles that come before a name but are not part of it.
const TITLES = new Set(['minister', 'president', 'prime', 'foreign', 'secretary', 'representative', 'senator', 'chancellor', 'governor', 'mayor', 'general', 'chief', 'executive', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'judge', 'king', 'queen', 'prince', 'princess', 'sir', 'dame', 'lord', 'lady', 'mr', 'mrs', 'ms', 'dr', 'professor', 'prof', 'rev', 'deputy', 'vice', 'finance', 'defence', 'defense', 'interior', 'health']);
const MAX_ANALYSED = 8000;
const TITLED_NAME = /\b(?:Minister|President|Prime Minister|Mr|Mrs|Ms|Dr|Governor|Senator|Mayor|General|Judge|spokesman|spokeswoman|coach|chief executive|Chancellor|Secretary|Ambassador|Commissioner)\.?\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\b/gu;
const CORPORATE_SUFFIXES = new Set(['Co', 'Ltd', 'Inc', 'Corp', 'Plc', 'LLC']);

/** Strips possessives and edge punctuation: "Mali’s," → "Mali". */
function cleanName(text: string): string {
  return text
    .replace(/['’]s$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
    .replace(/\.$/, '')
    .replace(/['’]s$/u, '')
    .trim();
}

const termText = (term: Term) => cleanName(term.text);

function addUnique(list: string[], seen: Set<string>, name: string): void {
  const key = name.toLowerCase();
  if (name.length < 2 || seen.has(key)) return;
  seen.add(key);
  list.push(name);
}

/** A person's name without titles: "Foreign Minister Abdoulaye Diop" → "Abdoulaye Diop". */
function personName(match: Match): string | undefined {
  const terms = match.terms.filter((term) => !term.tags.includes('Honorific') && !term.tags.includes('Actor') && !TITLES.has(termText(term).toLowerCase()));
  const names = terms.map(termText).filter((name) => /^\p{Lu}/u.test(name));
  const named = terms.some((term) => term.tags.includes('FirstName') || term.tags.includes('LastName'));
  return names.length >= 2 && names.length <= 4 && named ? names.join(' ') : undefined;
}

/** Acronyms such as "ECOWAS" or "(JNIM)" in mixed-case text. */
function acronymsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}-])(\p{Lu}{2,7})(?![\p{L}\p{N}-])/gu)) {
    if (match[1]) found.push(match[1]);
  }
  return found;
}

/**
 * Finds places, people and organisations with compromise's part-of-speech
 * tagger, plus upper-case acronyms (armed groups and blocs are often only
 * named that way). Text written all in capitals, as wire headlines are, is
 * left out: the tagger reads every capitalised word there as a name.
 */
export function findEntities(paragraphs: readonly string[], extraPlaces: readonly string[] = []): Entities {
  const prose = paragraphs
    .filter((paragraph) => paragraph !== paragraph.toUpperCase())
    .map((paragraph, index) => (index === 0 ? withoutDateline(paragraph) : paragraph))
    .join('\n\n');
  // The tagger's cost grows with the text; the names that matter are near the top.
  const doc = nlp(prose.length > MAX_ANALYSED ? prose.slice(0, prose.lastIndexOf(' ', MAX_ANALYSED)) : prose);
  const places: string[] = [];
  const people: string[] = [];
  const organisations: string[] = [];
  const seenPlaces = new Set<string>();
  const seenPeople = new Set<string>();
  const seenOrganisations = new Set<string>();

  for (const place of extraPlaces) addUnique(places, seenPlaces, place);
  for (const match of doc.places().json() as Match[]) {
    // "Mali, Niger, and Burkina Faso" comes back as one match; split at commas.
    for (const part of match.text.split(/,|\band\b/)) {
      const cleaned = cleanName(part);
      const name = PLACE_ACRONYMS[cleaned] ?? cleaned;
      if (/^\p{Lu}/u.test(name) && name.split(' ').length <= 4) addUnique(places, seenPlaces, name);
    }
  }
  for (const match of doc.people().json() as Match[]) {
    const name = personName(match);
    if (name) addUnique(people, seenPeople, name);
  }
  // The tagger knows few African and Asian given names; a title before a
  // capitalised pair ("Minister Wanjiru Kamau") marks a person all the same.
  for (const match of prose.matchAll(TITLED_NAME)) {
    if (match[1]) addUnique(people, seenPeople, match[1]);
  }
  for (const match of doc.organizations().json() as Match[]) {
    const name = cleanName(match.terms.map((term) => term.text).join(' '));
    const place = PLACE_ACRONYMS[name];
    if (place) addUnique(places, seenPlaces, place);
    else if (/^\p{Lu}/u.test(name) && name.split(' ').length <= 6 && !CORPORATE_SUFFIXES.has(name)) addUnique(organisations, seenOrganisations, name);
  }
  for (const acronym of acronymsOf(prose)) {
    const place = PLACE_ACRONYMS[acronym];
    if (place) addUnique(places, seenPlaces, place);
    else if (!NOT_ORGANISATIONS.has(acronym) && !seenPlaces.has(acronym.toLowerCase())) addUnique(organisations, seenOrganisations, acronym);
  }
  // A person's surname alone, found as a place or organisation, is the person.
  const surnames = new Set(people.map((name) => name.split(' ').at(-1)?.toLowerCase()));
  return {
    places: places.filter((name) => !surnames.has(name.toLowerCase()) && !seenPeople.has(name.toLowerCase())),
    people,
    organisations: organisations.filter((name) => !surnames.has(name.toLowerCase()) && !seenPeople.has(name.toLowerCase())),
  };
}
