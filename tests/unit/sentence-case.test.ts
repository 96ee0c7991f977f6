import { describe, expect, it } from 'vitest';
import { sentenceCaseHeadline } from '../../src/lib/parse/sentence-case.ts';

describe('sentenceCaseHeadline', () => {
  const body = ["Prices at Kenya's weekly tea auction in Mombasa rose on Tuesday, brokers said.", 'Buyers from Pakistan and the U.S. paid more. Kenyan growers were pleased.'];

  it('writes an all-capitals headline in sentence case, keeping the names the story capitalises', () => {
    expect(sentenceCaseHeadline('KENYAN TEA PRICES RISE FOR THIRD WEEK AT MOMBASA AUCTION', body)).toBe('Kenyan tea prices rise for third week at Mombasa auction');
    expect(sentenceCaseHeadline("U.S. BUYERS LIFT KENYA'S TEA PRICES", body)).toBe("U.S. buyers lift Kenya's tea prices");
  });

  it('leaves a headline that is not all in capitals alone', () => {
    expect(sentenceCaseHeadline('Kenyan tea prices rise', body)).toBeUndefined();
    expect(sentenceCaseHeadline('ECB HOLDS', body)).toBeUndefined();
  });
});

describe('sentenceCaseHeadline and codes', () => {
  it('keeps a ticker in angle brackets as it is', () => {
    expect(sentenceCaseHeadline('SANTA FE SOUTHERN <SFX> APPEALS RULING', ['Santa Fe Southern Pacific Corp said it would appeal.'])).toBe('Santa Fe Southern <SFX> appeals ruling');
  });
});
