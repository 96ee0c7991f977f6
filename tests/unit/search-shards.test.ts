import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeShardResults, planSearchShards, shardFolder, wordCount, type ShardCandidate } from '../../src/lib/search-shards.ts';

const article = (day: string, key: string, words: number): ShardCandidate => ({ day, key, words });

describe('planSearchShards', () => {
  it('fills shards with whole days, oldest first, up to the word budget', () => {
    const articles = [
      article('2025-11-12', 'b', 300),
      article('2025-11-10', 'a', 400),
      article('2025-11-11', 'a', 300),
      article('2025-11-12', 'a', 300),
      article('2025-11-11', 'b', 200),
      article('2025-11-13', 'a', 100),
    ];
    const shards = planSearchShards(articles, 1000);
    expect(shards.map((shard) => shard.map(({ day, key }) => `${day} ${key}`))).toEqual([
      // 400 + 300 + 200 = 900; the 12th's 600 would make 1,500.
      ['2025-11-10 a', '2025-11-11 a', '2025-11-11 b'],
      ['2025-11-12 a', '2025-11-12 b', '2025-11-13 a'],
    ]);
  });

  it('gives a day over the budget a shard of its own, and an empty collection no shard', () => {
    const shards = planSearchShards([article('2025-11-10', 'a', 50), article('2025-11-11', 'a', 800), article('2025-11-11', 'b', 800), article('2025-11-12', 'a', 50)], 1000);
    expect(shards.map((shard) => shard.length)).toEqual([1, 2, 1]);
    expect(planSearchShards([], 1000)).toEqual([]);
  });

  it('puts every article in exactly one shard, keeps days whole and in order, and stays in budget', () => {
    const candidate = fc.record({
      day: fc.date({ min: new Date('2020-01-01'), max: new Date('2020-03-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
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
          // Over budget only when the shard is a single day.
          if (words > budget) expect(new Set(shard.map((item) => item.day)).size).toBe(1);
          if (index > 0) expect(shard[0]!.day > shards[index - 1]!.at(-1)!.day).toBe(true);
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
