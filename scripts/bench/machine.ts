import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { hasTimeBinary, type RssSource } from './measure.ts';

/** What the numbers were measured on. */
export interface MachineInfo {
  platform: string;
  cpu: string;
  cores: number;
  memoryBytes: number;
  node: string;
  astro: string;
  pagefind: string;
  /** Hugo's version line, when Hugo is installed. */
  hugo?: string;
  /** Where peak RSS comes from: GNU time, or sampling /proc when it is not installed. */
  rssSource: RssSource;
}

const versionOf = (projectRoot: string, name: string): string => {
  try {
    return (JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
};

const hugoVersion = (): string | undefined => {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
};

/** Describes this machine and the tool versions the project has installed. */
export function describeMachine(projectRoot: string): MachineInfo {
  return {
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryBytes: totalmem(),
    node: process.version,
    astro: versionOf(projectRoot, 'astro'),
    pagefind: versionOf(projectRoot, 'pagefind'),
    rssSource: hasTimeBinary() ? 'time -v' : 'sampled /proc',
    hugo: hugoVersion(),
  };
}
