import { describe, expect, it } from 'vitest';
import { removeMarkupResidue } from '../../src/lib/parse/clean-text.ts';

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
