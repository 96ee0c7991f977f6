import { createHash } from 'node:crypto';
import { parse, stringify } from 'yaml';
import type { ArticleFrontMatter } from './article-record.ts';
import { paragraphsToMarkdown } from './article-markdown.ts';

const KEY_ORDER: (keyof ArticleFrontMatter)[] = [
  'title', 'date', 'dateSource', 'summary', 'byline', 'location', 'caption', 'credit',
  'tags', 'places', 'people', 'organisations', 'source',
];
// The last front-matter line: a hash of everything else in the file, so a
// later run can tell a file it wrote from one edited by hand.
const CHECKSUM_LINE = /^checksum: ([0-9a-f]{64})\n---\n/m;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function frontMatterYaml(front: ArticleFrontMatter): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (front[key] !== undefined) ordered[key] = front[key];
  // lineWidth 0: never fold long strings, so each value stays on one line.
  return stringify(ordered, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}

/** The whole Markdown file of an article: YAML front matter, checksum, body. */
export function articleFile(front: ArticleFrontMatter, paragraphs: readonly string[]): string {
  const head = `---\n${frontMatterYaml(front)}`;
  const body = `---\n\n${paragraphsToMarkdown(paragraphs)}`;
  return `${head}checksum: ${sha256(head + body)}\n${body}`;
}

/**
 * Whether a file is as the ingest wrote it: true when its checksum matches,
 * false when it was edited (or has no checksum, so was written by hand).
 */
export function isUnedited(file: string): boolean {
  const match = CHECKSUM_LINE.exec(file);
  if (!match) return false;
  const withoutChecksum = file.slice(0, match.index) + file.slice(match.index + match[0].length - '---\n'.length);
  return sha256(withoutChecksum) === match[1];
}

/** The source hash recorded in a file's front matter, read without a YAML parser (fast on 10,000 files). */
export function sourceHashOf(file: string): string | undefined {
  return /^ {2}sha256: "?([0-9a-f]{64})"?$/m.exec(file)?.[1];
}

/**
 * Splits an article file into its front matter (parsed YAML) and Markdown
 * body. Undefined when the file has no front matter block.
 */
export function splitArticleFile(file: string): { front: unknown; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(file.replace(/^\uFEFF/, ''));
  if (!match) return undefined;
  return { front: parse(match[1] ?? ''), body: file.replace(/^\uFEFF/, '').slice(match[0].length) };
}
