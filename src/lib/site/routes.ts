/** Builds site paths and absolute URLs under a base path. */
export interface SiteUrls {
  /** A path under the base: `path('tags/mali/')` → `/brief/tags/mali/`. */
  path(relative: string): string;
  /** The same as an absolute URL on the site's origin. */
  absolute(relative: string): string;
}

/** URLs for a site served from `origin` under `basePath` (`/` or `/brief/`). */
export function siteUrls(origin: string, basePath: string): SiteUrls {
  const path = (relative: string) => `${basePath}${relative.replace(/^\/+/, '')}`;
  return { path, absolute: (relative) => new URL(path(relative), `${origin}/`).href };
}

/** The page path of an article, from its collection id `2025/11/12/<slug>`. */
export function articlePath(id: string): string {
  return `${id}/`;
}
