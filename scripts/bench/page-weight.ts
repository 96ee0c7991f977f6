import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { walkFiles } from './walk-files.ts';

/** What a reader's browser downloads for one article page. */
export interface PageWeight {
  /** The page, relative to the site folder. */
  page: string;
  htmlBytes: number;
  /** Linked stylesheets (inline `<style>` is part of the HTML). */
  cssBytes: number;
  /** HTML and linked CSS, each gzipped on its own, added up: the transfer size. */
  transferGzipBytes: number;
  /** Script files (`<script src>`, `modulepreload`) and inline scripts; JSON-LD is data, not script. */
  jsBytes: number;
  jsGzipBytes: number;
}

/** Article pages live at `…/YYYY/MM/DD/<slug>/index.html`. */
const ARTICLE_PAGE = /(?:^|\/)\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;

const gzipBytes = (data: Uint8Array) => gzipSync(data, { level: 9 }).length;
const present = <T>(value: T | undefined): value is T => value !== undefined;

/** The file an `href`/`src` on `page` points to inside `dist`, trying shorter paths for a base path. */
function resolveAsset(dist: string, page: string, reference: string): string | undefined {
  let path = reference.replace(/[?#].*$/, '');
  if (/^[a-z]+:\/\//i.test(path)) path = new URL(path).pathname;
  else if (/^[a-z]+:/i.test(path) || path.startsWith('//')) return undefined;
  if (!path.startsWith('/')) return normalize(join(dist, dirname(page), path));
  const segments = path.split('/').filter(Boolean);
  for (let skip = 0; skip < segments.length; skip++) {
    const candidate = join(dist, ...segments.slice(skip));
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The article page of median HTML size, or `preferred` when the site has that page. */
function choosePage(dist: string, preferred: string | undefined): string | undefined {
  if (preferred !== undefined && existsSync(join(dist, preferred))) return preferred;
  const pages = walkFiles(dist).filter((file) => ARTICLE_PAGE.test(file.path));
  return pages.sort((a, b) => a.bytes - b.bytes || a.path.localeCompare(b.path))[Math.floor(pages.length / 2)]?.path;
}

/**
 * Weighs one article page of a built site: its HTML plus linked CSS gzipped
 * (the transfer size) and the JavaScript it loads. The page is `preferred`
 * (a path relative to `dist`) when the site has it, so two sites can be
 * compared on the same article, else the article page of median HTML size.
 * Undefined when the site has no article pages.
 */
export function articlePageWeight(dist: string, preferred?: string): PageWeight | undefined {
  const page = choosePage(dist, preferred);
  if (page === undefined) return undefined;
  const html = readFileSync(join(dist, page));
  const $ = cheerio.load(html.toString('utf8'));
  const read = (reference: string | undefined) => {
    const file = reference === undefined ? undefined : resolveAsset(dist, page, reference);
    return file ? readFileSync(file) : undefined;
  };
  const styles = $('link[rel~="stylesheet"]').toArray().map((element) => read($(element).attr('href')));
  const scripts = [
    ...$('script[src], link[rel="modulepreload"]').toArray().map((element) => read($(element).attr('src') ?? $(element).attr('href'))),
    ...$('script:not([src])')
      .toArray()
      .filter((element) => !/json/i.test($(element).attr('type') ?? ''))
      .map((element) => Buffer.from($(element).text())),
  ]
    .filter(present)
    .filter((data) => data.length > 0);
  const css = styles.filter(present);
  return {
    page,
    htmlBytes: html.length,
    cssBytes: css.reduce((sum, data) => sum + data.length, 0),
    transferGzipBytes: gzipBytes(html) + css.reduce((sum, data) => sum + gzipBytes(data), 0),
    jsBytes: scripts.reduce((sum, data) => sum + data.length, 0),
    jsGzipBytes: scripts.reduce((sum, data) => sum + gzipBytes(data), 0),
  };
}
