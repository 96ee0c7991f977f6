import { articleFile } from './article-file.ts';
import { articleFrontMatter, type ArticleContext } from './front-matter.ts';
import type { ArticleFrontMatter } from './schema.ts';
import { classifyNames, type ClassifiedPhrases, type NamedEntity } from '../entities/classify-names.ts';
import { findEntities, placesOfLocation, readProse, type ProseReading } from '../entities/find-entities.ts';
import { IngestError, type ArticleErrorName } from '../errors.ts';
import { decodeText, looksBinary, type DecodedText } from '../parse/decode-text.ts';
import { detectLanguage } from '../parse/detect-language.ts';
import { looksLikeChrome } from '../parse/find-article.ts';
import { parseArticle, type ParsedArticle } from '../parse/parse-article.ts';
import { isWireCredit } from '../parse/wire-credits.ts';

/** What the ingest read from a file, for its report: an editor sees it before readers do. */
export interface ReadFacts {
  headline: string;
  date: string;
  dateSource: ArticleFrontMatter['dateSource'];
  byline?: string;
  language?: string;
  encoding: string;
}

/** The outcome of turning one file's bytes into an article. */
export type ProcessedArticle =
  | { ok: true; front: ArticleFrontMatter; paragraphs: string[]; markdown: string; notes: string[]; read: ReadFacts; warnings: string[] }
  | { ok: false; code: ArticleErrorName; reason: string; hint: string };

type Rejection = Extract<ProcessedArticle, { ok: false }>;

/** One file to process: its bytes and what the ingest knows about it. */
export interface ArticleInput {
  bytes: Uint8Array;
  context: ArticleContext;
}

/** A file read as text and parsed, with its language and the prose its names are looked for in. */
interface Parsed {
  decoded: DecodedText;
  language: string | undefined;
  article: ParsedArticle;
  /** Undefined for a language the name tagger does not know. */
  reading: ProseReading | undefined;
}

// compromise, the name tagger, knows English only: in other languages it
// would take every capitalised word for a name.
const isEnglish = (language: string | undefined) => language === undefined || language === 'en' || language.startsWith('en-');

function rejection(error: unknown): Rejection {
  if (error instanceof IngestError) return { ok: false, code: error.code, reason: error.message, hint: error.hint };
  throw error;
}

function parseBytes(bytes: Uint8Array, context: ArticleContext): Parsed | Rejection {
  try {
    if (bytes.length === 0) throw new IngestError('EmptyFile');
    if (looksBinary(bytes)) throw new IngestError('BinaryFile');
    const decoded = decodeText(bytes);
    const language = detectLanguage(decoded.text);
    const article = parseArticle(decoded.text, { language, today: context.fallbackDate ?? context.today });
    // Names in a wire's credit line are its staff, not people in the story.
    const prose = article.paragraphs.filter((paragraph) => !isWireCredit(paragraph));
    return { decoded, language, article, reading: isEnglish(language) ? readProse(prose) : undefined };
  } catch (error) {
    return rejection(error);
  }
}

function finish({ decoded, language, article, reading }: Parsed, names: ReadonlyMap<string, readonly NamedEntity[]>, context: ArticleContext): ProcessedArticle {
  try {
    const notes: string[] = [];
    if (decoded.encoding !== 'utf-8') notes.push(`decoded as ${decoded.encoding}`);
    if (decoded.bom) notes.push('byte-order mark removed');
    if (decoded.crlf) notes.push('CRLF line ends');
    if (article.savedAs === 'markdown') notes.push('read as a page saved as Markdown: links, images and marks left out');
    if (article.dropped.length > 0) notes.push(`left out page chrome: ${article.dropped.join(' | ')}`);
    // A place named in a caption or dateline counts in any language.
    const places = [...new Set(placesOfLocation(article.location).filter((place) => place.length >= 2))];
    const found = reading ? findEntities(reading, names, places) : { places, people: [], organisations: [] };
    // The writers are no people in the story, though a note on them under it names them ("Rhea Castell is a reporter…").
    const writers = new Set(article.byline?.split(/\s*(?:,|&|、|\band\b)\s*/u) ?? []);
    const entities = { ...found, people: found.people.filter((person) => !writers.has(person)) };
    const front = articleFrontMatter(article, entities, context, language);
    const read: ReadFacts = { headline: front.title, date: front.date, dateSource: front.dateSource, encoding: decoded.encoding };
    if (front.byline) read.byline = front.byline;
    if (front.language) read.language = front.language;
    // Serialised here, so that workers (not the main thread) pay for it.
    return { ok: true, front, paragraphs: article.paragraphs, markdown: articleFile(front, article.paragraphs), notes, read, warnings: warningsOf(front, article) };
  } catch (error) {
    return rejection(error);
  }
}

/** What an editor should look at before the article goes out: a date the text did not give, a headline that looks like page chrome. */
function warningsOf(front: ArticleFrontMatter, article: ParsedArticle): string[] {
  const warnings: string[] = [];
  if (article.headlineFrom === 'lede') warnings.push(`no headline in the file: its first sentence stands in for one, "${front.title}"`);
  if (front.dateSource === 'ingest') warnings.push('no date in the text: dated the day of the ingest (give --date, or add a "Published" line)');
  if (looksLikeChrome(front.title)) warnings.push(`the headline looks like page chrome, not a headline: "${front.title}"`);
  return warnings;
}

/**
 * Bytes of files → front matter and paragraphs, or the reason each was
 * rejected, in the pipeline's order: decode and parse each file, classify
 * the names of all of them in one tagger run (its cost per run is high,
 * whatever its length), then find each one's entities and write its
 * Markdown. The same bytes and context always give the same result,
 * whichever files share the batch. `classified` holds the phrases this
 * call had to tag, for other workers to remember.
 */
export function processArticles(inputs: readonly ArticleInput[]): { results: ProcessedArticle[]; classified: ClassifiedPhrases } {
  const parsed = inputs.map((input) => parseBytes(input.bytes, input.context));
  const { names, classified } = classifyNames(parsed.flatMap((result) => ('article' in result ? (result.reading?.candidates ?? []) : [])));
  const results = parsed.map((result, index) => ('article' in result ? finish(result, names, inputs[index]!.context) : result));
  return { results, classified };
}

/** What the ingest writes of a processed file: all but the paragraphs, which its Markdown holds. */
export type ProcessedFile = Exclude<ProcessedArticle, { ok: true }> | Omit<Extract<ProcessedArticle, { ok: true }>, 'paragraphs'>;

/** Leaves out the paragraphs, so that a worker does not copy the body twice to the main thread. */
export function processedFile(result: ProcessedArticle): ProcessedFile {
  return result.ok ? { ok: true, front: result.front, markdown: result.markdown, notes: result.notes, read: result.read, warnings: result.warnings } : result;
}

/** One file's bytes → its article, or the reason it was rejected. */
export function processArticle(bytes: Uint8Array, context: ArticleContext): ProcessedArticle {
  return processArticles([{ bytes, context }]).results[0]!;
}
