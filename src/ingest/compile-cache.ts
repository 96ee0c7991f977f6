import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder of Node's on-disk compile cache: `NODE_COMPILE_CACHE` when set,
 * else Node's own default, where Astro's command keeps it too. A worker
 * thread does not share its main thread's cache; given this folder in its
 * environment, it uses the same one.
 */
export const compileCacheDir = (): string => process.env.NODE_COMPILE_CACHE ?? join(tmpdir(), 'node-compile-cache');
