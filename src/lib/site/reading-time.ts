const WORDS_PER_MINUTE = 230;

/** Minutes to read a text at an average adult pace, at least 1. */
export function readingMinutes(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
