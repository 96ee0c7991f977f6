import { BoundedCache } from '../cache/bounded-cache.ts';
import nlp from './tagger.ts';

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

// compromise's tags that mark each kind of name, most specific first.
const KIND_OF_TAG: [string, NamedEntity['kind']][] = [['Person', 'person'], ['Organization', 'organisation'], ['Place', 'place']];

interface TaggedTerm {
  text: string;
  post: string;
  tags: Set<string>;
}

/** A run of terms with one kind of name tag as a name ("Burkina Faso"), or undefined. */
function entityOf(kind: NamedEntity['kind'], terms: TaggedTerm[]): NamedEntity | undefined {
  if (kind === 'person') {
    const name = personName({ text: '', terms: terms.map((term) => ({ text: term.text, tags: [...term.tags] })) });
    return name ? { kind, name } : undefined;
  }
  const cleaned = cleanName(terms.map((term) => term.text).join(' '));
  const place = PLACE_ACRONYMS[cleaned];
  if (place) return { kind: 'place', name: place };
  const limit = kind === 'place' ? 4 : 6;
  if (!/^\p{Lu}/u.test(cleaned) || cleaned.split(' ').length > limit || CORPORATE_SUFFIXES.has(cleaned)) return undefined;
  return { kind, name: cleaned };
}

/** The names in one tagged phrase: its runs of Person, Organization and Place terms. */
function entitiesOfTerms(terms: readonly TaggedTerm[]): NamedEntity[] {
  const found: NamedEntity[] = [];
  let run: TaggedTerm[] = [];
  let runKind: NamedEntity['kind'] | undefined;
  const flush = () => {
    const entity = runKind && run.length > 0 ? entityOf(runKind, run) : undefined;
    if (entity) found.push(entity);
    run = [];
    runKind = undefined;
  };
  let previousEnd = 0;
  terms.forEach((term, index) => {
    const kind = KIND_OF_TAG.find(([tag]) => term.tags.has(tag))?.[1];
    if (kind !== runKind) {
      if (runKind) previousEnd = index;
      flush();
    }
    if (kind && run.length === 0 && kind === 'organisation') {
      // The phrase is all capitalised words, so an organisation's name starts
      // with the words before its tagged ones: "Nordic Cryosphere Observatory".
      let start = index;
      while (start > previousEnd && /^\p{Lu}/u.test(terms[start - 1]?.text ?? '') && !terms[start - 1]?.tags.has('Determiner')) start--;
      run.push(...terms.slice(start, index));
    }
    if (kind) {
      runKind = kind;
      run.push(term);
    }
    if (/[,;:]/.test(term.post)) {
      flush();
      previousEnd = index + 1;
    }
  });
  flush();
  return found;
}

const sentencesOf = (text: string) => (nlp(text) as unknown as { document: TaggedTerm[][] }).document;

// Phrases the tokenizer would split into sentences ("US. The"): tagged alone.
const SPLITS = /[.!?]\s/;
// Phrases per tagger run: large enough to share its fixed cost, small enough
// that a rare misaligned run costs little to redo phrase by phrase.
const RUN_SIZE = 128;

const classifyAlone = (phrase: string) => entitiesOfTerms(sentencesOf(`${phrase}.`).flat());

/**
 * Classifies phrases with one tagger run over many of them, each its own
 * sentence (cheaper than a run per phrase, and than compromise's
 * people()/places() matchers). A phrase the tokenizer splits is tagged on
 * its own; should a run still come back with another number of sentences
 * than phrases, each phrase of that run is tagged on its own instead.
 */
function classifyUncached(phrases: readonly string[]): NamedEntity[][] {
  const results: NamedEntity[][] = phrases.map(() => []);
  const together: number[] = [];
  phrases.forEach((phrase, index) => {
    if (SPLITS.test(phrase)) results[index] = classifyAlone(phrase);
    else together.push(index);
  });
  for (let start = 0; start < together.length; start += RUN_SIZE) {
    const run = together.slice(start, start + RUN_SIZE);
    const sentences = sentencesOf(run.map((index) => `${phrases[index]}.`).join('\n\n'));
    run.forEach((index, position) => {
      const sentence = sentences.length === run.length ? sentences[position] : undefined;
      results[index] = sentence ? entitiesOfTerms(sentence) : classifyAlone(phrases[index] ?? '');
    });
  }
  return results;
}

// Names recur across a newsroom's articles: classify each phrase once per
// thread. Safe, since each phrase is classified on its own.
const known = new BoundedCache<string, NamedEntity[]>(200_000);

/** Phrases, each with the names it was classified as. */
export type ClassifiedPhrases = [string, NamedEntity[]][];

/** What classifyNames found. */
export interface NameClassification {
  /** The names each phrase asked about names (none for most). */
  names: ReadonlyMap<string, readonly NamedEntity[]>;
  /** The phrases this call had to tag, for other threads to remember (see rememberClassified). */
  classified: ClassifiedPhrases;
}

/**
 * The places, people and organisations each capitalised phrase names, found
 * with compromise's tagger and lexicon. Each phrase is classified on its own,
 * so the answer for a phrase never depends on the others, which is also why
 * answers can be remembered.
 */
export function classifyNames(phrases: readonly string[]): NameClassification {
  const names = new Map<string, readonly NamedEntity[]>();
  const unknownSet = new Set<string>();
  for (const phrase of phrases) {
    const answer = known.get(phrase);
    if (answer) names.set(phrase, answer);
    else unknownSet.add(phrase);
  }
  const unknown = [...unknownSet];
  const classified: ClassifiedPhrases = [];
  if (unknown.length > 0) {
    const results = classifyUncached(unknown);
    known.makeRoomFor(unknown.length);
    unknown.forEach((phrase, index) => {
      const entities = results[index] ?? [];
      names.set(phrase, entities);
      known.set(phrase, entities);
      classified.push([phrase, entities]);
    });
  }
  return { names, classified };
}

/** Adds phrases that another thread classified to this thread's cache: the answer would be the same here. */
export function rememberClassified(entries: Readonly<ClassifiedPhrases>): void {
  known.makeRoomFor(entries.length);
  for (const [phrase, entities] of entries) known.set(phrase, entities);
}
