import type { List, Paragraph, Root, RootContent } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { isListItem, LIST_ITEM_MARK } from '../parse/split-paragraphs.ts';

/** remark-stringify's options for article bodies. */
export const MARKDOWN_OPTIONS = { bullet: '-', emphasis: '_', strong: '*', fences: true } as const;

const stringifier = unified().use(remarkStringify, MARKDOWN_OPTIONS).freeze();

// A one-line paragraph that remark-stringify writes out unchanged: none of
// the characters it may escape anywhere (`\ * _ \` [ ] < > # ~ = + |`, `&`
// before a letter or `#`, line breaks, tabs), and nothing it may escape at the
// start of a line (a number that could start an ordered list, as in "1987."
// or "2)", a hyphen, white space) or before a line break (white space). A
// property test holds this to remark's output.
const ESCAPED_ANYWHERE = /[\\*_`[\]<>#~=+|\t\r\n]|&[#A-Za-z]/;
const ESCAPED_AT_EDGE = /^(?:[\s-]|\d+(?:\)|\.(?:\s|$)))|\s$/;

const isPlainParagraph = (text: string) => text !== '' && !ESCAPED_ANYWHERE.test(text) && !ESCAPED_AT_EDGE.test(text) && !isListItem(text);

/** The body of an article as an mdast tree: one paragraph of plain text each, and a list of the items in a row. */
function bodyTree(paragraphs: readonly string[]): Root {
  const children: RootContent[] = [];
  for (const text of paragraphs) {
    const item = isListItem(text);
    const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: item ? text.slice(LIST_ITEM_MARK.length) : text }] };
    if (!item) {
      children.push(paragraph);
      continue;
    }
    const list = children.at(-1);
    const listItem = { type: 'listItem' as const, spread: false, children: [paragraph] };
    if (list?.type === 'list') list.children.push(listItem);
    else children.push({ type: 'list', ordered: false, spread: false, children: [listItem] } satisfies List);
  }
  return { type: 'root', children };
}

/** Paragraphs as Markdown, always through remark. */
function paragraphsToMarkdownWithRemark(paragraphs: readonly string[]): string {
  return stringifier.stringify(bodyTree(paragraphs));
}

/**
 * Serialises paragraphs to Markdown with remark, which escapes whatever
 * Markdown would otherwise read as syntax (`#`, `1987.`, `-`, `>`, `*`, `[`,
 * `<`, `&`), so that every character shows as the same text. Bodies with
 * nothing to escape, most news prose, are joined directly: the same bytes
 * for a small part of the cost.
 */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  if (paragraphs.length > 0 && paragraphs.every(isPlainParagraph)) return `${paragraphs.join('\n\n')}\n`;
  return paragraphsToMarkdownWithRemark(paragraphs);
}
