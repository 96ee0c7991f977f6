import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { articleFile, splitArticleFile } from '../../src/lib/article/article-file.ts';
import { articleIdOfFile } from '../../src/lib/article/article-id.ts';
import { renderArticleHtml } from '../../src/lib/markdown/render-article-html.ts';
import { searchRecordHtml, type SearchableArticle } from '../../src/lib/search/search-record.ts';

const article: SearchableArticle = {
  title: 'Talks "resume" <b>in</b> Bamako & Niamey <script>alert(1)</script>',
  date: '2025-11-12T14:05:00Z',
  day: '2025-11-12',
  tags: ['politics', 'x" onmouseover="alert(1)'],
  places: ['Bamako', 'Mali'],
  body: 'First paragraph with *emphasis*.\n\nSecond <img src=x onerror=alert(1)> paragraph.\n',
};

describe('searchRecordHtml', () => {
  const $ = load(searchRecordHtml(article, 'en'));

  it('holds the headline and exactly the body the page renders', () => {
    expect($('html').attr('lang')).toBe('en');
    expect($('[data-pagefind-body] h1').text()).toBe(article.title);
    expect(searchRecordHtml(article, 'en')).toContain(renderArticleHtml(article.body));
  });

  it('carries the metadata, sort key and filters as attribute values, escaped', () => {
    const metas = $('[data-pagefind-meta]').map((_, element) => $(element).attr('data-pagefind-meta')).get();
    expect(metas).toEqual(['title', `date:${article.date}`, `day:${article.day}`]);
    const filters = $('[data-pagefind-filter]').map((_, element) => $(element).attr('data-pagefind-filter')).get();
    expect(filters).toEqual(['tag:politics', 'tag:x" onmouseover="alert(1)', 'place:Bamako', 'place:Mali', 'year:2025']);
    expect($('[data-pagefind-body]').attr('data-pagefind-sort')).toBe(`date:${article.date}`);
    // Articles of one date sort by their source file, the order the shards are cut in.
    expect(load(searchRecordHtml(article, 'en', 'desk/quay.txt'))('[data-pagefind-body]').attr('data-pagefind-sort')).toBe(`date:${article.date} desk/quay.txt`);
  });

  it('lets no article text become markup', () => {
    expect($('script, img, b, [onmouseover], [onerror]')).toHaveLength(0);
  });
});

describe('articleIdOfFile', () => {
  it('keeps the ingest’s own paths as they are', () => {
    expect(articleIdOfFile('2025/11/12/mali-talks.md')).toBe('2025/11/12/mali-talks');
  });

  it('slugs the segments of a file added by hand', () => {
    expect(articleIdOfFile('2025/11/12/Mali Talks Resume.md')).toBe('2025/11/12/mali-talks-resume');
    expect(articleIdOfFile('extra\\Ça va.MD')).toBe('extra/ca-va');
  });
});

describe('splitArticleFile', () => {
  it('reads back what the ingest writes', () => {
    const front = { title: 'A: "quoted" title', date: '2025-11-12', dateSource: 'caption' as const, summary: 'S.', tags: ['politics'], places: [], people: [], organisations: [], source: { file: 'a.txt', sha256: 'a'.repeat(64) } };
    const split = splitArticleFile(articleFile(front, ['One.', 'Two.']));
    expect(split?.front).toMatchObject(front);
    expect(split?.body).toBe('\nOne.\n\nTwo.\n');
  });

  it('finds no front matter where there is none', () => {
    expect(splitArticleFile('Just text.\n')).toBeUndefined();
  });
});
