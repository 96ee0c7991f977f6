import { describe, expect, it } from 'vitest';
import { removeLinkLabels, removeMarkupResidue, restoreEscapedBreaks } from '../../src/lib/parse/clean-text.ts';

describe('removeMarkupResidue', () => {
  it('takes out the tags an export left in and keeps their text, a block tag starting a paragraph', () => {
    const text = '<p><strong>ВАЛДАЙ, 4 ноября</strong> Совет одобрил ремонт.</p><p>Работы начнутся <em>весной</em>.</p>';
    expect(removeMarkupResidue(text)).toBe('\n\nВАЛДАЙ, 4 ноября Совет одобрил ремонт.\n\nРаботы начнутся весной.\n\n');
  });

  it('drops scripts and styles with their content, and tracking images with their attributes', () => {
    expect(removeMarkupResidue('Before.<br><script>alert(1)</script><img width=1 src="http://t.example/b?a=1&b=2">After.')).toBe('Before.\n\nAfter.');
  });

  it('leaves text that only looks like markup as it is', () => {
    expect(removeMarkupResidue('If a <b and c> d, then x < y.')).toBe('If a <b and c> d, then x < y.');
    expect(removeMarkupResidue('The tag <blink> is gone.</p>')).toBe('The tag <blink> is gone.\n\n');
  });
});

describe('restoreEscapedBreaks', () => {
  const sentence = 'The harbour board met on Monday to agree the cost of the new sea wall, which the town has waited for since the storm of last winter. ';

  it('reads a field\'s written line breaks as paragraph breaks', () => {
    const field = `${sentence}\\n\\nThe work starts in March.\\nIt takes a year. ${sentence}`;
    expect(restoreEscapedBreaks(field)).toBe(`${sentence}\n\nThe work starts in March.\n\nIt takes a year. ${sentence}`);
  });

  it('reads a break that lost its backslash, between a sentence\'s end and a capital', () => {
    const field = `Советы согласились.nРаботы начнутся весной.nn"Мы ждали", - сказал глава. ${sentence}`;
    expect(restoreEscapedBreaks(field)).toBe(`Советы согласились.\n\nРаботы начнутся весной.\n\n"Мы ждали", - сказал глава. ${sentence}`);
  });

  it('leaves a short line, one written break, or an n inside words as they are', () => {
    expect(restoreEscapedBreaks('Use \\n to end a line.\\n')).toBe('Use \\n to end a line.\\n');
    expect(restoreEscapedBreaks(`${sentence}A single \\n is kept. ${sentence}`)).toBe(`${sentence}A single \\n is kept. ${sentence}`);
    expect(restoreEscapedBreaks(`${sentence}Mr.nobody at example.net said no. ${sentence}`)).toBe(`${sentence}Mr.nobody at example.net said no. ${sentence}`);
  });
});

describe('removeLinkLabels', () => {
  it('takes out what links say to screen readers and buyers, wrapped or not, and keeps a line of its own', () => {
    expect(removeLinkLabels('Norvik Shipping (NORV.OL), opens new tab reported a loss.')).toBe('Norvik Shipping (NORV.OL) reported a loss.');
    expect(removeLinkLabels('REUTERS/Lise Åberg/File Photo Purchase Licensing Rights, opens new\ntab')).toBe('REUTERS/Lise Åberg/File Photo');
    expect(removeLinkLabels('Environment\nPurchase Licensing Rights\nRead Next')).toBe('Environment\nPurchase Licensing Rights\nRead Next');
  });
});
