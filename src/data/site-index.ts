// The one bridge from Astro's content collection to the pure site index:
// built once per build and shared by every page and feed.
import { getCollection } from 'astro:content';
import { buildSiteIndex, type SiteIndex } from '../lib/site-index.ts';
import { siteUrls } from '../lib/site-urls.ts';
import { siteConfig } from '../site.config.ts';

let index: Promise<SiteIndex> | undefined;

/** The site index, computed on first use. */
export function getSiteIndex(): Promise<SiteIndex> {
  index ??= getCollection('articles').then((entries) => buildSiteIndex(entries, siteConfig));
  return index;
}

/** Paths and absolute URLs under the configured base path. */
export const urls = siteUrls(siteConfig.url, siteConfig.basePath);
