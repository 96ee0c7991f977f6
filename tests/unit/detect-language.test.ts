import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage, languageTag } from '../../src/lib/parse/detect-language.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url), 'utf8');

describe('detectLanguage', () => {
  it.each([
    ['plain', 'en'],
    ['french-page', 'fr'],
    ['german-page', 'de'],
    ['spanish-page', 'es'],
    ['cyrillic', 'ru'],
    ['arabic', 'ar'],
    ['chinese', 'zh'],
    ['saved-page-korean', 'ko'],
    // Hebrew is told by its script, before franc.
    ['saved-page-hebrew', 'he'],
    // Languages franc-min's 82 leave out.
    ['saved-page-danish', 'da'],
    ['saved-page-finnish', 'fi'],
    ['saved-page-swedish', 'sv'],
    ['saved-page-persian', 'fa'],
    ['saved-page-vietnamese', 'vi'],
  ])('tells the language of the %s fixture', (name, language) => {
    expect(detectLanguage(fixture(name))).toBe(language);
  });

  it('gives no language for text too short or too unlike prose to tell', () => {
    expect(detectLanguage('Talks go on')).toBeUndefined();
    expect(detectLanguage('U.S. FEB DURABLE GOODS ORDERS ROSE 6.0 PCT, NONDEFENSE DURABLES ROSE 3.8 PCT\n\nShr 1.50 dlrs vs 1.20 dlrs\nNet 5.6 mln vs 4.3 mln\nRevs 73.5 mln vs 93.6 mln')).toBeUndefined();
  });

  it('tells a language that writes a script of its own when franc cannot', () => {
    expect(detectLanguage('მთავრობამ დღეს გამოაცხადა, რომ ნავსადგური მომავალ თვეში ხელახლა გაიხსნება სამი წლის სამუშაოების შემდეგ.')).toBe('ka');
  });

  it('tells Indonesian from Malay by the words each spells its own way', () => {
    const indonesian = 'Pemerintah kabupaten menutup jalan utama karena banjir merendam ribuan rumah warga sejak Senin malam. Polisi mengatakan bahwa warga bisa kembali ke rumah mereka setelah air surut, tetapi kantor kecamatan masih meminta warga berhati-hati saat melintas di jembatan lama.';
    const malay = 'Kerajaan negeri menutup jalan utama kerana banjir menenggelamkan ribuan rumah penduduk sejak malam Isnin. Polis berkata bahawa penduduk boleh kembali ke rumah mereka selepas air surut, tetapi pejabat daerah masih meminta orang ramai berhati-hati ketika melintasi jambatan lama.';
    expect(detectLanguage(indonesian)).toBe('id');
    expect(detectLanguage(malay)).toBe('ms');
  });

  it('tells Turkish, which writes most function words into the word, with few stopwords and no English', () => {
    const turkish = 'Liman Kent Belediyesi, sahil yolunun yenilenmesi amacıyla başlattığı çalışmaların üç ay süreceğini açıkladı. Belediyeden yapılan açıklamada, yolun bazı bölümlerinin gece saatlerinde trafiğe kapatılacağı belirtildi. Belediye Başkanı, sahil yolunun kentin yoğun kullanılan güzergâhlarından olduğunu hatırlatarak, yenileme sonrasında bisiklet yolunun genişletileceğini söyledi. Esnaf temsilcileri, çalışmaların yaz sezonundan evvel tamamlanmasını istediklerini dile getirdi. Sürücülerin alternatif güzergâhları kullanmaları istendi.';
    expect(detectLanguage(turkish)).toBe('tr');
  });

  it('writes languages as BCP 47 tags', () => {
    expect([languageTag('eng'), languageTag('cmn'), languageTag('arb'), languageTag('hau'), languageTag('ekk'), languageTag('nob')]).toEqual(['en', 'zh', 'ar', 'ha', 'et', 'nb']);
    // Iranian Persian and Dari are one macrolanguage, which franc cannot tell apart.
    expect([languageTag('pes'), languageTag('prs')]).toEqual(['fa', 'fa']);
  });
});
