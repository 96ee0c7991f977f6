// No article changes day when the build machine runs in another time zone.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const script = `
import { buildSiteIndex } from './src/lib/site/site-index.ts';
import { dateFormatter } from './src/lib/site/format-date.ts';
const dates = ['2025-11-12', '2025-11-12T23:30:00Z', '2025-11-13T00:30:00+01:00', '2025-12-31T23:59:00-05:00', '2026-01-01'];
const entries = dates.map((date, n) => ({ id: 'a' + n, body: 'x', data: { title: 't', date, dateSource: 'caption', summary: 's', tags: [], places: [], people: [], organisations: [], source: { file: 'f', sha256: '0' } } }));
const index = buildSiteIndex(entries, { timeZone: 'UTC', topicMinArticles: 1 });
const format = dateFormatter('en', 'UTC');
console.log(JSON.stringify(index.articles.map((a) => [a.id, a.day, format.longDay(a.day), format.time(a.data.date)])));
`;

const daysUnder = (tz: string) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('../..', import.meta.url).pathname, env: { ...process.env, TZ: tz }, encoding: 'utf8' });

describe('time zones', () => {
  it.each(['America/Los_Angeles', 'Pacific/Kiritimati'])('gives the same days and times under TZ=%s as under UTC', (tz) => {
    const utc = daysUnder('UTC');
    expect(JSON.parse(utc)).toContainEqual(['a1', '2025-11-12', 'Wednesday, November 12, 2025', '23:30']);
    expect(daysUnder(tz)).toBe(utc);
  });
});

describe('a time the text gives without its zone', () => {
  it("is read in the site's time zone, summer and winter, and kept as it is with a zone", async () => {
    const { inTimeZone } = await import('../../src/lib/article/article-day.ts');
    expect(inTimeZone('2025-11-17T14:05:00', 'Europe/Paris')).toBe('2025-11-17T14:05:00+01:00');
    expect(inTimeZone('2025-07-17T14:05:00', 'Europe/Paris')).toBe('2025-07-17T14:05:00+02:00');
    expect(inTimeZone('2025-11-17T14:05:00', 'America/New_York')).toBe('2025-11-17T14:05:00-05:00');
    expect(inTimeZone('2025-11-17T14:05:00', 'Asia/Kolkata')).toBe('2025-11-17T14:05:00+05:30');
    expect(inTimeZone('2025-11-17T14:05:00', 'UTC')).toBe('2025-11-17T14:05:00Z');
    expect(inTimeZone('2025-11-17T14:05:00-08:00', 'Europe/Paris')).toBe('2025-11-17T14:05:00-08:00');
    expect(inTimeZone('2025-11-17', 'Europe/Paris')).toBe('2025-11-17');
  });

  it('dates the article at that wall-clock time in the front matter', async () => {
    const { processArticle } = await import('../../src/lib/article/process-article.ts');
    const text = 'Le port rouvre ses quais\n\nPublié le 17 novembre 2025 à 14h05\n\nLe port de la ville a rouvert ses quais lundi matin après trois semaines de travaux, et les pêcheurs ont pu décharger leurs prises pour la première fois depuis le début du mois.\n\nLes ferries reprennent leurs horaires habituels dès mardi, a indiqué la direction du port dans un communiqué.';
    const result = processArticle(new TextEncoder().encode(text), { file: 'port.txt', sha256: '0', today: '2025-11-20', timeZone: 'Europe/Paris' });
    expect(result.ok && result.front.date).toBe('2025-11-17T14:05:00+01:00');
  });
});
