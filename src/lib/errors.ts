/**
 * Every reason the ingest can refuse a file, as data: a name, a message that
 * says what happened, and a hint that says what to do next.
 */
export const ingestErrors = {
  EmptyFile: {
    message: 'the file is empty',
    hint: 'Check the export that produced it; an article needs a headline and a body.',
  },
  WhitespaceOnly: {
    message: 'the file holds only white space',
    hint: 'Check the export that produced it; an article needs a headline and a body.',
  },
  BinaryFile: {
    message: 'the file is binary, not text',
    hint: 'Only plain-text article files (UTF-8 or Windows-1252) can be ingested.',
  },
  NoHeadline: {
    message: 'no headline was found',
    hint: 'The first non-empty line of an article must be its headline.',
  },
  NoBody: {
    message: 'the article has a headline but no body text',
    hint: 'Add at least one paragraph after a blank line under the headline.',
  },
  Unreadable: {
    message: 'the file could not be read',
    hint: 'Check that it exists and that this user may read it.',
  },
  NotAFile: {
    message: 'the path is not a regular file',
    hint: 'Give article files or folders of them.',
  },
  HandEdited: {
    message: 'the Markdown was edited by hand since it was generated; left as it is',
    hint: 'Run again with --force to overwrite the edits.',
  },
  WriteFailed: {
    message: 'the Markdown could not be written',
    hint: 'Check free space and permissions of the output folder.',
  },
} as const satisfies Record<string, { message: string; hint: string }>;

export type IngestErrorName = keyof typeof ingestErrors;

/** An error the ingest reports for one file; the batch goes on. */
export class IngestError extends Error {
  readonly code: IngestErrorName;
  readonly hint: string;
  constructor(code: IngestErrorName, detail?: string) {
    const entry = ingestErrors[code];
    super(detail ? `${entry.message} (${detail})` : entry.message);
    this.name = 'IngestError';
    this.code = code;
    this.hint = entry.hint;
  }
}
