import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStandInMatch, markedWords, mergeShardResults, planSearchShards, shardFolder, wordCount, type ShardCandidate } from '../../src/lib/search/search-shards.ts';

const article = (date: string, key: string, words: number): ShardCandidate => ({ date, key, words });

describe('planSearchShards', () => {
  it('fills shards in date order, oldest first, up to the word budget', () => {
    const articles = [
      article('2025-11-12T09:00:00Z', 'b', 300),
      article('2025-11-10', 'a', 400),
      article('2025-11-11T08:00:00Z', 'a', 300),
      article('2025-11-12T09:00:00Z', 'a', 300),
      article('2025-11-11T10:30:00Z', 'b', 200),
      article('2025-11-13', 'a', 100),
    ];
    const shards = planSearchShards(articles, 1000);
    expect(shards.map((shard) => shard.map(({ date, key }) => `${date} ${key}`))).toEqual([
      // 400 + 300 + 200 = 900; the next 300 would make 1,200.
      ['2025-11-10 a', '2025-11-11T08:00:00Z a', '2025-11-11T10:30:00Z b'],
      ['2025-11-12T09:00:00Z a', '2025-11-12T09:00:00Z b', '2025-11-13 a'],
    ]);
  });

  it('splits a day of more words than the budget, gives a longer article a shard of its own, and an empty collection no shard', () => {
    const day = Array.from({ length: 6 }, (_, index) => article(`2025-11-11T0${index}:00:00Z`, 'a', 400));
    expect(planSearchShards(day, 1000).map((shard) => shard.length)).toEqual([2, 2, 2]);
    const shards = planSearchShards([article('2025-11-10', 'a', 50), article('2025-11-11', 'a', 1500), article('2025-11-12', 'a', 50)], 1000);
    expect(shards.map((shard) => shard.length)).toEqual([1, 1, 1]);
    expect(planSearchShards([], 1000)).toEqual([]);
  });

  it('gives the newest month a shard of its own once the older months fill a quarter of one, and packs those months whole', () => {
    const articles = [
      article('2025-10-02', 'a', 300),
      article('2025-10-20', 'a', 400),
      article('2025-11-03', 'a', 200),
      article('2025-11-04', 'a', 200),
      article('2025-12-01', 'a', 100),
    ];
    const months = (shards: ShardCandidate[][]) => shards.map((shard) => shard.map(({ date }) => date.slice(0, 7)).join(' '));
    // October (700 words) and November (400) do not fit one shard of 1,000 together.
    expect(months(planSearchShards(articles, 1000))).toEqual(['2025-10 2025-10', '2025-11 2025-11', '2025-12']);
    expect(months(planSearchShards(articles, 1100))).toEqual(['2025-10 2025-10 2025-11 2025-11', '2025-12']);
    // Older months of less than a quarter of a shard: one shard for all while it fits.
    expect(months(planSearchShards(articles, 5000))).toEqual(['2025-10 2025-10 2025-11 2025-11 2025-12']);
  });

  it('changes only the newest shard when an article is published in the newest month', () => {
    const candidate = fc.record({
      date: fc.date({ min: new Date('2020-01-01'), max: new Date('2020-06-30'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
      key: fc.string({ maxLength: 6 }),
      words: fc.integer({ min: 1, max: 600 }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 60 }), fc.integer({ min: 600, max: 4000 }), candidate, (articles, budget, published) => {
        const newestMonth = articles.map(({ date }) => date.slice(0, 7)).sort().at(-1)!;
        const inArchive = (shard: ShardCandidate[]) => shard.every(({ date }) => date.slice(0, 7) < newestMonth);
        const archiveWords = articles.filter(({ date }) => date.slice(0, 7) < newestMonth).reduce((sum, { words }) => sum + words, 0);
        fc.pre(archiveWords >= budget / 4);
        const before = planSearchShards(articles, budget);
        const after = planSearchShards([...articles, { ...published, date: `${newestMonth}-28` }], budget);
        // Every shard but the newest month's is as it was.
        expect(before.every((shard) => inArchive(shard) || shard.every(({ date }) => date.startsWith(newestMonth)))).toBe(true);
        expect(after.filter(inArchive)).toEqual(before.filter(inArchive));
        expect(after.length - after.filter(inArchive).length).toBeGreaterThan(0);
      }),
    );
  });

  it('cuts a large newest month into small shards, of which a new article changes at most two', () => {
    const archive = Array.from({ length: 2400 }, (_, index) => article('2025-10-15', `2025/10/15/story-${index}.md`, 500));
    const today = Array.from({ length: 2000 }, (_, index) => article('2025-11-20', `2025/11/20/story-${index}.md`, 500));
    const before = planSearchShards([...archive, ...today], 4_000_000);
    const newest = before.filter((shard) => shard[0]!.date === '2025-11-20');
    expect(newest.flat()).toHaveLength(2000);
    expect(newest.length).toBeGreaterThan(2);
    expect(Math.max(...newest.map((shard) => shard.length))).toBeLessThanOrEqual(1000);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.integer({ min: 50, max: 3000 }), (slug, words) => {
        const after = planSearchShards([...archive, ...today, article('2025-11-20', `2025/11/20/${slug}.md`, words)], 4_000_000);
        const kept = new Set(before.map((shard) => JSON.stringify(shard)));
        expect(after.filter((shard) => !kept.has(JSON.stringify(shard))).length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 50 },
    );
  });

  it('puts every article in exactly one shard, in date order, within the budget', () => {
    const candidate = fc.record({
      date: fc.date({ min: new Date('2020-01-01'), max: new Date('2020-01-03'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 13)),
      key: fc.string({ maxLength: 6 }),
      words: fc.integer({ min: 0, max: 600 }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 60 }), fc.integer({ min: 1, max: 3000 }), (articles, budget) => {
        const shards = planSearchShards(articles, budget);
        expect(shards.flat().length).toBe(articles.length);
        expect(new Set(shards.flat())).toEqual(new Set(articles));
        for (const [index, shard] of shards.entries()) {
          expect(shard.length).toBeGreaterThan(0);
          const words = shard.reduce((sum, item) => sum + item.words, 0);
          if (words > budget) expect(shard.length).toBe(1);
          // No full shard could have taken the next shard's first article.
          if (index > 0) {
            const previous = shards[index - 1]!;
            expect(shard[0]!.date >= previous.at(-1)!.date).toBe(true);
            expect(previous.reduce((sum, item) => sum + item.words, 0) + shard[0]!.words).toBeGreaterThan(budget);
          }
        }
      }),
    );
  });
});

describe('mergeShardResults', () => {
  const result = (id: string, score: number) => ({ id, score });
  const perShard = [
    [result('old-1', 0.9), result('old-2', 0.2)],
    [result('new-1', 0.5), result('new-2', 0.9)],
  ];

  it('lists date-sorted results newest shard first, each shard in its own order', () => {
    expect(mergeShardResults(perShard, 'date').map(({ id }) => id)).toEqual(['new-1', 'new-2', 'old-1', 'old-2']);
  });

  it('ranks the others by score, the newer shard first on equal scores', () => {
    expect(mergeShardResults(perShard, 'relevance').map(({ id }) => id)).toEqual(['new-2', 'old-1', 'new-1', 'old-2']);
  });
});

describe('shardFolder and wordCount', () => {
  it('puts the oldest shard at the root of the Pagefind folder', () => {
    expect([0, 1, 12].map(shardFolder)).toEqual(['', '1/', '12/']);
  });

  it('counts words separated by any white space', () => {
    expect(wordCount('  Talks resume\n\nin  Bamako.\t')).toBe(4);
    expect(wordCount('')).toBe(0);
  });
});

describe('isStandInMatch', () => {
  it('reads the words an excerpt marks', () => {
    expect(markedWords('The <mark>Storm</mark> hit <mark>storms</mark>.')).toEqual(['storm', 'storms']);
  });

  it('tells the prefix Pagefind falls back to from a match of the word or its stem', () => {
    expect(isStandInMatch(['s'], 'storm')).toBe(true);
    // Pagefind's own examples: "ark" falls back to "ar", "orchid" to "or".
    expect(isStandInMatch(['ar'], 'harbour ark')).toBe(true);
    expect(isStandInMatch(['or'], 'orchid')).toBe(true);
    expect(isStandInMatch(['sto'], 'storm')).toBe(true);
    expect(isStandInMatch(['harbour'], 'harbour ark')).toBe(false);
    expect(isStandInMatch(['storm'], 'storms')).toBe(false);
    expect(isStandInMatch(['stormy'], 'storm')).toBe(false);
    expect(isStandInMatch(['run'], 'running')).toBe(false);
    // The fallback's prefix marks the words it starts: "stop" and "story" for "storm".
    expect(isStandInMatch(['stop'], 'storm')).toBe(true);
    expect(isStandInMatch(['story', 'stop'], 'storm')).toBe(true);
    // A stem that parts from the word before its ending is a match: "city" for "cities", "make" for "making".
    expect(isStandInMatch(['city'], 'cities')).toBe(false);
    expect(isStandInMatch(['make'], 'making')).toBe(false);
    expect(isStandInMatch(['s', 'ferry'], 'storm ferry')).toBe(false);
    expect(isStandInMatch([], 'storm')).toBe(false);
  });
});
