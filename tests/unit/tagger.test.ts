import { describe, expect, it } from 'vitest';
import nlp, { netForDocument, type Net } from '../../src/lib/tagger.ts';

describe('netForDocument', () => {
  it('keeps only the hooks the document has, in the net’s own order', () => {
    const net: Net & { always: string[] } = { hooks: { '#Noun': [1], mali: [2], '7': [3], '#Place': [4], niger: [5] }, always: ['x'] };
    const narrowed = netForDocument(net, [new Set(['niger', '#Place', 'unknown']), new Set(['#Noun', '7'])]);
    expect(Object.keys(narrowed.hooks)).toEqual(['7', '#Noun', '#Place', 'niger']);
    expect(narrowed.hooks['#Place']).toBe(net.hooks['#Place']);
    expect((narrowed as typeof net).always).toBe(net.always);
  });
});

describe('the tagger', () => {
  it('still tags names through the narrowed sweep', () => {
    const terms = (nlp('Foreign Minister Abdoulaye Diop flew to Burkina Faso.') as unknown as { document: { text: string; tags: Set<string> }[][] }).document.flat();
    const tagsOf = (text: string) => terms.find((term) => term.text === text)?.tags;
    expect(tagsOf('Diop')?.has('Person')).toBe(true);
    expect(tagsOf('Burkina')?.has('Place')).toBe(true);
  });
});
