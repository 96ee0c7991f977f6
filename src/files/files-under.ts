import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `folder`, as paths joined onto it, depth first in the
 * order the file system gives; none when it cannot be read. Folders for
 * which `enter` says no are left out. One `readdir` per folder with its
 * entries' types, so no file is stat-ed (Node's recursive `readdirSync`
 * costs several times as much on a large collection).
 */
export function filesUnder(folder: string, enter: (folder: string) => boolean = () => true): string[] {
  const found: string[] = [];
  walk(folder, found, enter);
  return found;
}

function walk(folder: string, found: string[], enter: (folder: string) => boolean): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (!entry.isDirectory()) found.push(path);
    else if (enter(path)) walk(path, found, enter);
  }
}
