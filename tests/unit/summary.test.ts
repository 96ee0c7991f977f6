import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../src/lib/article/front-matter.ts';
import { headlineFromLede, isLabel } from '../../src/lib/parse/prose.ts';

describe('summaryOf', () => {
  const lede = 'The Tykes have brought in two props on loan for the visit of the league leaders on Friday night.';

  it('passes over the labels a page leaves above its lede: a ground, a date, a score line', () => {
    for (const label of ['Headingley', 'Saturday 20 November', 'Arsenal win 4-2 on penalties', '(after extra time - 1-1 at 90 minutes)']) {
      expect(summaryOf([label, lede])).toBe(lede);
    }
  });

  it('keeps a lede that is a sentence, however short, with the paragraph it opens, and a standfirst without its full stop', () => {
    expect(summaryOf(['Jamie Rowe should be paralysed.', lede])).toBe(`Jamie Rowe should be paralysed. ${lede}`);
    expect(summaryOf(['It took 41 years.', 'Saturday 20 November'])).toBe('It took 41 years.');
    const standfirst = 'Brewers in Lowmere are making more money from drinks that taste of beer than from beer itself';
    expect(summaryOf([standfirst, lede])).toBe(standfirst);
  });

  it("takes wire copy's first paragraph, figures and all", () => {
    expect(summaryOf(['Shr 35 cts vs 34 cts', 'Note: the year-ago figures are restated.'], 'wire')).toBe('Shr 35 cts vs 34 cts');
  });

  it('cuts a long lede at a sentence end', () => {
    const long = `${'The council met for three hours on Monday. '.repeat(6)}It then voted.`;
    expect(summaryOf([long]).endsWith('.')).toBe(true);
    expect(summaryOf([long]).length).toBeLessThanOrEqual(320);
  });
});

describe('prose', () => {
  it('tells labels in unspaced scripts by their length', () => {
    expect(isLabel('東京都')).toBe(true);
    expect(isLabel('東京都は4日、市内のバスで交通系ICカードが使えるようになると発表した。')).toBe(false);
  });

  it('makes a headline of a first sentence only when it is short enough to be one', () => {
    expect(headlineFromLede('U.S. officials said on Monday that the talks in Geneva had failed. More follows.')).toBe('U.S. officials said on Monday that the talks in Geneva had failed');
    expect(headlineFromLede(`${'word '.repeat(30)}end. Next.`)).toBeUndefined();
  });
});
