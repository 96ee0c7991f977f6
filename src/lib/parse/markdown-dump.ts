// A page saved through a Markdown converter (html2text, Pandoc, a browser's
// "copy as Markdown"): its menus are lists of links, its headline an ATX
// heading, its emphasis marked. It is read as the text a copy of the page
// would give, block by block, so that the page analysis sees the same
// blocks either way. An article file that merely contains Markdown-like
// characters is not such a page and stays as it is (see isMarkdownDump).
import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

// An inline link or image to a web address or a path: `[text](https://…)`, `![alt](/img.jpg)`.
const LINK = /!?\[[^\]\n]{0,200}\]\((?:https?:\/\/|\/|#|mailto:)[^)\s]*(?:\s+"[^"\n]*")?\)/g;
// An ATX heading, "# Headline", or a setext one, underlined with "=" or "-".
const HEADING = /^#{1,6}\s+\S|^\S[^\n]*\n(?:={3,}|-{3,})[ \t]*$/m;
// A converter makes a page's every menu a list of links: a few of them, and a heading, mark a dump.
const MIN_LINKS = 5;

// The fields a reader service writes over a page it turned into Markdown (Jina Reader's "Title:", "URL Source:",
// "Published Time:"), up to "Markdown Content:".
const PREAMBLE = /^Title:[^\n]*\n(?:[ \t]*\n)*URL Source:[^\n]*\n(?:(?:[ \t]*\n)|(?:[A-Z][\w ]{1,30}:[^\n]*\n))*?Markdown Content:[ \t]*\n/u;
const PUBLISHED_FIELD = /^Published Time:[ \t]*(\S[^\n]*)$/mu;

const READER_APP = /^\uFEFF?(?:Instapaper|Pocket|Omnivore|Readwise(?: Reader)?|wallabag|Matter)[ \t]*\n(?:[^\n]{1,60}\n)?[ \t]*\n/u;

// A web clipper's YAML front matter over the page it saved (Obsidian's: "title:", "source:", "author:", "published:").
const CLIPPING = /^---[ \t]*\n([\s\S]{0,4000}?)\n---[ \t]*\n/u;
const CLIPPING_FIELD = /^(?:source|url|author|published|created|description):/mu;

/** A written time as an ISO date-time with its zone (UTC when it names none), or a day as it is. */
function isoOf(written: string | undefined): string | undefined {
  if (written === undefined || written === '') return undefined;
  if (/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/u.test(written)) return written;
  const time = Date.parse(written);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace(/\.000Z$/u, 'Z');
}

/** A clipper's author field: a name, a list of them, or wiki links ("[[Nadia Okonkwo]]"). */
function authorOf(field: unknown): string | undefined {
  const names = (Array.isArray(field) ? field : [field]).filter((name): name is string => typeof name === 'string').map((name) => name.replace(/^\[\[(.*?)(?:\|.*)?\]\]$/u, '$1').trim()).filter(Boolean);
  return names.length > 0 ? names.join(' and ') : undefined;
}

/** A clipping's front matter, read as data; undefined when it is none (or no valid YAML). */
function clippingFields(text: string): { length: number; title?: string; published?: string; author?: string } | undefined {
  const front = CLIPPING.exec(text);
  if (!front?.[1] || !/^title:/mu.test(front[1]) || !CLIPPING_FIELD.test(front[1])) return undefined;
  let fields: unknown;
  try {
    fields = parseYaml(front[1]);
  } catch {
    return undefined;
  }
  if (typeof fields !== 'object' || fields === null) return undefined;
  const { title, published, date, author, authors } = fields as Record<string, unknown>;
  // YAML reads a bare day as a Date: back to the day it wrote.
  const written = [published, date].map((value) => (value instanceof Date ? value.toISOString().replace(/T00:00:00\.000Z$/u, '').replace(/\.000Z$/u, 'Z') : typeof value === 'string' ? value.trim() : undefined)).find(Boolean);
  const iso = isoOf(written);
  const byline = authorOf(author ?? authors);
  return { length: front[0].length, ...(typeof title === 'string' && title.trim() !== '' ? { title: title.trim() } : {}), ...(iso ? { published: iso } : {}), ...(byline ? { author: byline } : {}) };
}

/**
 * A page without the preamble a reader service or a web clipper writes over it, and the page's title, the
 * publication time (an ISO date-time with its zone, UTC when it names none) and the author it gives.
 */
export function withoutReaderPreamble(text: string): { text: string; title?: string; published?: string; author?: string } {
  // A read-later app's copy opens with its own name and menu: "Instapaper" / "Home  Liked  Archive".
  const app = READER_APP.exec(text);
  if (app) return { text: text.slice(app[0].length) };
  const clipping = clippingFields(text);
  if (clipping) {
    const { length, ...fields } = clipping;
    return { text: text.slice(length), ...fields };
  }
  const preamble = PREAMBLE.exec(text);
  if (!preamble) return { text };
  const iso = isoOf(PUBLISHED_FIELD.exec(preamble[0])?.[1]?.trim());
  return { text: text.slice(preamble[0].length), ...(iso ? { published: iso } : {}) };
}

/** Whether a text is a web page turned into Markdown, not an article that mentions a link or a "#". */
export function isMarkdownDump(text: string): boolean {
  const links = text.match(LINK)?.length ?? 0;
  return links >= MIN_LINKS && HEADING.test(text);
}

// Pandoc's Markdown keeps the page's divs as fences ("::: {.body}") and its classes and ids as attributes after a
// heading, link or span ("# Headline {#top .post-title}", "[Maya Stern](/author/maya){.author}"): no words of the page.
const PANDOC_FENCE = /^ {0,3}:{3,}.*$/gmu;
const PANDOC_ATTRIBUTES = /(?<=[\])]|\S\s)\s*\{(?:[#.][^\s{}]+(?:\s+|(?=\})))+(?:[\w-]+="[^"]*"\s*)*\}/gu;

/** Text without Pandoc's fences and attributes. */
function withoutPandocAttributes(text: string): string {
  return text.includes(':::') || text.includes('{') ? text.replace(PANDOC_FENCE, '').replace(PANDOC_ATTRIBUTES, '') : text;
}

/** A block's text without marks, links' addresses or images, its lines as the converter wrote them. */
function plain(node: Nodes): string {
  const text = (inner: Nodes): string => {
    if (inner.type === 'break') return '\n';
    if (inner.type === 'image' || inner.type === 'imageReference') return '';
    if ('children' in inner) return inner.children.map((child) => text(child)).join('');
    return toString(inner, { includeImageAlt: false });
  };
  return text(node).split('\n').map((line) => line.trim()).filter(Boolean).join('\n');
}

/** One block of the page as a copy shows it: a list or a table a line per item, anything else its lines. */
function blockText(node: RootContent): string {
  switch (node.type) {
    case 'list':
      // A numbered list keeps its numbers: a ranking in the copy, as a copy of the page shows it.
      return node.children.map((item, index) => `${node.ordered ? `${(node.start ?? 1) + index}.` : '*'} ${plain(item).replace(/\n/g, ' ')}`).join('\n');
    case 'table':
      return node.children.map((row) => row.children.map((cell) => plain(cell).replace(/\n/g, ' ')).join(' | ')).join('\n');
    case 'blockquote':
      return node.children.map(blockText).filter(Boolean).join('\n\n');
    case 'code':
      return node.value;
    case 'thematicBreak':
    case 'html':
    case 'definition':
      return '';
    default:
      return plain(node);
  }
}

/** The page's text, a blank line between its blocks, without Markdown's marks, links' addresses or images. */
export function markdownDumpText(text: string): string {
  const tree: Root = unified().use(remarkParse).parse(withoutPandocAttributes(text));
  let page = '';
  let previous: RootContent | undefined;
  for (const node of tree.children) {
    const block = blockText(node);
    if (block === '') continue;
    // A list a paragraph introduces ("… as follows:") stays in its block, as in a copy.
    const introduced = node.type === 'list' && previous?.type === 'paragraph' && /[:：]$/u.test(page);
    page += page === '' ? block : `${introduced ? '\n' : '\n\n'}${block}`;
    previous = node;
  }
  return page;
}
