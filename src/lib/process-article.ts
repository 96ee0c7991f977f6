import { articleFile } from './article-file.ts';
import { articleFrontMatter, type ArticleContext, type ArticleFrontMatter } from './article-record.ts';
import { decodeText, looksBinary } from './decode-text.ts';
import { IngestError, type IngestErrorName } from './ingest-errors.ts';
import { parseArticle } from './parse-article.ts';

/** The outcome of turning one file's bytes into an article. */
export type ProcessedArticle =
  | { ok: true; front: ArticleFrontMatter; paragraphs: string[]; markdown: string; notes: string[] }
  | { ok: false; code: IngestErrorName; reason: string; hint: string };

/**
 * Bytes of one file → front matter and paragraphs, or the reason it was
 * rejected. Pure: the same bytes and context always give the same result.
 */
export function processArticle(bytes: Uint8Array, context: ArticleContext): ProcessedArticle {
  try {
    if (bytes.length === 0) throw new IngestError('EmptyFile');
    if (looksBinary(bytes)) throw new IngestError('BinaryFile');
    const decoded = decodeText(bytes);
    const article = parseArticle(decoded.text);
    const notes: string[] = [];
    if (decoded.encoding !== 'utf-8') notes.push(`decoded as ${decoded.encoding}`);
    if (decoded.bom) notes.push('byte-order mark removed');
    if (decoded.crlf) notes.push('CRLF line ends');
    if (article.dropped.length > 0) notes.push(`left out page chrome: ${article.dropped.join(' | ')}`);
    const front = articleFrontMatter(article, context);
    // Serialised here, so that workers (not the main thread) pay for it.
    return { ok: true, front, paragraphs: article.paragraphs, markdown: articleFile(front, article.paragraphs), notes };
  } catch (error) {
    if (error instanceof IngestError) return { ok: false, code: error.code, reason: error.message, hint: error.hint };
    throw error;
  }
}
