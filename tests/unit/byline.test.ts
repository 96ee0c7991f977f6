import { describe, expect, it } from 'vitest';
import { bylineOf, withoutRoleLabel } from '../../src/lib/parse/byline.ts';
import { staffWriterOf } from '../../src/lib/parse/wire-credits.ts';

describe('bylineOf', () => {
  it.each([
    ['By Jane Doe', { name: 'Jane Doe' }],
    ['Par Sébastien Marchal', { name: 'Sébastien Marchal' }],
    ['Von Katharina Vogel', { name: 'Katharina Vogel' }],
    ['Por Lucía Herrera', { name: 'Lucía Herrera' }],
    ['Автор: Ирина Соколова', { name: 'Ирина Соколова' }],
    ['بقلم سارة المصري', { name: 'سارة المصري' }],
    ['By DANICA MORROW and JILL ASHWORTH / Associated Press', { name: 'Danica Morrow and Jill Ashworth', role: 'Associated Press' }],
    ['By Tomas Ferreira, Business reporter', { name: 'Tomas Ferreira', role: 'Business reporter' }],
    ['by Ahiza Morales @amorales February 1, 2016: 12:41 PM ET', { name: 'Ahiza Morales' }],
    ['By Steven Marsh March 18 at 12:22 PM Follow @StevenMarsh', { name: 'Steven Marsh' }],
    ['By: Wire Desk', { name: 'Wire Desk' }],
    ['Analysis by Morgan Ellery, Coastal Affairs Senior Analyst', { name: 'Morgan Ellery', role: 'Coastal Affairs Senior Analyst' }],
    ['By Priya Nandan, Ola Berg and Tom Reyes', { name: 'Priya Nandan, Ola Berg and Tom Reyes' }],
    ['By Alex Harwood, a deputy editor and author of a weekly newsletter. He has covered the industry for years.', { name: 'Alex Harwood', role: 'a deputy editor and author of a weekly newsletter' }],
    ['Par Camille Roussel (avec Hugo Bardet)', { name: 'Camille Roussel', role: 'avec Hugo Bardet' }],
    ['By JEFFREY MARLOWE JAN. 12, 2017', { name: 'Jeffrey Marlowe' }],
    ['By Dana Ford , Tom Watkins and Ola Berg, Harbour Wire', { name: 'Dana Ford, Tom Watkins and Ola Berg', role: 'Harbour Wire' }],
    ['Von Katharina Vogel, Berlin', { name: 'Katharina Vogel', role: 'Berlin' }],
    ['Text: Anna Müller', { name: 'Anna Müller' }],
    ['Na AMINA MWAKILEMA', { name: 'Amina Mwakilema' }],
    ['โดย สมชาย ใจดี', { name: 'สมชาย ใจดี' }],
    ['ავტორი: ნინო ბერიძე', { name: 'ნინო ბერიძე' }],
    ['By - செ. கார்த்திகேயன்', { name: 'செ. கார்த்திகேயன்' }],
    ['מאת יעל בן-חיים', { name: 'יעל בן-חיים' }],
    ['BY JOHN MCCARTHY, ASSOCIATED PRESS', { name: 'John McCarthy', role: 'ASSOCIATED PRESS' }],
    ['By Rhea Castell | Harbour Wire', { name: 'Rhea Castell', role: 'Harbour Wire' }],
    ['By Rhea Castell • 5 min read', { name: 'Rhea Castell' }],
    ['Oleh: Budi Santoso', { name: 'Budi Santoso' }],
    ['كتب - محمد علي', { name: 'محمد علي' }],
    ['מאת: דנה כהן', { name: 'דנה כהן' }],
    ['लेखक: राहुल शर्मा', { name: 'राहुल शर्मा' }],
    ['文／王小明', { name: '王小明' }],
    ['（記者王小明／台北報導）', { name: '王小明', role: '台北報導' }],
    ['김철수 기자 cheolsu@example.com', { name: '김철수', role: '기자' }],
    ['di Giulia Benedetti', { name: 'Giulia Benedetti' }],
    ['Του Νίκου Παπαδόπουλου', { name: 'Νίκου Παπαδόπουλου' }],
    ['نویسنده: مریم احمدی', { name: 'مریم احمدی' }],
    ['Author: Rhea Castell', { name: 'Rhea Castell' }],
    ['By Rhea Castell Fox News', { name: 'Rhea Castell', role: 'Fox News' }],
    ['By Rhea Castell and Tom Ellery', { name: 'Rhea Castell and Tom Ellery' }],
    ['Συντάκτης: Ελένη Καραγιάννη', { name: 'Ελένη Καραγιάννη' }],
    ['de Andrei Popescu', { name: 'Andrei Popescu' }],
    ['مصنف, احمد علی', { name: 'احمد علی' }],
    ['Author, Rhea Castell', { name: 'Rhea Castell' }],
    ['Penulis Dimas Prasetyo | Editor Sari Lestari', { name: 'Dimas Prasetyo' }],
  ])('reads %j', (line, byline) => {
    expect(bylineOf(line)).toEqual(byline);
  });

  it('reads "Name, Outlet" only where a header line may be one, and only with an outlet or role', () => {
    expect(bylineOf('Jane Holloway, Lowmere Courier')).toBeUndefined();
    expect(bylineOf('Jane Holloway, Lowmere Courier', { allowBare: true })).toEqual({ name: 'Jane Holloway', role: 'Lowmere Courier' });
    expect(bylineOf('Lansdowne Road, Dublin', { allowBare: true })).toBeUndefined();
    // A role in the byline's own language, lower case as those languages write it.
    expect(bylineOf('Иван Петров, корреспондент РИА Новости', { allowBare: true })).toEqual({ name: 'Иван Петров', role: 'корреспондент РИА Новости' });
    expect(bylineOf('Jean-Pierre Martin, correspondant à Bruxelles', { allowBare: true })).toEqual({ name: 'Jean-Pierre Martin', role: 'correspondant à Bruxelles' });
    expect(bylineOf('Maria Santos, Lisboa', { allowBare: true })).toBeUndefined();
    expect(bylineOf('Jane Holloway | Staff writer', { allowBare: true })).toEqual({ name: 'Jane Holloway', role: 'Staff writer' });
    expect(bylineOf('By topic | By region | By date')).toBeUndefined();
    // A role printed after the name without a comma, but not an outlet's reporter.
    expect(bylineOf('Rhea Castell Local government correspondent', { allowBare: true })).toEqual({ name: 'Rhea Castell', role: 'Local government correspondent' });
    expect(bylineOf('Port Alder Gazette reporter', { allowBare: true })).toBeUndefined();
  });

  it('never invents one', () => {
    for (const line of ['By the river, the market opened.', 'By the time the police came, a crowd had gathered outside.', 'Published 12 November 2025', 'Share', 'By 2030 the city will need more water']) expect(bylineOf(line, { allowBare: true })).toBeUndefined();
  });
});

describe('staffWriterOf', () => {
  it("takes the writer, not the editor, from a Chinese or Japanese page's closing credit", () => {
    expect(staffWriterOf('出品︱科学栏目组 作者︱王小明 [责任编辑:李华]')).toBe('王小明');
    expect(staffWriterOf('（记者 陈大文）')).toBe('陈大文');
    expect(staffWriterOf('[责任编辑:李华]')).toBeUndefined();
    expect(staffWriterOf('作者认为这项研究很重要，因为它改变了人们的看法。')).toBeUndefined();
  });
});

describe('bylines that are not', () => {
  it.each(['By Share', 'By شیئر کریں'])('takes no button for a name: %j', (line) => {
    expect(bylineOf(line)).toBeUndefined();
  });

  it('leaves the label out of a role line', () => {
    expect(withoutRoleLabel('عہدہ, نامہ نگار، نیلم آباد')).toBe('نامہ نگار، نیلم آباد');
    expect(withoutRoleLabel('Role, Africa correspondent')).toBe('Africa correspondent');
  });
});
