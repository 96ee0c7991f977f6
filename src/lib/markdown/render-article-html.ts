import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { BoundedCache } from '../cache/bounded-cache.ts';

// CommonMark only (no GFM autolinks), raw HTML dropped by remark-rehype, and
// whatever is left checked against GitHub's safe schema by rehype-sanitize.
// Images are left out too: an article's pictures are its caption and credit.
/** What may remain of an article's HTML: rehype-sanitize's schema. */
export const ARTICLE_HTML_SCHEMA = {
  ...defaultSchema,
  tagNames: ['p', 'em', 'strong', 'a', 'blockquote', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'code', 'pre', 'br', 'hr'],
  protocols: { href: ['http', 'https', 'mailto'] },
};
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize, ARTICLE_HTML_SCHEMA).use(rehypeStringify).freeze();

/** Renders Markdown with the full pipeline (CommonMark, raw HTML dropped, sanitised). */
function renderMarkdownHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}

// Inside a line: characters that can start Markdown syntax (escapes, code,
// emphasis, links, autolinks and raw HTML, entities) or that the parser
// rewrites (tabs, carriage returns, NUL).
const INLINE_SYNTAX = /[\\`*_[\]<>&\t\r\0]/;
// At a line's start: what can open a block other than a paragraph (headings,
// quotes, lists, breaks, fences, tables); conservative on purpose.
const BLOCK_START = /^(?:[#>=|~+-]|\d{1,9}[.)])/;

/**
 * The paragraphs of a body that is nothing but one-line paragraphs of plain
 * text, as the ingest writes most bodies; undefined for anything else.
 */
function plainParagraphs(markdown: string): string[] | undefined {
  if (INLINE_SYNTAX.test(markdown)) return undefined;
  const trimmed = markdown.replace(/^\n+|\n+$/g, '');
  if (trimmed === '') return [];
  const paragraphs = trimmed.split('\n\n');
  return paragraphs.every((line) => line !== '' && !line.includes('\n') && line === line.trim() && !BLOCK_START.test(line)) ? paragraphs : undefined;
}

/**
 * Renders an article's Markdown body to safe HTML. The article page, every
 * feed and the search records use this one function, so they show the same
 * text. A body of plain one-line paragraphs (most of them) takes a shortcut
 * that gives the same bytes as the full pipeline, which a property test
 * checks; anything else goes through the pipeline.
 */
export function renderArticleHtml(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) {
    const plain = plainParagraphs(markdown);
    html = plain ? plain.map((text) => `<p>${text}</p>`).join('\n') : renderMarkdownHtml(markdown);
    rendered.set(markdown, html);
  }
  return html;
}

// One build renders the newest articles for their pages and again for the
// feeds; render each body once.
const rendered = new BoundedCache<string, string>(10_000);
