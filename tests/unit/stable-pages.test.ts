import { describe, expect, it } from 'vitest';
import { stablePages } from '../../src/lib/site/stable-pages.ts';

const pathOf = (page: number) => (page > 1 ? `/tags/x/${page}/` : '/tags/x/');
// Newest first, as the site lists them: item n is the newest of n items.
const listOf = (count: number) => Array.from({ length: count }, (_, index) => count - index);

describe('stablePages', () => {
  it('splits the whole list in order, the first page taking the rest', () => {
    for (const count of [1, 3, 4, 7, 8, 9, 23]) {
      const pages = stablePages(listOf(count), 4, pathOf);
      expect(pages.flatMap((page) => page.data)).toEqual(listOf(count));
      expect(pages.slice(1).every((page) => page.data.length === 4)).toBe(true);
      if (count >= 4) expect(pages[0]!.data.length).toBeGreaterThanOrEqual(4);
      expect(pages[0]!.data.length).toBeLessThan(8);
      expect(pages.map((page) => page.currentPage)).toEqual(pages.map((_, index) => index + 1));
      expect(pages.every((page) => page.lastPage === pages.length && page.total === count)).toBe(true);
    }
  });

  it('keeps the older pages as they are while new items are added, until the first fills up', () => {
    const before = stablePages(listOf(13), 4, pathOf);
    const after = stablePages(listOf(15), 4, pathOf);
    expect(after.length).toBe(before.length);
    expect(after.slice(1)).toEqual(before.slice(1).map((page) => ({ ...page, total: 15 })));
    expect(after[0]!.data).toEqual([15, 14, ...before[0]!.data]);
    // The sixteenth makes a new page: the older pages are numbered anew.
    expect(stablePages(listOf(16), 4, pathOf).length).toBe(before.length + 1);
  });

  it('links each page to the newer and the older one', () => {
    const pages = stablePages(listOf(12), 4, pathOf);
    expect(pages.map((page) => page.url)).toEqual([
      { current: '/tags/x/', prev: undefined, next: '/tags/x/2/' },
      { current: '/tags/x/2/', prev: '/tags/x/', next: '/tags/x/3/' },
      { current: '/tags/x/3/', prev: '/tags/x/2/', next: undefined },
    ]);
  });

  it('gives an empty list one empty page', () => {
    expect(stablePages([], 4, pathOf)).toEqual([{ data: [], currentPage: 1, lastPage: 1, total: 0, url: { current: '/tags/x/', prev: undefined, next: undefined } }]);
  });
});
