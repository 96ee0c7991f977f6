// The search page: reads and writes ?q= (and filters), queries Pagefind,
// renders results as text. Loaded only on this page.

import { isStandInMatch, markedWords, mergeShardResults, shardFolder } from '../lib/search/search-shards.ts';
import { unspaceExcerpt } from '../lib/search/word-spaces.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  score: number;
  data(): Promise<PagefindResultData>;
}
/** Pagefind's script as loaded from one shard's folder: the index of that shard. */
interface PagefindShard {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

const DEBOUNCE_MS = 120;
const SHOWN_RESULTS = 10;
const base = document.documentElement.dataset.base ?? '/';

/** Copies Pagefind's excerpt into `target` as text, keeping only its <mark> highlights. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const template = document.createElement('template');
  template.innerHTML = excerpt; // inert: nothing in a template runs or loads
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else target.append(document.createTextNode(node.textContent ?? ''));
  }
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'article-list__item';
  const heading = document.createElement('h2');
  heading.className = 'article-list__title';
  heading.dir = 'auto';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ? unspaceExcerpt(data.meta.title) : data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  if (data.meta.date) {
    const time = document.createElement('time');
    time.dateTime = data.meta.date;
    // The article's day in the site's time zone, as its page shows it (a late-evening story is not dated the next day).
    const day = data.meta.day ?? data.meta.date.slice(0, 10);
    time.textContent = new Date(`${day}T12:00:00Z`).toLocaleDateString(document.documentElement.lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    meta.append(time);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'article-list__summary';
  excerpt.dir = 'auto';
  appendExcerpt(excerpt, unspaceExcerpt(data.excerpt));
  item.append(heading, meta, excerpt);
  return item;
}

/**
 * Pagefind once for each shard of the index, oldest shard first, as
 * `pagefind/shards.json` lists them (see src/lib/search/search-shards.ts). Each is
 * loaded from its shard's own copy of pagefind.js, so each has its own
 * WebAssembly module and Web Worker: instances of one script share a single
 * module, and searching two indexes at once in it corrupts its memory.
 */
async function loadShards(): Promise<PagefindShard[] | undefined> {
  try {
    const response = await fetch(`${base}pagefind/shards.json`);
    const { shards } = (await response.json()) as { shards: unknown };
    if (!Array.isArray(shards) || !shards.every((folder, index) => folder === shardFolder(index))) return undefined;
    return await Promise.all(
      shards.map(async (folder: string) => {
        const shard = (await import(/* @vite-ignore */ `${base}pagefind/${folder}pagefind.js`)) as PagefindShard;
        await shard.options({ baseUrl: base, highlightParam: 'highlight', excerptLength: 30 });
        await shard.init();
        return shard;
      }),
    );
  } catch {
    return undefined;
  }
}

/** Every shard's filter values together, with their counts added up. */
async function allFilters(shards: PagefindShard[]): Promise<Record<string, Record<string, number>>> {
  const merged: Record<string, Record<string, number>> = {};
  for (const filters of await Promise.all(shards.map((shard) => shard.filters()))) {
    for (const [name, values] of Object.entries(filters)) {
      const counts = (merged[name] ??= {});
      for (const [value, count] of Object.entries(values)) counts[value] = (counts[value] ?? 0) + count;
    }
  }
  return merged;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The shards' results, less those of shards whose match only stands in for
 * a query word they lack (see isStandInMatch), when another shard has the
 * word: what one index of the whole site would show. Each shard is judged
 * by its first result.
 */
async function withoutStandIns(perShard: PagefindResult[][], query: string): Promise<PagefindResult[][]> {
  if (query === '') return perShard;
  const standIn = await Promise.all(perShard.map(async (results) => results.length > 0 && isStandInMatch(markedWords((await results[0]!.data()).excerpt), query)));
  const found = perShard.some((results, index) => results.length > 0 && !standIn[index]);
  return found ? perShard.map((results, index) => (standIn[index] ? [] : results)) : perShard;
}

/** Wires up the search page. */
export async function startSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const sort = document.querySelector<HTMLSelectElement>('[data-sort]');
  const selects = [...document.querySelectorAll<HTMLSelectElement>('[data-filter]')];
  if (!form || !input || !status || !list || !sort) return;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') === 'date' ? 'date' : '';
  const headerBox = document.getElementById('search-box') as HTMLInputElement | null;
  if (headerBox) headerBox.value = input.value;

  const shards = await loadShards();
  if (!shards) {
    status.textContent = import.meta.env.DEV
      ? 'The search index is made by "npm run build". Run "npm run build && npm run preview" to try search.'
      : 'Search is unavailable: the search index could not be loaded.';
    return;
  }
  if (shards.length === 0) {
    status.textContent = 'There are no articles to search yet.';
    return;
  }
  const filters = await allFilters(shards);
  for (const select of selects) {
    const name = select.dataset.filter ?? '';
    const values = Object.keys(filters[name] ?? {}).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
    for (const value of values) select.append(new Option(value, value));
    select.value = params.get(name) ?? '';
  }

  let latest = 0;
  async function run(): Promise<void> {
    const query = input!.value.trim();
    const chosen = Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.dataset.filter, select.value]));
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const [name, value] of Object.entries(chosen)) url.searchParams.set(name as string, value as string);
    if (sort!.value) url.searchParams.set('sort', sort!.value);
    history.replaceState(null, '', url);
    const ticket = ++latest;
    if (!query && Object.keys(chosen).length === 0) {
      list!.replaceChildren();
      status!.textContent = 'Type to search the articles.';
      return;
    }
    // Waits for typing to pause; a newer keystroke takes over.
    await pause(DEBOUNCE_MS);
    if (ticket !== latest) return;
    const byDate = sort!.value === 'date';
    const searches = await Promise.all(shards!.map((shard) => shard.search(query || null, { filters: chosen, ...(byDate ? { sort: { date: 'desc' } } : {}) })));
    if (ticket !== latest) return;
    const perShard = await withoutStandIns(searches.map((search) => search.results), query);
    if (ticket !== latest) return;
    const results = mergeShardResults(perShard, byDate ? 'date' : 'relevance');
    const shown = await Promise.all(results.slice(0, SHOWN_RESULTS).map((result) => result.data()));
    if (ticket !== latest) return;
    list!.replaceChildren(...shown.map(resultItem));
    const count = results.length;
    status!.textContent = count === 0 ? `No articles match “${query}”.` : `${count} ${count === 1 ? 'article matches' : 'articles match'}${query ? ` “${query}”` : ''}${count > SHOWN_RESULTS ? `; showing the first ${SHOWN_RESULTS}` : ''}.`;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => void run());
  for (const select of [...selects, sort]) select.addEventListener('change', () => void run());
  if (input.value || selects.some((select) => select.value)) await run();
  else status.textContent = 'Type to search the articles.';
}
