// Feeds date an article without a time from the start of its day in the
// site's time zone, so that today's articles are never dated in the future.
import { describe, expect, it } from 'vitest';
import { articleDay, publishedTime } from '../../src/lib/article/article-day.ts';
import { articleRssItem, briefRssItem } from '../../src/lib/feeds/feed-items.ts';
import { siteUrls } from '../../src/lib/site/routes.ts';
import { buildSiteIndex } from '../../src/lib/site/site-index.ts';

const ZONES = ['UTC', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

describe('publishedTime', () => {
  it('is the start of the day in the time zone for a date without a time', () => {
    expect(publishedTime('2025-11-12', 'UTC')).toBe(Date.parse('2025-11-12T00:00:00Z'));
    expect(publishedTime('2025-11-12', 'America/New_York')).toBe(Date.parse('2025-11-12T05:00:00Z'));
    expect(publishedTime('2025-11-12', 'Pacific/Auckland')).toBe(Date.parse('2025-11-11T11:00:00Z'));
    expect(publishedTime('2025-11-12', 'Asia/Kolkata')).toBe(Date.parse('2025-11-11T18:30:00Z'));
    // The day clocks go forward: midnight is still on winter time.
    expect(publishedTime('2025-03-30', 'Europe/London')).toBe(Date.parse('2025-03-30T00:00:00Z'));
  });

  it('keeps the time a date-time gives', () => {
    expect(publishedTime('2025-11-12T14:05:00+01:00', 'Pacific/Auckland')).toBe(Date.parse('2025-11-12T13:05:00Z'));
  });

  it.each(ZONES)('never dates today\'s article in the future, in feeds or the daily brief (%s)', (timeZone) => {
    const now = Date.now();
    const today = articleDay(new Date(now).toISOString(), timeZone);
    const data = { title: 't', date: today, dateSource: 'ingest' as const, summary: 's', tags: [], places: [], people: [], organisations: [], source: { file: 'f', sha256: '0'.repeat(64) } };
    const index = buildSiteIndex([{ id: 'a', body: 'x', data }], { timeZone, topicMinArticles: 2 });
    const urls = siteUrls('https://news.test', '/');
    expect(articleRssItem(index.articles[0]!, urls, { siteLanguage: 'en' }).pubDate.getTime()).toBeLessThanOrEqual(now);
    expect(briefRssItem(index.days[0]!, 'Brief', urls).pubDate.getTime()).toBeLessThanOrEqual(now);
  });
});
