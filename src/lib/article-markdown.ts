import type { Paragraph, Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const stringifier = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true }).freeze();

/** The body of an article as an mdast tree: one paragraph of plain text each. */
export function bodyTree(paragraphs: readonly string[]): Root {
  return {
    type: 'root',
    children: paragraphs.map((value): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
}

/**
 * Serialises paragraphs to Markdown with remark, which escapes whatever
 * Markdown would otherwise read as syntax (`#`, `1987.`, `-`, `>`, `*`, `[`,
 * `<`, `&`), so that every character shows as the same text.
 */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  return stringifier.stringify(bodyTree(paragraphs));
}
