import slugify from '@sindresorhus/slugify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugOf, slugText } from '../../src/lib/text/slug.ts';

// Headline-like text: ASCII words and punctuation, contractions, and the
// characters slugify treats specially (`&`, curly apostrophes, accents, emoji).
const piece = fc.oneof(
  fc.stringMatching(/^[\x20-\x7e]{0,6}$/),
  fc.constantFrom("Don't", "Fed's", 'U.S.', 'A&B', '’s', 'Mali’s', 'É', 'ß', '🦄', '♥', '--', ' - ', '\\', "'t", "'s", 'iPhone', 'FOO360', '_x_'),
);
const headline = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(' '));

describe('slugText', () => {
  it('gives slugify’s slug for any headline', () => {
    fc.assert(
      fc.property(headline, (text) => {
        expect(slugText(text)).toBe(slugify(text, { decamelize: false }));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('slugOf', () => {
  it('cuts long headlines at a word and falls back when nothing is left', () => {
    expect(slugOf("Don't panic: US shares fall 5% as Fed's rate rises")).toBe('dont-panic-us-shares-fall-5-as-feds-rate-rises');
    expect(slugOf('中文标题', 'article-1')).toMatch(/^[a-z0-9-]+$/);
    expect(slugOf('!!!', 'article-1')).toBe('article-1');
    expect(slugOf('word '.repeat(40)).length).toBeLessThanOrEqual(72);
  });
});
