// Shared pieces of the browser tests: which page stands for each page type,
// running axe-core in a page, and reading a page's state.
import axe from 'axe-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { articlePages, htmlPages, loadPage } from '../site/read-site.ts';

export interface PageType {
  /** What kind of page this is, for test names. */
  name: string;
  /** Path relative to the base path (no leading slash), may carry a query. */
  path: string;
  /** A selector to wait for before testing (content filled in by script). */
  ready?: string;
}

/** The site path a built file is served at (relative to the base). */
const pathOf = (file: string) => file.replace(/index\.html$/, '');

/** The first article page whose HTML satisfies `test`. */
function articleWhere(dist: string, test: (html: string) => boolean): string | undefined {
  return articlePages(dist).find((file) => test(readFileSync(join(dist, file), 'utf8')));
}

/** The article page whose headline is `title`. */
export function articleWithTitle(dist: string, title: string): string | undefined {
  return articlePages(dist).find((file) => loadPage(dist, file)('h1').first().text() === title);
}

/** A distinctive word from the `plain` fixture's body, and that article. */
export const SEARCH_WORD = 'librarian';
export const SEARCH_TITLE = 'Village library reopens after roof repairs';

/**
 * One page for every page type of the site, picked from the built site so the
 * tests follow the fixtures. Topic kinds without a page in the fixture build
 * (a topic needs two articles) are left out; see `missingTopicKinds`.
 */
export function pageTypes(dist: string): PageType[] {
  const pages = htmlPages(dist);
  const first = (pattern: RegExp) => pages.find((file) => pattern.test(file));
  const rich = articleWhere(dist, (html) => html.includes('photo-note') && html.includes('related-heading')) ?? articlePages(dist)[0]!;
  const rtl = articleWhere(dist, (html) => /<h1[^>]*>[\u0600-\u06ff]/.test(html));
  const plain = articleWithTitle(dist, SEARCH_TITLE)!;
  const types: PageType[] = [
    { name: 'home', path: '' },
    { name: 'home page 2', path: 'page/2/' },
    { name: 'article', path: pathOf(rich) },
    ...(rtl ? [{ name: 'article (right-to-left)', path: pathOf(rtl) }] : []),
    { name: 'article with search highlight', path: `${pathOf(plain)}?highlight=${SEARCH_WORD}`, ready: '[data-pagefind-body] mark' },
    { name: 'daily brief', path: pathOf(first(/^briefs\/\d{4}-\d{2}-\d{2}\//)!) },
    { name: 'briefs index', path: 'briefs/' },
  ];
  for (const kind of ['tags', 'places', 'people', 'organisations']) {
    const file = first(new RegExp(`^${kind}/[^/]+/index\\.html$`));
    if (file) types.push({ name: `${kind} topic`, path: pathOf(file) });
  }
  types.push(
    { name: 'topics index', path: 'topics/' },
    { name: 'feeds', path: 'feeds/' },
    { name: 'archive', path: 'archive/' },
    { name: 'archive month', path: pathOf(first(/^archive\/\d{4}-\d{2}\/index\.html$/)!) },
    { name: 'search (empty)', path: 'search/' },
    { name: 'search with results', path: `search/?q=${SEARCH_WORD}`, ready: '[data-search-results] li' },
    { name: '404', path: '404.html' },
  );
  return types;
}

/** Topic kinds that have no page in this build (fewer than two articles each). */
export function missingTopicKinds(dist: string): string[] {
  return ['tags', 'places', 'people', 'organisations'].filter(
    (kind) => !existsSync(join(dist, kind)) || readdirSync(join(dist, kind)).length === 0,
  );
}

/** Opens `path` (relative to the site URL) and waits for its script-filled content. */
export async function open(page: Page, siteUrl: string, type: Pick<PageType, 'path' | 'ready'>): Promise<void> {
  await page.goto(siteUrl + type.path, { waitUntil: 'load' });
  if (type.ready) await page.waitForSelector(type.ready, { timeout: 15_000 });
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** WCAG's rules and axe's best practices (unique landmarks, one main, heading order …). */
export const AXE_TAGS = [...WCAG_TAGS, 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

/** Runs axe-core in the page for the WCAG 2.x A/AA rules and axe's best practices; returns the violations. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact ?? null, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target as unknown[], html: n.html, failureSummary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

/** Violations as readable text, one block per rule and node. */
export function formatViolations(label: string, violations: AxeViolation[]): string {
  return violations
    .map((v) => [
      `${label}: [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
      ...v.nodes.map((n) => `    at ${JSON.stringify(n.target)}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
    ].join('\n'))
    .join('\n');
}
