import { createHash } from 'node:crypto';

/** A short digest of values that JSON can hold: equal values, equal digests. */
export function digestOf(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}
