import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// CommonMark only (no GFM autolinks), raw HTML dropped by remark-rehype, and
// whatever is left checked against GitHub's safe schema by rehype-sanitize.
// Images are left out too: an article's pictures are its caption and credit.
const schema = {
  ...defaultSchema,
  tagNames: ['p', 'em', 'strong', 'a', 'blockquote', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'code', 'pre', 'br', 'hr'],
  protocols: { href: ['http', 'https', 'mailto'] },
};
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify).freeze();

/**
 * Renders an article's Markdown body to safe HTML. The article page and
 * every feed use this one function, so they show the same text.
 */
export function renderArticleHtml(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) {
    html = String(processor.processSync(markdown));
    rendered.set(markdown, html);
  }
  return html;
}

// One build renders an article for its page and for up to a few feeds
// (site, tags, places, …); render each body once.
const rendered = new Map<string, string>();
