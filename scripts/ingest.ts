// npm run ingest -- [options] <file-or-folder>...
// Turns on Node's compile cache, then runs the command (scripts/ingest/command.ts).
import module from 'node:module';
import { compileCacheDir } from '../src/ingest/compile-cache.ts';

// At every start Node strips the types from some forty TypeScript files and
// compiles them, in the main thread and again in each ingest worker. Its
// on-disk compile cache keeps the result, as Astro's own command does (and,
// like it, not in CI, where nothing would reuse it). It must be on before the
// command's modules load, hence this file; and it is set in the environment,
// which the worker threads inherit, since they do not share the main
// thread's cache.
if (!process.env.CI && module.enableCompileCache) {
  process.env.NODE_COMPILE_CACHE = compileCacheDir();
  module.enableCompileCache(process.env.NODE_COMPILE_CACHE);
}

await import('./ingest/command.ts');
