#!/usr/bin/env node
// npx newsbrief ingest [options] <file-or-folder>...: the ingest command,
// without the banner npm run prints on stdout, so that --json output is
// JSON however the command is started.
const USAGE = 'Usage: npx newsbrief ingest [options] <file-or-folder>... (npx newsbrief ingest --help for the options)';
const [command] = process.argv.splice(2, 1);
if (command !== 'ingest') {
  process.stderr.write(`newsbrief: ${command ? `unknown command "${command}"` : 'no command given'}\n\n${USAGE}\n`);
  process.exit(2);
}
await import('./ingest.ts');

export {};
