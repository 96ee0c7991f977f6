import { describe, expect, it } from 'vitest';
import { isPageButton } from '../../src/lib/parse/page-buttons.ts';

describe('isPageButton', () => {
  it.each(['Share', 'Compartir en Whatsapp', 'Partager sur Facebook', 'Auf Facebook teilen', 'Condividi su X', 'Copiar enlace', 'Link kopieren', 'Imprimir', 'Artikel anhören (3 Minuten)', 'Zur Merkliste hinzufügen', 'Lire plus tard', 'Offrir l’article', 'Поделиться', '分享', 'シェア', '공유하기', 'Follow', 'share2', 'Comments 48', 'Скопіювати посилання'])(
    'knows the button %j',
    (line) => {
      expect(isPageButton(line)).toBe(true);
    },
  );

  it('takes no line that only uses a button\'s word for one', () => {
    expect(isPageButton('Share prices fell sharply on Monday')).toBe(false);
    expect(isPageButton('Save the harbour, residents say')).toBe(false);
    expect(isPageButton('Print works reopen after the flood')).toBe(false);
  });
});
