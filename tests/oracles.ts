// The libraries' own answers, which the project's shortcuts are held to in
// the tests: each does the whole job the slow, obvious way.
import type { Paragraph, Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify } from 'yaml';
import compromiseModules from 'compromise';
import { FRONT_MATTER_KEYS, type ArticleFrontMatter } from '../src/lib/article/schema.ts';
import { ARTICLE_HTML_SCHEMA } from '../src/lib/markdown/render-article-html.ts';
import { MARKDOWN_OPTIONS } from '../src/lib/markdown/paragraphs-to-markdown.ts';
import { FRONT_MATTER_YAML_OPTIONS } from '../src/lib/article/article-file.ts';

/** Front matter in key order, written by the yaml library. */
export function frontMatterYamlWithLibrary(front: ArticleFrontMatter): string {
  const ordered: Record<string, unknown> = {};
  for (const key of FRONT_MATTER_KEYS) if (front[key] !== undefined) ordered[key] = front[key];
  return stringify(ordered, FRONT_MATTER_YAML_OPTIONS);
}

const stringifier = unified().use(remarkStringify, MARKDOWN_OPTIONS).freeze();

/** Paragraphs of plain text as Markdown, always through remark-stringify. */
export function paragraphsToMarkdownWithRemark(paragraphs: readonly string[]): string {
  const tree: Root = { type: 'root', children: paragraphs.map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] })) };
  return stringifier.stringify(tree);
}

const renderer = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize, ARTICLE_HTML_SCHEMA).use(rehypeStringify).freeze();

/** Markdown through the whole pipeline: CommonMark, raw HTML dropped, sanitised. */
export function renderMarkdownHtml(markdown: string): string {
  return String(renderer.processSync(markdown));
}

type Sweep = (document: unknown[], net: unknown, methods: unknown, options?: { matchOne?: boolean }) => unknown[];

/**
 * compromise's own pattern sweep. The project loads compromise's one-file
 * build and replaces its sweep there; its ES modules are another copy of
 * the same release, with the sweep untouched.
 */
export const compromiseSweep = (compromiseModules.methods() as unknown as { one: { bulkMatch: Sweep } }).one.bulkMatch;
