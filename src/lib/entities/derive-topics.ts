// Broad news topics and words that signal them. An article gets a topic when
// at least MIN_HITS of its words (counted with repeats) are signal words.
const TOPIC_WORDS: Record<string, readonly string[]> = {
  politics: ['election', 'elections', 'parliament', 'minister', 'ministers', 'government', 'vote', 'voters', 'party', 'opposition', 'senate', 'congress', 'campaign', 'mps', 'president', 'policy', 'coalition'],
  business: ['company', 'companies', 'shares', 'profit', 'profits', 'revenue', 'market', 'markets', 'investors', 'economy', 'economic', 'sales', 'bank', 'prices', 'inflation', 'trade', 'firm', 'earnings', 'dividend'],
  sport: ['match', 'cup', 'league', 'coach', 'season', 'championship', 'goal', 'goals', 'tournament', 'players', 'olympic', 'victory', 'squad', 'final', 'race'],
  technology: ['software', 'internet', 'online', 'computer', 'digital', 'technology', 'mobile', 'users', 'data', 'app', 'devices', 'network', 'broadband', 'chip', 'chips'],
  health: ['health', 'hospital', 'hospitals', 'patients', 'disease', 'vaccine', 'doctors', 'medical', 'virus', 'outbreak', 'treatment'],
  security: ['military', 'army', 'attack', 'attacks', 'troops', 'militants', 'jihadist', 'jihadists', 'security', 'forces', 'armed', 'conflict', 'blockade', 'war'],
  climate: ['climate', 'emissions', 'carbon', 'warming', 'drought', 'flooding', 'floods', 'renewable', 'environmental'],
  culture: ['film', 'music', 'album', 'festival', 'actor', 'actress', 'theatre', 'award', 'awards', 'show', 'singer', 'band', 'box-office'],
};
const MIN_HITS = 4;

// Topics of each signal word, and one pattern that finds only signal words,
// as whole words: much cheaper than counting every word of the text.
const TOPICS_OF_WORD = new Map<string, string[]>();
for (const [topic, words] of Object.entries(TOPIC_WORDS)) for (const word of words) TOPICS_OF_WORD.set(word, [...(TOPICS_OF_WORD.get(word) ?? []), topic]);
const SIGNAL_WORD = new RegExp(`(?<![\\p{L}-])(?:${[...TOPICS_OF_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}-])`, 'giu');

/** Broad topics an article is about, from the words of its body. */
export function deriveTopics(paragraphs: readonly string[]): string[] {
  const hits = new Map<string, number>();
  for (const paragraph of paragraphs) {
    for (const [word] of paragraph.matchAll(SIGNAL_WORD)) {
      for (const topic of TOPICS_OF_WORD.get(word.toLowerCase()) ?? []) hits.set(topic, (hits.get(topic) ?? 0) + 1);
    }
  }
  return Object.keys(TOPIC_WORDS).filter((topic) => (hits.get(topic) ?? 0) >= MIN_HITS);
}
