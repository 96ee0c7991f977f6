import { describe, expect, it } from 'vitest';
import { spaceUnspacedWords, unspaceExcerpt } from '../../src/lib/search/word-spaces.ts';
import { searchRecordHtml } from '../../src/lib/search/search-record.ts';

describe('word spaces for search', () => {
  it('spaces the words of Chinese, Japanese and Thai, and leaves other text as it is', () => {
    expect(spaceUnspacedWords('市内の交通系ICカード')).toBe('市内 の 交通 系 IC カード');
    expect(spaceUnspacedWords('这座城市的第一条地铁线路').split(' ').length).toBeGreaterThan(3);
    expect(spaceUnspacedWords('ผลการตรวจยืนยัน').includes(' ')).toBe(true);
    for (const text of ['The U.S. port, "re-opened" today.', 'افتتاح مكتبة عامة', 'В Новосибирске открыли мост']) expect(spaceUnspacedWords(text)).toBe(text);
  });

  it('gives the excerpt and title back as the article prints them, highlights and all', () => {
    const text = '港町の朝市が十一月から三年ぶりに再開される。';
    expect(unspaceExcerpt(spaceUnspacedWords(text))).toBe(text);
    expect(unspaceExcerpt('から <mark>交通</mark> <mark>系</mark> IC カード')).toBe('から<mark>交通</mark><mark>系</mark>ICカード');
    expect(unspaceExcerpt('The <mark>port</mark> reopened')).toBe('The <mark>port</mark> reopened');
  });

  it('spaces the record text between tags, never inside them', () => {
    const html = searchRecordHtml({ title: '朝市が再開', date: '2025-11-04', day: '2025-11-04', tags: ['朝市'], places: [], body: '港町の**朝市**が再開される。' }, 'en');
    expect(html).toContain('<h1 data-pagefind-meta="title">朝市 が 再開</h1>');
    expect(html).toContain('<strong>朝市</strong>');
    expect(html).toContain('data-pagefind-filter="tag:朝市"');
  });
});
