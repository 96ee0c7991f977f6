import { CORE_SCHEMA, load } from 'js-yaml';
import { stringify } from 'yaml';
import { withChecksum } from './checksum.ts';
import { FRONT_MATTER_KEYS, type ArticleFrontMatter } from './schema.ts';
import { paragraphsToMarkdown } from '../markdown/paragraphs-to-markdown.ts';

/** yaml's options for front matter. lineWidth 0: never fold long strings, so each value stays on one line. */
export const FRONT_MATTER_YAML_OPTIONS = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/** Front matter in key order, through the yaml library. */
function frontMatterYamlWithLibrary(front: ArticleFrontMatter): string {
  const ordered: Record<string, unknown> = {};
  for (const key of FRONT_MATTER_KEYS) if (front[key] !== undefined) ordered[key] = front[key];
  return stringify(ordered, FRONT_MATTER_YAML_OPTIONS);
}

// A string yaml writes as its JSON form: yaml starts from JSON.stringify and
// rewrites only `\u` escapes (control characters) and `\n` (folding); it
// keeps `\"`, `\\`, `\t` and `\r` as they are.
const quotedAsIs = (value: string): string | undefined => {
  const json = JSON.stringify(value);
  return /\\[un]/.test(json) ? undefined : json;
};

/**
 * The same YAML, written directly when every value is a string with nothing
 * to escape (nearly every article), far cheaper than the library. Undefined
 * otherwise, and the library writes it.
 */
function frontMatterYamlDirect(front: ArticleFrontMatter): string | undefined {
  let yaml = '';
  for (const key of FRONT_MATTER_KEYS) {
    const value = front[key];
    if (value === undefined) continue;
    if (typeof value === 'string') {
      const quoted = quotedAsIs(value);
      if (quoted === undefined) return undefined;
      yaml += `${key}: ${quoted}\n`;
    } else if (Array.isArray(value)) {
      yaml += value.length === 0 ? `${key}: []\n` : `${key}:\n`;
      for (const item of value) {
        const quoted = quotedAsIs(item);
        if (quoted === undefined) return undefined;
        yaml += `  - ${quoted}\n`;
      }
    } else {
      const file = quotedAsIs(value.file);
      const sha256 = quotedAsIs(value.sha256);
      if (file === undefined || sha256 === undefined) return undefined;
      yaml += `${key}:\n  file: ${file}\n  sha256: ${sha256}\n`;
    }
  }
  return yaml;
}

const frontMatterYaml = (front: ArticleFrontMatter): string => frontMatterYamlDirect(front) ?? frontMatterYamlWithLibrary(front);

/** The whole Markdown file of an article: YAML front matter, checksum, body. */
export function articleFile(front: ArticleFrontMatter, paragraphs: readonly string[]): string {
  const head = `---\n${frontMatterYaml(front)}`;
  const body = `---\n\n${paragraphsToMarkdown(paragraphs)}`;
  return withChecksum(head, body);
}

/** An article file's front matter block (its YAML, unread) and Markdown body; undefined without front matter. */
function cutArticleFile(file: string): { yaml: string; body: string } | undefined {
  const text = file.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: text.slice(match[0].length) };
}

/**
 * Splits an article file into its front matter (parsed YAML) and Markdown
 * body. Undefined when the file has no front matter block.
 */
export function splitArticleFile(file: string): { front: unknown; body: string } | undefined {
  const cut = cutArticleFile(file);
  return cut && { front: parseFrontMatter(cut.yaml), body: cut.body };
}

// A date field on its own line, as the ingest writes it (a quoted string) or by hand.
const DATE_FIELDS = { date: /^date: ["']?([0-9T:+.Z-]+)["']?\r?$/m, updated: /^updated: ["']?([0-9T:+.Z-]+)["']?\r?$/m };

/**
 * A date field of an article file's front matter, read without parsing the
 * YAML: for the build's checks that need no other field. Undefined when the
 * field is missing or not written on one line.
 */
export function frontMatterDate(file: string, field: keyof typeof DATE_FIELDS): string | undefined {
  const yaml = cutArticleFile(file)?.yaml;
  return yaml === undefined ? undefined : DATE_FIELDS[field].exec(yaml)?.[1];
}

/** An article file's Markdown body, without reading its front matter; undefined when it has none. */
export function articleBodyOf(file: string): string | undefined {
  return cutArticleFile(file)?.body;
}

/**
 * YAML front matter → its value, as the yaml library reads it (YAML 1.2's
 * core schema: a date stays a string), but with js-yaml, which Astro also
 * reads front matter with, and much quicker on our files, which the build
 * reads once per article.
 */
export function parseFrontMatter(yaml: string): unknown {
  return load(yaml, { schema: CORE_SCHEMA }) ?? null;
}
