import { lstat, readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { BrokenLink, FolderUnreadable, NoSuchPath, NotFileOrFolder, NotRegularFile } from '../lib/errors.ts';

/** One article file found among the inputs. */
export interface InputFile {
  path: string;
  /** Path relative to the folder it was found in, with `/` separators. */
  relative: string;
  /** The folder it sits in below that root, if any ("business"). */
  folder?: string;
}

/** A path among the inputs that cannot be read as an article file. */
export interface InputProblem {
  path: string;
  reason: string;
  hint?: string;
}

const problem = (path: string, error: { message: string; hint?: string }): InputProblem => ({ path, reason: error.message, hint: error.hint });

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

async function walkFolder(root: string, folder: string, found: InputFile[], problems: InputProblem[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
    if (entry.isDirectory()) await walkFolder(root, path, found, problems);
    else if (/\.txt$/i.test(entry.name)) {
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => undefined);
        if (!target) { problems.push(problem(path, BrokenLink)); continue; }
        if (!target.isFile()) { problems.push(problem(path, NotRegularFile)); continue; }
      } else if (!entry.isFile()) { problems.push(problem(path, NotRegularFile)); continue; }
      const rel = relative(root, path).split(sep).join('/');
      const parts = rel.split('/');
      found.push({ path, relative: rel, folder: parts.length > 1 ? parts[parts.length - 2] : undefined });
    }
  }
}

/**
 * Lists article files: each file argument as it is, and every `*.txt` below
 * each folder argument, sorted so that runs are repeatable.
 */
export async function walkInputs(paths: readonly string[]): Promise<{ files: InputFile[]; problems: InputProblem[] }> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  for (const path of paths) {
    const link = await lstat(path).catch(() => undefined);
    if (!link) { problems.push(problem(path, NoSuchPath)); continue; }
    const target = await stat(path).catch(() => undefined);
    if (!target) { problems.push(problem(path, BrokenLink)); continue; }
    if (target.isDirectory()) {
      try {
        await walkFolder(path, path, files, problems);
      } catch (error) {
        problems.push(problem(path, { ...FolderUnreadable, message: FolderUnreadable.message((error as NodeJS.ErrnoException).code ?? 'error') }));
      }
    } else if (target.isFile()) files.push({ path, relative: basename(path) });
    else problems.push(problem(path, NotFileOrFolder));
  }
  return { files, problems };
}
