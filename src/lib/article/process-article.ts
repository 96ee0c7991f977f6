import { articleFile } from './article-file.ts';
import { articleFrontMatter, type ArticleContext } from './front-matter.ts';
import type { ArticleFrontMatter } from './schema.ts';
import { decodeText, looksBinary, type DecodedText } from '../parse/decode-text.ts';
import { classifyNamesOfArticles } from '../entities/find-entities.ts';
import { IngestError, type ArticleErrorName } from '../errors.ts';
import { parseArticle, type ParsedArticle } from '../parse/parse-article.ts';

/** The outcome of turning one file's bytes into an article. */
export type ProcessedArticle =
  | { ok: true; front: ArticleFrontMatter; paragraphs: string[]; markdown: string; notes: string[] }
  | { ok: false; code: ArticleErrorName; reason: string; hint: string };

type Rejection = Extract<ProcessedArticle, { ok: false }>;

/** One file to process: its bytes and what the ingest knows about it. */
export interface ArticleInput {
  bytes: Uint8Array;
  context: ArticleContext;
}

function rejection(error: unknown): Rejection {
  if (error instanceof IngestError) return { ok: false, code: error.code, reason: error.message, hint: error.hint };
  throw error;
}

function parseBytes(bytes: Uint8Array): { decoded: DecodedText; article: ParsedArticle } | Rejection {
  try {
    if (bytes.length === 0) throw new IngestError('EmptyFile');
    if (looksBinary(bytes)) throw new IngestError('BinaryFile');
    const decoded = decodeText(bytes);
    return { decoded, article: parseArticle(decoded.text) };
  } catch (error) {
    return rejection(error);
  }
}

function finish({ decoded, article }: { decoded: DecodedText; article: ParsedArticle }, context: ArticleContext): ProcessedArticle {
  try {
    const notes: string[] = [];
    if (decoded.encoding !== 'utf-8') notes.push(`decoded as ${decoded.encoding}`);
    if (decoded.bom) notes.push('byte-order mark removed');
    if (decoded.crlf) notes.push('CRLF line ends');
    if (article.dropped.length > 0) notes.push(`left out page chrome: ${article.dropped.join(' | ')}`);
    const front = articleFrontMatter(article, context);
    // Serialised here, so that workers (not the main thread) pay for it.
    return { ok: true, front, paragraphs: article.paragraphs, markdown: articleFile(front, article.paragraphs), notes };
  } catch (error) {
    return rejection(error);
  }
}

/**
 * Bytes of files → front matter and paragraphs, or the reason each was
 * rejected. Pure: the same bytes and context always give the same result,
 * whichever files share the batch; a batch only shares the name tagger's
 * cost between its files.
 */
export function processArticles(inputs: readonly ArticleInput[]): ProcessedArticle[] {
  const parsed = inputs.map((input) => parseBytes(input.bytes));
  classifyNamesOfArticles(parsed.flatMap((result) => ('article' in result ? [result.article.paragraphs] : [])));
  return parsed.map((result, index) => ('article' in result ? finish(result, inputs[index]!.context) : result));
}

/** What the ingest writes of a processed file: all but the paragraphs, which its Markdown holds. */
export type ProcessedFile = Exclude<ProcessedArticle, { ok: true }> | Omit<Extract<ProcessedArticle, { ok: true }>, 'paragraphs'>;

/** Leaves out the paragraphs, so that a worker does not copy the body twice to the main thread. */
export function processedFile(result: ProcessedArticle): ProcessedFile {
  return result.ok ? { ok: true, front: result.front, markdown: result.markdown, notes: result.notes } : result;
}

/** One file's bytes → its article, or the reason it was rejected. */
export function processArticle(bytes: Uint8Array, context: ArticleContext): ProcessedArticle {
  return processArticles([{ bytes, context }])[0]!;
}
