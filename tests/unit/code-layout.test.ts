// The rules the code's layout keeps, so that a newcomer's mental map stays
// true: src/lib/ is pure (no Astro, no file system) and in domain folders;
// routes stay thin.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const filesUnder = (folder: string): string[] =>
  (readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }) as string[]).map((file) => join(folder, file)).filter((file) => statSync(join(root, file)).isFile());
const importsOf = (file: string): string[] => [...readFileSync(join(root, file), 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((match) => match[1] ?? match[2] ?? '');

describe('src/lib/', () => {
  const sources = filesUnder('src/lib').filter((file) => file.endsWith('.ts'));

  it('imports neither Astro nor the file system', () => {
    const forbidden = /^(?:astro(?:$|[:/])|@astrojs\/|(?:node:)?fs(?:\/|$))/;
    const offenders = sources.flatMap((file) => importsOf(file).filter((name) => forbidden.test(name)).map((name) => `${file}: ${name}`));
    expect(sources.length).toBeGreaterThan(30);
    expect(offenders).toEqual([]);
  });

  it('has only domain folders and the error catalogue at its top', () => {
    const top = readdirSync(join(root, 'src/lib'), { withFileTypes: true });
    expect(top.filter((entry) => !entry.isDirectory()).map((entry) => entry.name)).toEqual(['errors.ts']);
  });

  it('does not reach out of itself, but for the site config', () => {
    const outside = sources.flatMap((file) =>
      importsOf(file)
        .filter((name) => name.startsWith('.'))
        .map((name) => relative(root, join(root, file, '..', name)))
        .filter((target) => !target.startsWith('src/lib/') && target !== 'src/site.config.ts')
        .map((target) => `${file}: ${target}`),
    );
    expect(outside).toEqual([]);
  });
});

describe('src/pages/', () => {
  it('keeps every route at 50 lines or fewer', () => {
    const long = filesUnder('src/pages').filter((file) => readFileSync(join(root, file), 'utf8').trimEnd().split('\n').length > 50);
    expect(long).toEqual([]);
  });
});
