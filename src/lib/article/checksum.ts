// The checksum line of an article file, and what a later run reads back
// from a file without parsing it. On its own, so that the ingest's main
// thread, which only checks files, does not load the YAML and Markdown
// writers of article-file.ts at every start.
import { createHash } from 'node:crypto';

// The last front-matter line: a hash of everything else in the file, so a
// later run can tell a file it wrote from one edited by hand.
const CHECKSUM_LINE = /^checksum: ([0-9a-f]{64})\n---\n/m;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A file from its front matter (up to the checksum line) and the rest: the checksum line joins them. */
export function withChecksum(head: string, body: string): string {
  return `${head}checksum: ${sha256(head + body)}\n${body}`;
}

/**
 * Whether a file is as the ingest wrote it: true when its checksum matches,
 * false when it was edited (or has no checksum, so was written by hand).
 */
export function isUnedited(file: string): boolean {
  const match = CHECKSUM_LINE.exec(file);
  if (!match) return false;
  const withoutChecksum = file.slice(0, match.index) + file.slice(match.index + match[0].length - '---\n'.length);
  return sha256(withoutChecksum) === match[1];
}

/** The source hash recorded in a file's front matter, read without a YAML parser: a run reads it from every file of the collection. */
export function sourceHashOf(file: string): string | undefined {
  return /^ {2}sha256: "?([0-9a-f]{64})"?$/m.exec(file)?.[1];
}

/** The input file recorded in a file's front matter (`source.file`), read the same way. */
export function sourceFileOf(file: string): string | undefined {
  const quoted = /^source:\n {2}file: ("(?:[^"\\\n]|\\.)*")$/m.exec(file)?.[1];
  if (!quoted) return undefined;
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return undefined;
  }
}
