/** Folder names that hold articles but say nothing about them. */
const NOT_CATEGORIES = new Set(['inbox', 'input', 'in', 'test', 'training', 'articles', 'txt', 'tmp', 'new', 'done', 'files', 'samples', 'drafts']);

/** A folder name that names a category ("business", "world news"), to be used as a tag. */
export function categoryOfFolder(folder: string | undefined): string | undefined {
  if (!folder || !/^[\p{L}][\p{L} &-]{1,30}$/u.test(folder)) return undefined;
  return NOT_CATEGORIES.has(folder.toLowerCase()) ? undefined : folder.toLowerCase();
}
