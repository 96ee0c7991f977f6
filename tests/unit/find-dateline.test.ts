import { describe, expect, it } from 'vitest';
import { dateReader } from '../../src/lib/parse/find-date.ts';
import { findDateline, withoutDateline } from '../../src/lib/parse/find-dateline.ts';
import { isWireCredit, writersOf } from '../../src/lib/parse/wire-credits.ts';

describe('findDateline', () => {
  it.each([
    ['BAMAKO, Nov 12, 2025 (Reuters) - Talks went on.', 'en', { location: 'Bamako', date: '2025-11-12' }],
    ['LISBON, March 3 (Reuters) - Dock workers went back.', 'en', { location: 'Lisbon', date: '2025-03-03' }],
    ['LISBON, December 3 (Reuters) - Dock workers went back.', 'en', { location: 'Lisbon', date: '2024-12-03' }],
    ['МОСКВА, 10 авг – РИА Новости. Паром вернулся.', 'ru', { location: 'Москва', date: '2025-08-10' }],
    ['Москва. 30 апреля. INTERFAX.RU - Музей открылся.', 'ru', { location: 'Москва', date: '2025-04-30' }],
    ['DAR ES SALAAM - The port reopened.', 'en', { location: 'Dar Es Salaam' }],
    // chrono-node alone reads "Dec 14" as December 2014.
    ['LONDON, Dec 14 (Reuters) - The pier reopened.', 'en', { location: 'London', date: '2024-12-14' }],
    ['NEW YORK, March 26 - Shares rose.', 'en', { location: 'New York', date: '2025-03-26' }],
    ['（中央社記者林怡君港灣17日電）港灣市政府今天宣布。', 'zh', { location: '港灣', byline: '林怡君', length: 16 }],
    ['(남포=한빛뉴스) 이서연 기자 = 도서관이 문을 연다.', 'ko', { location: '남포', byline: '이서연', length: 19 }],
    ['Tanjung Harapan - Hujan deras mengguyur kota.', 'id', { location: 'Tanjung Harapan', length: 18 }],
    ['LINTANG, KOMPAS.com - Jembatan gantung putus.', 'id', { location: 'Lintang', length: 22 }],
    ['PORT ALDER, Nov. 17, 2025 /PRNewswire/ -- Tessel Robotics today announced', 'en', { location: 'Port Alder', date: '2025-11-17', length: 42 }],
    ['(ANSA) - MONTECASTRO, 17 NOV - La strada è chiusa.', 'it', { location: 'Montecastro', date: '2024-11-17', length: 31 }],
    ['Valdoria, 17 nov (EFE).- El Gobierno aprobó hoy', 'es', { location: 'Valdoria', date: '2024-11-17', length: 25 }],
    ['Kľačany 17. novembra (TASR) – Obyvatelia obce', 'sk', { location: 'Kľačany', date: '2024-11-17', length: 30 }],
    ['Grimmbach (dpa) - Nach dem Unwetter', 'de', { location: 'Grimmbach', length: 18 }],
    ['Άρτα, 17 Νοεμβρίου (ΑΠΕ-ΜΠΕ) - Κλειστή η γέφυρα.', 'el', { location: 'Άρτα', date: '2024-11-17', length: 31 }],
    ['Рилец, 7 ноември /Мария Петкова, БТА/ Десетки граждани', 'bg', { location: 'Рилец', date: '2025-11-07', byline: 'Мария Петкова', length: 38 }],
    ['KILIFI, KENYA: Farmers in the coastal county', 'en', { location: 'Kilifi, Kenya', length: 15 }],
    ['Rio de Janeiro, 17 nov (EFE).- O governo', 'pt', { location: 'Rio de Janeiro', length: 31 }],
    ['மதுரை: மதுரையில் நேற்று மழை பெய்தது.', 'ta', { location: 'மதுரை', length: 7 }],
    ['नई दिल्ली: सरकार ने कहा।', 'hi', { location: 'नई दिल्ली', length: 11 }],
    ['เชียงใหม่ - เมื่อคืนที่ผ่านมา', 'th', { location: 'เชียงใหม่', length: 12 }],
    ['القاهرة - قال وزير الري', 'ar', { location: 'القاهرة', length: 10 }],
  ])('reads %j', (paragraph, language, expected) => {
    expect(findDateline(paragraph, dateReader(language), '2025-11-10')).toMatchObject(expected);
  });

  it('leaves out the name of any wire after the dash, not only the known ones', () => {
    const russian = dateReader('ru');
    const paragraph = 'ВАЛДАЙ, 4 ноября 2025 – Вестник Озёр. Городской совет одобрил ремонт моста.';
    expect(paragraph.slice(findDateline(paragraph, russian)!.length)).toBe('Городской совет одобрил ремонт моста.');
    expect(withoutDateline('LONDON - Police said on Monday they had made two arrests.')).toBe('Police said on Monday they had made two arrests.');
  });

  it('counts a page\'s contributors line as a credit, whose names are no byline', () => {
    expect(isWireCredit('Jo Fenner in Lisbon contributed to this report.')).toBe(true);
    expect(isWireCredit('Mehdi Garnier a participé à ce reportage.')).toBe(true);
    expect(writersOf('Jo Fenner in Lisbon contributed to this report.')).toEqual([]);
    expect(isWireCredit('The council said residents contributed to the cost.')).toBe(false);
  });

  it('reads a Chinese wire\'s dateline with its reporters', () => {
    const dateline = findDateline('新华社港口城12月14日电（记者王小明 陈大文）港口管理局14日批准', dateReader('zh'), '2025-11-10');
    expect(dateline).toEqual({ location: '港口城', length: '新华社港口城12月14日电（记者王小明 陈大文）'.length, date: '2024-12-14', byline: '王小明、陈大文' });
  });

  it('reads a brief\'s dateline without a place', () => {
    const dateline = findDateline('Dec 14 (Reuters) - Port Alder Harbour Board:', dateReader('en'), '2025-11-10');
    expect(dateline).toEqual({ length: 'Dec 14 (Reuters) - '.length, date: '2024-12-14' });
  });

  it('reads a broadcaster\'s dateline, a release wire\'s without spaces, and a place before a colon in Arabic script', () => {
    expect(findDateline('Redcliff, Colorado (CNN) — A fast-moving wildfire spread.')).toMatchObject({ location: 'Redcliff, Colorado', length: 27 });
    expect(findDateline('Washington CNN — Lawmakers met.')?.location).toBe('Washington');
    expect(findDateline('KNOXVILLE, Tenn.--(BUSINESS WIRE)--Solvent Labs today announced')).toMatchObject({ location: 'Knoxville, Tenn.', length: 35 });
    expect(findDateline('لاہور: پنجاب حکومت نے اسکول بند کر دیے', dateReader('ur'))?.location).toBe('لاہور');
    expect(findDateline('Monday CNN — Lawmakers met.')).toBeUndefined();
  });

  it('takes no year it cannot know: without today, a date without a year is left out', () => {
    expect(findDateline('LISBON, March 3 (Reuters) - Dock workers went back.')?.date).toBeUndefined();
  });

  it('is left out of the text that follows it', () => {
    expect(withoutDateline('МОСКВА, 10 авг – РИА Новости. Паром вернулся.', dateReader('ru'))).toBe('Паром вернулся.');
    expect(findDateline('The US - and others - disagreed.')).toBeUndefined();
    expect(findDateline('BREAKING: The council met.')).toBeUndefined();
    expect(findDateline('FILE - A man walks past the council offices.')).toBeUndefined();
    expect(findDateline('UN (Reuters) - The council met.')).toBeUndefined();
    expect(findDateline('Monday, March 3 - The council met.')).toBeUndefined();
    expect(findDateline('عاجل: قال وزير الري', dateReader('ar'))).toBeUndefined();
    // A dateline on a line of its own takes its agency with it.
    expect(withoutDateline('МОСКВА, 10 авг – РИА Новости.', dateReader('ru'))).toBe('');
  });
});

describe('wire credit lines', () => {
  it('names the reporters and writer, not the editor', () => {
    const line = '(Reporting by Wanjiru Kamau and Ali Hassan; Writing by Tomas Ferreira; Editing by Ellen Marsh)';
    expect(isWireCredit(line)).toBe(true);
    expect(writersOf(line)).toEqual(['Wanjiru Kamau', 'Ali Hassan', 'Tomas Ferreira']);
    expect(isWireCredit('Reporting by the agency suggested a rise, which officials denied on Monday in a statement.')).toBe(false);
  });
});
