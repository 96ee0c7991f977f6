import { createHash } from 'node:crypto';

/** The page script as it is inlined: comment lines and indentation dropped, to keep every page small. */
export function compactPageScript(source: string): string {
  return source.replace(/^\s*\/\/.*\n/gm, '').replace(/\n\s*/g, '\n').trim();
}

/** The CSP source expression that allows exactly this inline script. */
export function cspHashOf(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}
