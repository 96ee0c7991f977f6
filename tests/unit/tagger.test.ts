import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import nlp, { sweep } from '../../src/lib/entities/tagger.ts';
import { compromiseSweep } from '../oracles.ts';

type Document = { text: string; tags: Set<string> }[][];
const termsOf = (text: string) => (nlp(text) as unknown as { document: Document }).document.flat();

// Texts with many of compromise's patterns in play: names, titles, places,
// organisations, dates, numbers, contractions, questions, the short
// one-phrase sentences the name classifier tags, and this project's own fixtures.
const fixtures = join(import.meta.dirname, '../fixtures');
const fixtureTexts = readdirSync(fixtures).map((name) => readFileSync(join(fixtures, name, 'input.txt'), 'utf8'));
const texts = [
  'Foreign Minister Abdoulaye Diop flew to Burkina Faso on Tuesday.',
  "Mali's government said it wasn't under threat from JNIM, an al-Qaeda affiliate, but the U.S. Embassy told citizens to leave.",
  'Shares in Harrow & Finch Holdings Plc fell 14% to £85m on 12 November, 2025, the Bank of England said.',
  'Did Dr. Jane Smith-Jones of Nordic Cryosphere Observatory really say "no"? She did not.',
  'Prime Minister Keir Starmer.\n\nWest African.\n\nNew York Stock Exchange.\n\nThe Trump administration.\n\nUS. The.\n\nSt. Louis Blues.\n\nEcowas.',
  'He has been running since 1987 and will be 40 years old next March; they would\'ve gone, had it rained.',
  ...fixtureTexts,
];

describe('the sweep', () => {
  it('finds what compromise’s own sweep finds, in the same order, on every sentence it is given', () => {
    let calls = 0;
    const compare: typeof sweep = (document, net, methods, options) => {
      calls++;
      const ours = sweep(document, net, methods, options);
      expect(ours).toStrictEqual(compromiseSweep(document, net, methods, options));
      return ours;
    };
    nlp.extend({ methods: { one: { bulkMatch: compare } } } as Parameters<typeof nlp.extend>[0]);
    try {
      // Twice: the second time, sentences meet the candidates found the first time.
      for (const text of [...texts, ...texts]) termsOf(text);
    } finally {
      nlp.extend({ methods: { one: { bulkMatch: sweep } } } as Parameters<typeof nlp.extend>[0]);
    }
    // Every text with words was swept (the empty fixtures have none).
    expect(calls).toBeGreaterThanOrEqual(2 * texts.filter((text) => /\p{L}/u.test(text)).length);
  });

  it('tags names through it', () => {
    const terms = termsOf('Foreign Minister Abdoulaye Diop flew to Burkina Faso.');
    const tagsOf = (text: string) => terms.find((term) => term.text === text)?.tags;
    expect(tagsOf('Diop')?.has('Person')).toBe(true);
    expect(tagsOf('Burkina')?.has('Place')).toBe(true);
  });
});
