import { describe, expect, it } from 'vitest';
import { buildSiteIndex, type ArticleEntry } from '../../src/lib/site/site-index.ts';

const entry = (id: string, date: string, topics: Partial<Record<'tags' | 'places' | 'people' | 'organisations', string[]>>): ArticleEntry => ({
  id,
  body: 'word '.repeat(460),
  data: { title: id, date, dateSource: 'caption', summary: 's', tags: [], places: [], people: [], organisations: [], source: { file: `${id}.txt`, sha256: '0'.repeat(64) }, ...topics },
});

describe('buildSiteIndex', () => {
  const entries = [
    entry('a', '2025-11-12', { tags: ['politics'], people: ['Ana Souza'], places: ['Lisbon'] }),
    entry('b', '2025-11-11', { tags: ['politics'], people: ['Ana Souza'] }),
    entry('c', '2025-11-10', { tags: ['politics'] }),
    entry('d', '2025-11-12T15:00:00Z', { places: ['Lisbon'] }),
    entry('e', '2025-11-09', { tags: ['sport'] }),
  ];
  const index = buildSiteIndex(entries, { timeZone: 'UTC', topicMinArticles: 2 });

  it('sorts newest first and groups days and months', () => {
    expect(index.articles.map((article) => article.id)).toEqual(['d', 'a', 'b', 'c', 'e']);
    expect(index.days.map((day) => [day.day, day.articles.length])).toEqual([['2025-11-12', 2], ['2025-11-11', 1], ['2025-11-10', 1], ['2025-11-09', 1]]);
    expect(index.months).toHaveLength(1);
  });

  it('gives topics with enough articles a page, largest first', () => {
    expect(index.topics.tags.map((topic) => [topic.name, topic.articles.length])).toEqual([['politics', 3]]);
    expect(index.topicOf('tags', 'sport')).toBeUndefined();
    expect(index.topicOf('people', 'Ana Souza')?.path).toBe('people/ana-souza/');
  });

  it('ranks related articles by shared topics, people above tags, never the article itself', () => {
    const a = index.byId.get('a')!;
    expect(index.related(a, 5).map((article) => article.id)).toEqual(['b', 'd', 'c']);
    expect(index.related(a, 1).map((article) => article.id)).toEqual(['b']);
  });

  it('answers each related question on its own, whatever was asked before', () => {
    const ask = () => index.articles.map((article) => index.related(article, 2).map((other) => other.id));
    const first = ask();
    expect(ask()).toEqual(first);
    expect(first[index.articles.indexOf(index.byId.get('a')!)]).toEqual(['b', 'd']);
  });

  it('knows each article’s neighbours in time and its reading time', () => {
    const a = index.byId.get('a')!;
    expect(index.neighbours(a)).toMatchObject({ newer: { id: 'd' }, older: { id: 'b' } });
    expect(a.readingMinutes).toBe(2);
  });
});
