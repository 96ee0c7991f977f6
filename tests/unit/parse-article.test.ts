import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/parse/parse-article.ts';
import { IngestError } from '../../src/lib/errors.ts';

const page = [
  'Ministers agree new river treaty',
  '',
  'Ministers agree new river treaty',
  'By Ana Souza',
  'Environment correspondent',
  'Published',
  '3 March 2025',
  'Share',
  'Save',
  'Delegates at the signing, Lisbon, Portugal, 3 March, 2025',
  'Getty Images',
  '',
  'Six countries signed a treaty on Monday to share the water of the river.',
  '',
  'The deal ends ten years of talks.',
  'Related Topics',
  'Portugal',
  'Rivers',
  'Tags',
  'environment, treaties',
].join('\n');

describe('parseArticle', () => {
  it('reads the page form: header block, body and footer chrome', () => {
    const article = parseArticle(page);
    expect(article.title).toBe('Ministers agree new river treaty');
    expect(article.byline).toBe('Ana Souza');
    expect(article.bylineRole).toBe('Environment correspondent');
    expect(article.date).toEqual({ iso: '2025-03-03', source: 'published' });
    expect(article.caption).toBe('Delegates at the signing, Lisbon, Portugal, 3 March, 2025');
    expect(article.credit).toBe('Getty Images');
    expect(article.location).toBe('Lisbon, Portugal');
    expect(article.paragraphs).toEqual(['Six countries signed a treaty on Monday to share the water of the river.', 'The deal ends ten years of talks.']);
    expect(article.tags).toEqual(['Portugal', 'Rivers', 'environment', 'treaties']);
    expect(article.dropped).toEqual(['Share', 'Save']);
  });

  it('reads an "Updated" line as the update, whether before or after the "Published" line', () => {
    const body = 'The council approved the plan on Monday after a long debate.\n\nWork starts in spring.';
    for (const header of ['Published 3 March 2025\nUpdated 4 March 2025, 09:15', 'Updated 4 March 2025, 09:15\nPublished 3 March 2025']) {
      const article = parseArticle(`Council approves the harbour plan\n\n${header}\n\n${body}`);
      expect(article.date).toEqual({ iso: '2025-03-03', source: 'published' });
      expect(article.updated).toBe('2025-03-04T09:15:00');
    }
    const onlyUpdated = parseArticle(`Council approves the harbour plan\n\nUpdated 4 March 2025\n\n${body}`);
    expect(onlyUpdated.date).toEqual({ iso: '2025-03-04', source: 'published' });
    expect(onlyUpdated.updated).toBeUndefined();
  });

  it('keeps a first paragraph that merely ends with a date in the body', () => {
    const article = parseArticle('Talks resume\n\nThe talks will resume in Geneva on 4 May 2025.\n\nBoth sides agreed.');
    expect(article.caption).toBeUndefined();
    expect(article.paragraphs).toHaveLength(2);
  });

  it('joins hard-wrapped lines and keeps blank-line paragraphs apart', () => {
    const article = parseArticle('Headline\n\nA paragraph that was wrapped\nby the exporter at a fixed width\nof some characters.\n\nSecond one.');
    expect(article.paragraphs).toEqual(['A paragraph that was wrapped by the exporter at a fixed width of some characters.', 'Second one.']);
  });

  it('keeps a bulleted list an item to a paragraph, with the rest a dump wrapped each item onto', () => {
    const article = parseArticle('Harbour works\n\nThese are the changes:\n\n* The promenade will close between the pier and the lifeboat station from\nMarch.\n• Buses will run along Harbour Road.\n\nThe beach stays open.');
    expect(article.paragraphs).toEqual(['These are the changes:', '• The promenade will close between the pier and the lifeboat station from March.', '• Buses will run along Harbour Road.', 'The beach stays open.']);
  });

  it('reads wire copy paragraphs from their deeper indent', () => {
    const wire = 'GRAIN SHIPMENTS RISE\n  Grain shipments rose 4 pct in the\n  week, traders said.\n      Exports of wheat were steady.\n  \n';
    const article = parseArticle(wire);
    expect(article.form).toBe('wire');
    expect(article.paragraphs).toEqual(['Grain shipments rose 4 pct in the week, traders said.', 'Exports of wheat were steady.']);
  });

  it('takes a dateline place and date from the first paragraph', () => {
    const article = parseArticle('Port reopens\n\nMOMBASA, November 14, 2025 - The port reopened on Friday.');
    expect(article.location).toBe('Mombasa');
    expect(article.date).toEqual({ iso: '2025-11-14', source: 'dateline' });
  });

  it('keeps a paragraph that says only "Tags" when body text follows it', () => {
    const long = 'This paragraph is long enough to be body text and not a tag label, because it goes on and on for well over one hundred and twenty characters.';
    const article = parseArticle(`Headline\n\nFirst.\n\nTags\n\n${long}`);
    expect(article.paragraphs).toEqual(['First.', 'Tags', long]);
  });

  it('decodes entity residue and strips control and bidi characters', () => {
    const article = parseArticle('Price \u202Erises\u0007 &#163;5\n\nShares of &lt;ABC.L> rose &amp; fell.');
    expect(article.title).toBe('Price rises £5');
    expect(article.paragraphs).toEqual(['Shares of <ABC.L> rose & fell.']);
  });

  it('takes a caption run into its credit out of the lede', () => {
    const article = parseArticle('Storm closes the ferry\n\nBy Ana Souza\n\nWaves break over the quay at Port Alder on Monday AFP via Getty Images\n\nThe ferry did not sail on Monday.\n\nIt will sail again on Wednesday.');
    expect(article.caption).toBe('Waves break over the quay at Port Alder on Monday');
    expect(article.credit).toBe('AFP via Getty Images');
    expect(article.paragraphs).toEqual(['The ferry did not sail on Monday.', 'It will sail again on Wednesday.']);
    // A subheading that names an agency is body text: too short for a caption.
    expect(parseArticle('Storm closes the ferry\n\nThe ferry did not sail.\n\nWhat AP found\n\nIt will sail.').paragraphs).toContain('What AP found');
  });

  it('takes the first sentence of a file of body text only as its headline, and keeps it in the body', () => {
    const lede = 'Rescuers found two walkers on the moor above Lowmere on Sunday night. They had been missing for a day and a night, and were cold but unhurt when a team from the village reached them, the police said on Monday morning.';
    const article = parseArticle(`${lede}\n\nThe search involved forty people.`);
    expect(article.title).toBe('Rescuers found two walkers on the moor above Lowmere on Sunday night');
    expect(article.headlineFrom).toBe('lede');
    expect(article.paragraphs[0]).toBe(lede);
  });

  it.each([
    ['', 'EmptyFile'],
    [' \n\t\n ', 'WhitespaceOnly'],
    ['Only a headline\n\n', 'NoBody'],
    ['13-APR-1987\n  13-APR-1987\n', 'NoHeadline'],
  ])('rejects %j with %s', (text, code) => {
    expect(() => parseArticle(text)).toThrowError(IngestError);
    try {
      parseArticle(text);
    } catch (error) {
      expect((error as IngestError).code).toBe(code);
    }
  });
});

describe('text dumps', () => {
  it("reads a lynx dump's header under its three-space margin, and leaves wire copy's indents alone", async () => {
    const { withoutDumpMargin } = await import('../../src/lib/parse/split-paragraphs.ts');
    const lynx = ['Headline', '', '   By Ana Souza', '   3 March 2025', '', '   First line of the body', '   and its second.', '     * a list item'];
    expect(withoutDumpMargin(lynx)).toEqual(['Headline', '', 'By Ana Souza', '3 March 2025', '', 'First line of the body', 'and its second.', '  * a list item']);
    const wire = ['HEADLINE', '  Taiwan bought 25,000 tonnes U.S.', '  soybeans today, sources said.', '      A second paragraph.'];
    expect(withoutDumpMargin(wire)).toEqual(wire);
    expect(withoutDumpMargin(wire.slice(0, 3))).toEqual(wire.slice(0, 3));
  });
});

describe('lynx link numbers', () => {
  it('are taken out of a dump that lists its references, and kept in a file that does not', async () => {
    const { numbersLinks, withoutLinkNumbers } = await import('../../src/lib/parse/link-numbers.ts');
    const dump = 'Headline\n\n   By [7]Ellen Marsh\n\n   The [9]council met.\n\nReferences\n\n   7. https://a.example/e\n   8. https://a.example/f\n   9. https://a.example/c\n';
    expect(numbersLinks(dump)).toBe(true);
    expect(withoutLinkNumbers(dump)).toContain('By Ellen Marsh');
    expect(numbersLinks('Court ruling\n\nThe judge cited two cases.[1] Both were appealed.[2]\n')).toBe(false);
  });
});

describe('inline chrome', () => {
  it('is a whole line of an advertisement slot or a link to another story, never a sentence', async () => {
    const { isInlineChrome } = await import('../../src/lib/parse/inline-chrome.ts');
    for (const line of ['Advertisement', 'ADVERTISEMENT', 'Continue reading the main story', 'Read more: Council approves new quay lighting', 'Lire aussi : Le pont fermé', 'Реклама', '広告']) expect(isInlineChrome(line), line).toBe(true);
    for (const line of ['More than 200 people came to the advertisement hearing.', 'Related: the two fires were started by the same man.', 'Advertisement revenue fell by a third', 'Read the full report on the council website.']) expect(isInlineChrome(line), line).toBe(false);
  });
});

describe('a byline and its date on one line', () => {
  const body = 'The harbour board agreed on Monday to spend four million pounds on a new sea wall, after the storms of last winter flooded forty homes.\n\nWork will start in the spring, the board said.';
  it.each([
    ['By Rhea Castell | 14 Dec 2016, 10:00 GMT', { byline: 'Rhea Castell', date: '2016-12-14T10:00:00Z' }],
    ['Rhea Castell, Harbour Herald | December 14, 2016 12:00am', { byline: 'Rhea Castell', bylineRole: 'Harbour Herald', date: '2016-12-14T00:00:00' }],
    ['Dan Ferrow - Feb 6, 2015 7:38 pm UTC', { byline: 'Dan Ferrow', date: '2015-02-06T19:38:00Z' }],
    ['Posted by Rhea Castell on 14 December 2016 at 10:00', { byline: 'Rhea Castell', date: '2016-12-14T10:00:00' }],
    ['Rhea Castell · 14 December 2016 · 4 min read', { byline: 'Rhea Castell', date: '2016-12-14' }],
    ['Written by Rhea Castell, Political Editor | Published: 14 December 2016', { byline: 'Rhea Castell', bylineRole: 'Political Editor', date: '2016-12-14' }],
  ])('reads %j', (line, expected) => {
    const article = parseArticle(`Council agrees plan for new sea wall\n\n${line}\n\n${body}`);
    expect({ byline: article.byline, ...(article.bylineRole ? { bylineRole: article.bylineRole } : {}), date: article.date?.iso }).toEqual(expected);
    expect(article.paragraphs[0]).toMatch(/^The harbour board/);
  });

  it('takes no byline from a sentence that holds a date', () => {
    const article = parseArticle(`Council agrees plan for new sea wall\n\nThe board met on 14 December 2016\n\n${body}`);
    expect(article.byline).toBeUndefined();
  });
});
