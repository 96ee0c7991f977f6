import { describe, expect, it } from 'vitest';
import { dateAtEnd, dateOfDateLine, dateReader, findDates } from '../../src/lib/parse/find-date.ts';

describe('dates', () => {
  it.each([
    ['12 November, 2025', '2025-11-12'],
    ['November 12, 2025', '2025-11-12'],
    ['2025-11-12', '2025-11-12'],
    ['Wednesday 12 November 2025', '2025-11-12'],
    ['12 November 2025, 14:05 GMT', '2025-11-12T14:05:00Z'],
    ['November 5, 2025 -- Updated 0240 GMT (1040 HKT)', '2025-11-05'],
    ['Last modified on Mon 17 Nov 2025 16.20 GMT', '2025-11-17T16:20:00Z'],
    ['Harbour Desk (Port Alder) First published November 3, 2025: 9:15 AM ET', '2025-11-03T09:15:00-05:00'],
    ['Kompas.com - 17/11/2025, 14:05 WIB', '2025-11-17T14:05:00+07:00'],
    ['17 November 2025, 14: 05 GMT', '2025-11-17T14:05:00Z'],
    ['November 17, 2025 09:00 AM Eastern Standard Time', '2025-11-17T09:00:00-05:00'],
  ])('reads a date line %j', (line, iso) => {
    expect(dateOfDateLine(line)?.iso).toBe(iso);
  });

  it('reads the words some languages put between the date and its time, or after the time', () => {
    expect(dateReader('pl').dateOfDateLine('Poniedziałek, 17 listopada 2025 r., godz. 14:05')?.iso).toBe('2025-11-17T14:05:00');
    expect(dateReader('ro').dateOfDateLine('Luni, 17 noiembrie 2025, ora 14:05')?.iso).toBe('2025-11-17T14:05:00');
    expect(dateReader('ur').dateOfDateLine('17 نومبر 2025 02:05 بجے دوپہر')?.iso).toBe('2025-11-17T14:05:00');
  });

  it('ignores relative dates and dates without a year', () => {
    expect(findDates('yesterday and 3 hours ago and March 3')).toEqual([]);
  });

  it('reads a date line that names its agency and its update', () => {
    const french = dateReader('fr');
    expect(french.dateOfDateLine('AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)')?.iso).toBe('2015-04-30T07:19:00');
    expect(french.dateOfDateLine('La ville a voté le 30 avril 2015 pour le projet')).toBeUndefined();
    expect(dateReader('zh').dateOfDateLine('2017-03-10 09:58　来源：光明科技')?.iso).toBe('2017-03-10T09:58:00');
    expect(dateReader('ja').dateOfDateLine('2025年11月4日 9時30分 みなと新聞')?.iso).toBe('2025-11-04T09:30:00');
  });

  it('finds the date a caption ends with', () => {
    expect(dateAtEnd('Crowds at the port, Mombasa, Kenya, 14 November, 2025')?.iso).toBe('2025-11-14');
    expect(dateAtEnd('On 14 November, 2025 the port reopened to ships')).toBeUndefined();
  });
});

describe('dates in other languages', () => {
  it.each([
    ['fr', '24 juillet 2015', '2015-07-24'],
    ['fr', 'Publié le 24 juillet 2015', '2015-07-24'],
    ['de', 'Veröffentlicht am 3. März 2024', '2024-03-03'],
    ['es', '12 de mayo de 2023', '2023-05-12'],
    ['pt', '5 de junho de 2022', '2022-06-05'],
    ['it', '9 settembre 2021', '2021-09-09'],
    ['nl', '14 april 2020', '2020-04-14'],
    ['ru', '10 августа 2019', '2019-08-10'],
    ['ru', '10 авг 2019', '2019-08-10'],
    ['uk', '10 серпня 2019', '2019-08-10'],
    ['ja', '2018年6月19日', '2018-06-19'],
    ['zh', '2018年6月19日', '2018-06-19'],
    ['en', 'Updated 1:07 PM EDT, Fri November 17, 2023', '2023-11-17'],
    ['en', '2019-08-10T12:00', '2019-08-10T12:00:00'],
  ])('reads a %s date line %j', (language, line, iso) => {
    expect(dateReader(language).dateOfDateLine(line)?.iso.slice(0, iso.length)).toBe(iso);
  });

  it.each([
    ['ru', '3 часа назад'],
    ['fr', 'il y a 3 heures'],
    ['de', 'vor 2 Tagen'],
    ['en', '3 hours ago'],
  ])('never takes a relative date for a date (%s: %j)', (language, text) => {
    expect(dateReader(language).findDates(text)).toEqual([]);
  });

  it.each([
    ['ar', 'نشر في: 17 نوفمبر 2023 - 14:05', '2023-11-17T14:05:00'],
    ['ar', 'الجمعة ١٧ تشرين الثاني ٢٠٢٣، 14:05 GMT', '2023-11-17T14:05:00Z'],
    ['he', '17 בנובמבר 2023', '2023-11-17'],
    ['tr', 'Güncelleme: 17 Kas 2023', '2023-11-17'],
    ['pl', 'Opublikowano: 17 listopada 2023 o 14:05', '2023-11-17T14:05:00'],
    ['cs', '17. listopadu 2023 14:05', '2023-11-17T14:05:00'],
    ['ko', '2023년 11월 17일 14:05', '2023-11-17T14:05:00'],
    ['hi', 'अपडेटेड: १७ नवंबर २०२३', '2023-11-17'],
    ['th', '17 พ.ย. 2566', '2023-11-17'],
    ['el', '17 Νοεμβρίου 2025, 14:05', '2025-11-17T14:05:00'],
    ['da', 'Opdateret 17. nov. 2025 kl. 16.30', '2025-11-17T16:30:00'],
  ])('reads a %s date line %j from the month names ICU knows', (language, line, iso) => {
    expect(dateReader(language).dateOfDateLine(line)?.iso).toBe(iso);
  });

  it.each([
    ['es', '17 de noviembre de 2023 - 14:05', '2023-11-17T14:05:00'],
    ['es', 'Madrid - 17 nov 2023 - 14:05 CET', '2023-11-17T14:05:00+01:00'],
    ['ru', 'Опубликовано: 17 ноября 2023 г., 14:05', '2023-11-17T14:05:00'],
    ['pt', '17.nov.2023 às 14h05', '2023-11-17T14:05:00'],
    ['pt', '17/11/2023 14h05 - Atualizado há 2 horas', '2023-11-17T14:05:00'],
    ['it', '17 novembre 2023 (modifica il 17 novembre 2023 | 16:00)', '2023-11-17'],
    ['en', '2023-11-17 14:05:30', '2023-11-17T14:05:30'],
    ['ko', '입력 2025.11.17. 오후 2:05', '2025-11-17T14:05:00'],
    ['ko', '2025년 11월 17일 오전 12시 30분', '2025-11-17T00:30:00'],
  ])('keeps the time a %s date line %j gives after its date', (language, line, iso) => {
    expect(dateReader(language).dateOfDateLine(line)?.iso).toBe(iso);
  });

  it.each([
    ['fa', '۲۶ آبان ۱۴۰۴ - ۱۴:۰۵', '2025-11-17T14:05:00'],
    ['fa', 'پنجشنبه ۱ فروردین ۱۴۰۴', '2025-03-21'],
    ['fa', '۱۷ نوامبر ۲۰۲۵', '2025-11-17'],
    ['ar', 'الاثنين 26 جمادى الأولى 1447 هـ - 17 نوفمبر 2025م', '2025-11-17'],
    ['ar', '١ رمضان ١٤٤٦ هـ', '2025-03-01'],
  ])('reads a %s date line %j in the calendar the language counts in, or the Gregorian', (language, line, iso) => {
    expect(dateReader(language).dateOfDateLine(line)?.iso).toBe(iso);
  });

  it.each([
    ['sv', 'Publicerad 17 november 2025 kl. 14.05', '2025-11-17T14:05:00'],
    ['fi', 'Julkaistu 17.11.2025 klo 14.05', '2025-11-17T14:05:00'],
    ['vi', 'Thứ hai, 17/11/2025, 14:05 (GMT+7)', '2025-11-17T14:05:00+07:00'],
    ['nl', 'Aangepast: 17 nov 2025 om 16:30', '2025-11-17T16:30:00'],
    ['ar', 'نشر في 17 نوفمبر 2025م - 14:05', '2025-11-17T14:05:00'],
    ['id', 'Senin, 17 November 2025 M', '2025-11-17'],
    ['en', 'November 17, 20255:05 AM ET', '2025-11-17T05:05:00-05:00'],
  ])('reads a %s date line %j with its label, weekday and time', (language, line, iso) => {
    expect(dateReader(language).dateOfDateLine(line)?.iso).toBe(iso);
  });

  it('reads no date from numbers that only look like one', () => {
    expect(dateReader('tr').findDates('Kasım ayında 17 2023 kişi')).toEqual([]);
    expect(dateReader('ar').findDates('فاز الفريق 17 مرة في 2023')).toEqual([]);
    expect(dateReader('es').dateOfDateLine('17 de noviembre de 2023 - 35:80')?.iso).toBe('2023-11-17');
  });

  it('reads an English date in another language\'s text', () => {
    expect(dateReader('fr').findDates('Mis en ligne le 2025-11-12')[0]?.iso).toBe('2025-11-12');
  });
});

describe('dates as some pages space them, and zones', () => {
  it.each([
    ['cs', 'Publikováno 17. 11. 2025 14:05', '2025-11-17T14:05:00'],
    ['bn', 'প্রকাশ: ১৭ নভেম্বর ২০২৫, ১৪: ০৫', '2025-11-17T14:05:00'],
    ['id', 'Senin, 17 Nov 2025 14:05 WIB', '2025-11-17T14:05:00+07:00'],
    ['id', '17/11/2025, 14:05 WIT', '2025-11-17T14:05:00+09:00'],
    ['ur', '17 November 2025 14:05 PKT', '2025-11-17T14:05:00+05:00'],
  ])('reads (%s) %j', (language, line, iso) => {
    expect(dateReader(language).findDates(line)[0]?.iso).toBe(iso);
  });

  it('maps a spaced date back to where it stands in the line', () => {
    const line = 'Praha 17. 11. 2025, 14: 05';
    const [date] = dateReader('cs').findDates(line);
    expect(line.slice(date!.start, date!.end)).toBe('17. 11. 2025, 14: 05');
  });
});
