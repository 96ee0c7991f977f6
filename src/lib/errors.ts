/**
 * Every error and reason newsbrief reports, as data, in the manner of
 * Astro's `errors-data.ts`: a name, a short title, a message that says what
 * happened (a function when it names a file or value), and a hint that says
 * what to do next. The ingest, its lock, the collection's loader, the search
 * indexer and the content-folder check all take their words from here.
 */
export interface ErrorData {
  name: string;
  title: string;
  message: string | ((...values: never[]) => string);
  hint?: string;
}

const CHECK_EXPORT = 'Check the export that produced it; an article needs a headline and a body.';

// ---------------------------------------------------------------------------
// Why the ingest rejects or skips one file (the batch goes on)

export const EmptyFile = {
  name: 'EmptyFile',
  title: 'Empty file.',
  message: 'the file is empty',
  hint: CHECK_EXPORT,
} satisfies ErrorData;

export const WhitespaceOnly = {
  name: 'WhitespaceOnly',
  title: 'Only white space.',
  message: 'the file holds only white space',
  hint: CHECK_EXPORT,
} satisfies ErrorData;

export const BinaryFile = {
  name: 'BinaryFile',
  title: 'Binary file.',
  message: 'the file is binary, not text',
  hint: 'Only plain-text article files (UTF-8 or Windows-1252) can be ingested.',
} satisfies ErrorData;

export const NoHeadline = {
  name: 'NoHeadline',
  title: 'No headline.',
  message: 'no headline was found',
  hint: 'The first non-empty line of an article must be its headline.',
} satisfies ErrorData;

export const HeadlineIsParagraph = {
  name: 'HeadlineIsParagraph',
  title: 'No headline.',
  message: 'the first line is a paragraph, not a headline',
  hint: 'Put the headline on the first line, then a blank line, then the body. A file of body text alone takes its first sentence as its headline only when that has 20 words or fewer.',
} satisfies ErrorData;

export const NoBody = {
  name: 'NoBody',
  title: 'No body.',
  message: 'the article has a headline but no body text',
  hint: 'Add at least one paragraph after a blank line under the headline.',
} satisfies ErrorData;

export const Unreadable = {
  name: 'Unreadable',
  title: 'Unreadable file.',
  message: 'the file could not be read',
  hint: 'Check that it exists and that this user may read it.',
} satisfies ErrorData;

export const NotAFile = {
  name: 'NotAFile',
  title: 'Not a file.',
  message: 'the path is not a regular file',
  hint: 'Give article files or folders of them.',
} satisfies ErrorData;

export const HandEdited = {
  name: 'HandEdited',
  title: 'Edited by hand.',
  message: 'the Markdown was edited by hand since it was generated; left as it is',
  hint: 'Run again with --force to overwrite the edits.',
} satisfies ErrorData;

export const WriteFailed = {
  name: 'WriteFailed',
  title: 'Write failed.',
  message: 'the Markdown could not be written',
  hint: 'Check free space and permissions of the output folder.',
} satisfies ErrorData;

export const Unchanged = {
  name: 'Unchanged',
  title: 'Unchanged.',
  message: 'unchanged since the last run',
} satisfies ErrorData;

export const DuplicateInput = {
  name: 'DuplicateInput',
  title: 'Duplicate file.',
  message: (original: string) => `byte-identical to ${original}`,
} satisfies ErrorData;

// ---------------------------------------------------------------------------
// Paths given to the ingest that are not article files

export const NoSuchPath = {
  name: 'NoSuchPath',
  title: 'No such path.',
  message: 'no such file or folder',
  hint: 'Check the path; give article files or folders of them.',
} satisfies ErrorData;

export const BrokenLink = {
  name: 'BrokenLink',
  title: 'Broken symbolic link.',
  message: 'a broken symbolic link',
  hint: 'Point the link at an existing file, or remove it.',
} satisfies ErrorData;

export const NotRegularFile = {
  name: 'NotRegularFile',
  title: 'Not a regular file.',
  message: 'not a regular file',
  hint: 'Only regular *.txt files are read as articles.',
} satisfies ErrorData;

export const NotFileOrFolder = {
  name: 'NotFileOrFolder',
  title: 'Not a file or folder.',
  message: 'not a regular file or folder',
  hint: 'Give article files or folders of them.',
} satisfies ErrorData;

export const FolderUnreadable = {
  name: 'FolderUnreadable',
  title: 'Unreadable folder.',
  message: (code: string) => `the folder could not be read (${code})`,
  hint: 'Check that this user may list and read the folder.',
} satisfies ErrorData;

// ---------------------------------------------------------------------------
// The ingest's lock and command line

export const IngestLocked = {
  name: 'IngestLocked',
  title: 'Another ingest is running.',
  message: (pid: number, lockPath: string) => `another ingest (process ${pid}) is writing to this folder; wait for it to finish, or delete ${lockPath} if that process is gone`,
} satisfies ErrorData;

export const LockUnavailable = {
  name: 'LockUnavailable',
  title: 'Lock unavailable.',
  message: (lockPath: string) => `could not take the ingest lock ${lockPath}`,
} satisfies ErrorData;

export const NoInputs = {
  name: 'NoInputs',
  title: 'No inputs.',
  message: 'give at least one file or folder',
} satisfies ErrorData;

export const BadDateOption = {
  name: 'BadDateOption',
  title: 'Bad --date.',
  message: (value: string) => `--date must be a real date written YYYY-MM-DD, not "${value}"`,
} satisfies ErrorData;

// ---------------------------------------------------------------------------
// The build: the collection's loader, the content folder, the search index

export const ContentFolderMissing = {
  name: 'ContentFolderMissing',
  title: 'No content folder.',
  message: (folder: string) => `The content folder ${folder} does not exist`,
  hint: 'Run "npm run ingest -- <files or folders>" to create it, or point NEWSBRIEF_CONTENT_DIR at the Markdown collection.',
} satisfies ErrorData;

export const SameUrl = {
  name: 'SameUrl',
  title: 'Two files, one URL.',
  message: (path: string, id: string, other: string) => `${path}: has the same URL (${id}/) as ${other}`,
  hint: 'Rename one of the two files.',
} satisfies ErrorData;

export const UrlKeepsFolderDay = {
  name: 'UrlKeepsFolderDay',
  title: 'A date changed by hand.',
  message: (path: string, day: string, id: string) => `${path}: its date is now ${day}, but its URL (${id}/) keeps the day of its folder, so that links to it do not break`,
  hint: 'The article is listed on its new day. To give it a URL of that day too, move the file to that day\'s folder (links to the old URL will then break).',
} satisfies ErrorData;

export const InvalidFrontMatter = {
  name: 'InvalidFrontMatter',
  title: 'Front matter is not YAML.',
  message: (path: string, detail: string) => `${path}: the front matter is not valid YAML: ${detail}`,
} satisfies ErrorData;

export const FrontMatterMismatch = {
  name: 'FrontMatterMismatch',
  title: 'Front matter does not fit.',
  message: (path: string, problems: readonly string[]) => `${path}: the front matter does not fit the article schema: ${problems.join('; ')}`,
  hint: 'Correct the field in the file (src/lib/article/schema.ts says what each field takes), or ingest its source file again.',
} satisfies ErrorData;

export const NoFrontMatter = {
  name: 'NoFrontMatter',
  title: 'No front matter.',
  message: (path: string) => `${path}: has no front matter`,
  hint: 'An article file starts with a "---" line, its YAML fields, and another "---" line.',
} satisfies ErrorData;

export const NoFileRecorded = {
  name: 'NoFileRecorded',
  title: 'No file recorded.',
  message: (id: string) => `article ${id}: the collection did not record its file`,
} satisfies ErrorData;

export const FrontMatterNotKept = {
  name: 'FrontMatterNotKept',
  title: 'Front matter not kept.',
  message: (id: string, file: string) => `article ${id}: its front matter is missing from ${file}, or is that of another version of its file`,
  hint: 'The content loader rewrites that file when it syncs: build again, and if this persists, delete that file.',
} satisfies ErrorData;

export const SearchIndexFailed = {
  name: 'SearchIndexFailed',
  title: 'Search index failed.',
  message: (errors: readonly string[]) => `Pagefind indexing failed: ${errors.join('; ')}`,
} satisfies ErrorData;

export const IndexWorkerNotStarted = {
  name: 'IndexWorkerNotStarted',
  title: 'Indexing did not start.',
  message: 'Pagefind: the indexing worker did not start',
} satisfies ErrorData;

export const IndexWorkerStopped = {
  name: 'IndexWorkerStopped',
  title: 'Indexing stopped.',
  message: (code: number) => `Pagefind: the indexing worker stopped (exit code ${code})`,
} satisfies ErrorData;

// ---------------------------------------------------------------------------

/** A message with its hint, as one line: "what happened. What to do." */
export const withHint = (message: string, hint: string | undefined): string => (hint ? `${message}. ${hint}` : message);

/** The reasons an article file is rejected while it is read, by name. */
export const articleErrors = { EmptyFile, WhitespaceOnly, BinaryFile, NoHeadline, HeadlineIsParagraph, NoBody };
export type ArticleErrorName = keyof typeof articleErrors;

/** An article file that cannot become an article; the batch goes on. */
export class IngestError extends Error {
  readonly code: ArticleErrorName;
  readonly hint: string;
  constructor(code: ArticleErrorName, detail?: string) {
    const entry = articleErrors[code];
    super(detail ? `${entry.message} (${detail})` : entry.message);
    this.name = 'IngestError';
    this.code = code;
    this.hint = entry.hint;
  }
}
