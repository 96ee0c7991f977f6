import { cleanName, placeOfAcronym, type NamedEntity } from './classify-names.ts';
import { withoutDateline } from '../parse/find-dateline.ts';
import { acronymDefinitions, nameCandidates } from './name-candidates.ts';

/** Named entities found in an article. */
export interface Entities {
  places: string[];
  people: string[];
  organisations: string[];
}

// Acronyms that are not organisations (units, times, titles) or are places.
const NOT_ORGANISATIONS = new Set(['GMT', 'UTC', 'BST', 'CEO', 'CFO', 'TV', 'PM', 'AM', 'OK', 'PCT', 'MP', 'MPS', 'DJ', 'PC', 'ID', 'GDP', 'CD', 'DVD', 'UK', 'US', 'USA', 'UAE', 'DRC', 'II', 'III', 'IV', 'VS', 'FAQ', 'PHD', 'MR', 'MRS', 'DR', 'ST', 'AIDS', 'HIV', 'COVID']);
// The tagger knows few African and Asian given names; a title before a
// capitalised pair ("Minister Wanjiru Kamau") marks a person all the same.
const TITLED_NAME = /\b(?:Minister|President|Prime Minister|Mr|Mrs|Ms|Dr|Governor|Senator|Mayor|General|Judge|spokesman|spokeswoman|coach|chief executive|Chancellor|Secretary|Ambassador|Commissioner)\.?\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\b/gu;
const ACRONYM = /(?<![\p{L}\p{N}-])(\p{Lu}{2,7})(?![\p{L}\p{N}-])/gu;

class NameList {
  readonly names: string[] = [];
  readonly keys = new Set<string>();
  remove(name: string): void {
    const key = name.toLowerCase();
    if (!this.keys.delete(key)) return;
    this.names.splice(this.names.findIndex((known) => known.toLowerCase() === key), 1);
  }
  add(name: string): void {
    const key = name.toLowerCase();
    if (name.length < 2 || this.keys.has(key)) return;
    this.keys.add(key);
    this.names.push(name);
  }
}

/** The text names are looked for in, and the capitalised phrases in it that may be names. */
export interface ProseReading {
  prose: string;
  candidates: string[];
}

/**
 * The prose of an article's paragraphs (no all-capitals paragraphs, no
 * dateline) and its name candidates: what classifyNames is asked about and
 * findEntities reads.
 */
export function readProse(paragraphs: readonly string[]): ProseReading {
  const prose = paragraphs
    .filter((paragraph) => paragraph !== paragraph.toUpperCase())
    .map((paragraph, index) => (index === 0 ? withoutDateline(paragraph) : paragraph))
    .join('\n\n');
  return { prose, candidates: nameCandidates(prose) };
}

// The last word of a name that is an institution, not a place: "Marrow City Council", "Fenwick High School".
const INSTITUTION_END = /\s(?:Council|Department|School|University|College|Hospital|Board|Commission|Authority|Ministry|Police|Court|Agency|Office)$/u;
// Or an office or an event named after a place: "Garfield County Sheriff", "Pinyon Ridge Fire".
const NOT_A_PLACE_END = /\s(?:Sheriff|Fire|Wildfire|Storm|Flood|Marathon|Festival|Cup)$/u;

/** The places of a caption's or dateline's location ("Bamako, Mali"), which the article is about. */
export function placesOfLocation(location: string | undefined): string[] {
  return location ? location.split(',').map((part) => part.trim()) : [];
}

/**
 * Finds places, people and organisations: the reading's capitalised
 * phrases, with the names classifyNames found for them (compromise's tagger,
 * see classify-names.ts), plus titled names and upper-case acronyms (armed
 * groups and blocs are often only named that way). Text written all in
 * capitals, as wire headlines are, is left out: every word there looks like a name.
 */
export function findEntities({ prose, candidates }: ProseReading, names: ReadonlyMap<string, readonly NamedEntity[]>, extraPlaces: readonly string[] = []): Entities {
  const places = new NameList();
  const people = new NameList();
  const organisations = new NameList();
  const lists = { place: places, person: people, organisation: organisations };

  for (const place of extraPlaces) places.add(place);
  for (const phrase of candidates) for (const entity of names.get(phrase) ?? []) lists[entity.kind].add(entity.name);
  for (const match of prose.matchAll(TITLED_NAME)) if (match[1]) people.add(cleanName(match[1]));
  // A name defined by its acronym is an organisation, unless it is or holds
  // a place ("Papua New Guinea (PNG)", "New South Wales (NSW)"); the tagger
  // takes unknown names for people.
  for (const { name, acronym } of acronymDefinitions(prose)) {
    if (placeOfAcronym(acronym) || NOT_ORGANISATIONS.has(acronym) || places.names.some((place) => name.includes(place))) continue;
    people.remove(name);
    organisations.add(cleanName(name));
  }
  for (const match of prose.matchAll(ACRONYM)) {
    const acronym = match[1] ?? '';
    const place = placeOfAcronym(acronym);
    if (place) places.add(place);
    else if (!NOT_ORGANISATIONS.has(acronym) && !places.keys.has(acronym.toLowerCase())) organisations.add(acronym);
  }
  // A person's surname alone, found as a place or organisation, is the person.
  const personal = new Set([...people.keys, ...people.names.map((name) => name.split(' ').at(-1)?.toLowerCase() ?? '')]);
  // Nor is a phrase that holds a person's whole name ("Governor Elena Marsh") or ends in an office or an event
  // ("Garfield County Sheriff", "Pinyon Ridge Fire") a place; an institution's is its organisation's name.
  const notPlace = (name: string) => personal.has(name.toLowerCase()) || people.names.some((person) => person.includes(' ') && name.includes(person)) || INSTITUTION_END.test(name) || NOT_A_PLACE_END.test(name);
  for (const name of places.names) if (INSTITUTION_END.test(name)) organisations.add(name);
  return {
    places: places.names.filter((name) => !notPlace(name)),
    people: people.names,
    organisations: organisations.names.filter((name) => !personal.has(name.toLowerCase())),
  };
}
