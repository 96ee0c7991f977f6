import { classifyNames, cleanName, placeOfAcronym } from './classify-names.ts';
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

/** The text names are looked for in, and the capitalised phrases in it. */
interface Reading {
  prose: string;
  candidates: string[];
}

// An article's reading is needed twice: for the batch's one tagger run
// (classifyNamesOfArticles), then by findEntities on the same paragraphs.
const readings = new WeakMap<readonly string[], Reading>();

/** The prose (no all-capitals paragraphs, no dateline) and its name candidates, found once per paragraphs array. */
function readingOf(paragraphs: readonly string[]): Reading {
  let reading = readings.get(paragraphs);
  if (!reading) {
    const prose = paragraphs
      .filter((paragraph) => paragraph !== paragraph.toUpperCase())
      .map((paragraph, index) => (index === 0 ? withoutDateline(paragraph) : paragraph))
      .join('\n\n');
    reading = { prose, candidates: nameCandidates(prose) };
    readings.set(paragraphs, reading);
  }
  return reading;
}

/**
 * Classifies the name candidates of many articles in one tagger run, so that
 * findEntities on each of them then finds every phrase classified already.
 * The tagger has a high cost per run, whatever its length; a batch of
 * articles shares it. Results are the same as without (see classifyNames).
 */
export function classifyNamesOfArticles(articles: readonly (readonly string[])[]): void {
  classifyNames(articles.flatMap((paragraphs) => readingOf(paragraphs).candidates));
}

/**
 * Finds places, people and organisations: capitalised phrases, each
 * classified by compromise's tagger (see classify-name.ts), plus titled
 * names and upper-case acronyms (armed groups and blocs are often only named
 * that way). Text written all in capitals, as wire headlines are, is left
 * out: every word there looks like a name.
 */
export function findEntities(paragraphs: readonly string[], extraPlaces: readonly string[] = []): Entities {
  const { prose, candidates } = readingOf(paragraphs);
  const places = new NameList();
  const people = new NameList();
  const organisations = new NameList();
  const lists = { place: places, person: people, organisation: organisations };

  for (const place of extraPlaces) places.add(place);
  for (const entity of classifyNames(candidates)) lists[entity.kind].add(entity.name);
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
  return {
    places: places.names.filter((name) => !personal.has(name.toLowerCase())),
    people: people.names,
    organisations: organisations.names.filter((name) => !personal.has(name.toLowerCase())),
  };
}
