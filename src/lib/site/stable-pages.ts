/** One page of a list, in the shape of Astro's `paginate()` pages (the parts our layouts and keys use). */
export interface ListPage<T> {
  data: T[];
  currentPage: number;
  lastPage: number;
  total: number;
  url: { current: string; prev?: string; next?: string };
}

/**
 * The pages of a list that is newest first and grows at the top (a topic's
 * articles, a month's), of `size` items each, counted from the oldest: the
 * first page takes what is left over, `size` to `2 × size − 1` items. A new
 * article then changes the first page alone, where paging from the newest
 * would move every article of every page down by one, and an incremental
 * build would render every page of a large topic again for each story it
 * gets. The older pages change only when the first fills up (every `size`
 * new items) and the pages are numbered anew.
 */
export function stablePages<T>(items: readonly T[], size: number, pathOf: (page: number) => string): ListPage<T>[] {
  const lastPage = Math.max(1, Math.floor(items.length / size));
  const firstSize = items.length - (lastPage - 1) * size;
  return Array.from({ length: lastPage }, (_, index) => {
    const page = index + 1;
    const start = page === 1 ? 0 : firstSize + (page - 2) * size;
    const end = page === 1 ? firstSize : start + size;
    return {
      data: items.slice(start, end),
      currentPage: page,
      lastPage,
      total: items.length,
      url: { current: pathOf(page), prev: page > 1 ? pathOf(page - 1) : undefined, next: page < lastPage ? pathOf(page + 1) : undefined },
    };
  });
}
