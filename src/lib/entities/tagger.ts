// compromise, with less work per sentence and the same tags: an equivalent
// of its pattern sweep that picks each sentence's patterns once per kind of
// sentence (the same matches in the same order), and without its last step,
// which groups terms into phrase chunks and sets no tags.
import { createRequire } from 'node:module';
import { BoundedCache } from '../cache/bounded-cache.ts';

// compromise's one-file build (the package's entry for require()), not its
// 456 ES module files: the same release and code, loaded sooner by every
// ingest worker; the time per article is the same.
const nlp = createRequire(import.meta.url)('compromise') as typeof import('compromise').default;

/** One of compromise's tagging patterns, as its pattern net holds it. */
interface Pattern {
  match: string;
  /** Words or tags a sentence must have, all of them. */
  needs: string[];
  /** Words or tags a sentence must not have. */
  ifNo?: string[];
  /** Words or tags a sentence must have at least `minWant` of. */
  wants: string[];
  minWant: number;
  minWords: number;
  unTag?: unknown;
}

/** A compromise pattern net: patterns under the words and tags ("hooks") that can start them. */
interface Net {
  hooks: Record<string, Pattern[]>;
  /** Patterns tried on every sentence. */
  always: Pattern[];
}

type Sentence = unknown[];
type Found = Pattern & { pointer: number[] };
interface Methods {
  one: {
    bulkMatch: Sweep;
    cacheDoc: (document: Sentence[]) => Set<string>[];
    match: (document: Sentence[], pattern: Pattern) => { ptrs: number[][] };
  };
}
type Sweep = (document: Sentence[], net: Net, methods: Methods, options?: { matchOne?: boolean }) => Found[];

/** What the sweep needs to know of a net, worked out once per net. */
interface NetFacts {
  /** Each hook's place in the net. */
  order: Map<string, number>;
  /** Every word and tag that any pattern's hooks, needs, wants or exclusions name. */
  named: Set<string>;
  /** The most words any pattern asks a sentence for. */
  maxMinWords: number;
  /** Candidate patterns by a sentence's signature (see candidatesOf); bounded. */
  candidates: BoundedCache<string, Pattern[]>;
}

const netFacts = new WeakMap<object, NetFacts>();

function factsOf(net: Net): NetFacts {
  let facts = netFacts.get(net.hooks);
  if (!facts) {
    const named = new Set(Object.keys(net.hooks));
    let maxMinWords = 0;
    for (const pattern of [...Object.values(net.hooks).flat(), ...net.always]) {
      for (const key of [...pattern.needs, ...pattern.wants, ...(pattern.ifNo ?? [])]) named.add(key);
      maxMinWords = Math.max(maxMinWords, pattern.minWords);
    }
    facts = { order: new Map(Object.keys(net.hooks).map((key, index) => [key, index])), named, maxMinWords, candidates: new BoundedCache(50_000) };
    netFacts.set(net.hooks, facts);
  }
  return facts;
}

/**
 * The patterns worth trying on a sentence, in the net's order. They depend
 * only on the sentence's words and tags that some pattern names, and on its
 * length up to the longest any pattern asks for; sentences alike in those
 * (most of the name classifier's short phrases) share one answer.
 */
function candidatesOf(haves: Set<string>, termCount: number, net: Net, facts: NetFacts): Pattern[] {
  const keys: string[] = [];
  for (const key of haves) if (facts.named.has(key)) keys.push(key);
  const signature = JSON.stringify([Math.min(termCount, facts.maxMinWords), keys.sort()]);
  let candidates = facts.candidates.get(signature);
  if (!candidates) {
    candidates = findCandidates(new Set(keys), termCount, net, facts.order);
    facts.candidates.set(signature, candidates);
  }
  return candidates;
}

/** The patterns whose hooks, needs, wants, exclusions and length a sentence meets, as compromise picks them. */
function findCandidates(haves: Set<string>, termCount: number, net: Net, order: Map<string, number>): Pattern[] {
  const keys: string[] = [];
  for (const key of haves) if (order.has(key)) keys.push(key);
  keys.sort((a, b) => order.get(a)! - order.get(b)!);
  const seen = new Set<string>();
  const candidates: Pattern[] = [];
  for (const key of keys) {
    for (const pattern of net.hooks[key]!) {
      if (seen.has(pattern.match)) continue;
      seen.add(pattern.match);
      if (!pattern.needs.every((need) => haves.has(need))) continue;
      if (pattern.ifNo?.some((no) => haves.has(no))) continue;
      if (pattern.wants.length > 0 && pattern.wants.filter((want) => haves.has(want)).length < pattern.minWant) continue;
      if (termCount >= pattern.minWords) candidates.push(pattern);
    }
  }
  for (const pattern of net.always) if (termCount >= pattern.minWords) candidates.push(pattern);
  return candidates;
}

/**
 * compromise's pattern sweep (its `bulkMatch`), giving the same matches in
 * the same order. compromise walks every hook of the net for every sentence
 * and copies the growing list at each hit; with the many short sentences the
 * name classifier tags, that was most of the sweep's time. This picks each
 * sentence's patterns from the words and tags it has, sorted into the net's
 * order, filters them exactly as compromise does (once per kind of
 * sentence), and runs them as compromise does.
 */
export const sweep: Sweep = (document, net, methods, options = {}) => {
  const facts = factsOf(net);
  const caches = methods.one.cacheDoc(document);
  const found: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const pattern of candidatesOf(caches[n]!, document[n]!.length, net, facts)) {
      const { ptrs } = methods.one.match([document[n]!], pattern);
      if (ptrs.length === 0) continue;
      for (const pointer of ptrs) {
        pointer[0] = n;
        found.push({ ...pattern, pointer });
      }
      if (options.matchOne === true) return [found[0]!];
    }
  }
  return found;
};

nlp.extend({ methods: { one: { bulkMatch: sweep } } } as Parameters<typeof nlp.extend>[0]);

// The chunker (compromise's last step) only sets
// each term's chunk ("Noun", "Verb"), which nothing here reads.
const world = nlp.world() as unknown as { hooks: string[] };
world.hooks = world.hooks.filter((hook) => hook !== 'chunks');

export default nlp;
