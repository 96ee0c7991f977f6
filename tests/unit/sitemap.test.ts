import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { sitemapFiles } from '../../src/lib/feeds/sitemap.ts';
import { siteUrls } from '../../src/lib/site/routes.ts';

const urls = siteUrls('https://news.example', '/brief/');
const texts = (xml: string, name: string) => {
  const $ = load(xml, { xml: true });
  return $(name).map((_, element) => $(element).text()).get();
};
const locs = (xml: string) => texts(xml, 'loc');

describe('sitemapFiles', () => {
  it('lists each URL once, in the order of their numbers, with its last change', () => {
    const files = sitemapFiles(
      [
        { url: urls.absolute('page/10/') },
        { url: urls.absolute('page/2/') },
        { url: urls.absolute('2025/11/12/a/'), lastmod: '2025-11-12' },
        { url: urls.absolute('page/2/') },
      ],
      urls,
    );
    expect(files.map((file) => file.name)).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(locs(files[0]!.xml)).toEqual(['https://news.example/brief/2025/11/12/a/', 'https://news.example/brief/page/2/', 'https://news.example/brief/page/10/']);
    expect(files[0]!.xml).toContain('<url><loc>https://news.example/brief/2025/11/12/a/</loc><lastmod>2025-11-12T00:00:00.000Z</lastmod></url>');
    expect(files[0]!.xml).toContain('<url><loc>https://news.example/brief/page/2/</loc></url>');
  });

  it('cuts files at 45,000 URLs and dates each in the index by its newest change', () => {
    const entries = Array.from({ length: 45_001 }, (_, index) => ({ url: urls.absolute(`p/${index}/`), lastmod: index === 45_000 ? '2026-02-03T04:05:06+01:00' : '2025-01-01' }));
    const files = sitemapFiles(entries, urls);
    expect(files.map((file) => file.name)).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    expect(files[0]!.xml.split('<url>')).toHaveLength(45_001);
    expect(locs(files[1]!.xml)).toEqual(['https://news.example/brief/p/45000/']);
    expect(locs(files[2]!.xml)).toEqual(['https://news.example/brief/sitemap-0.xml', 'https://news.example/brief/sitemap-1.xml']);
    expect(texts(files[2]!.xml, 'lastmod')).toEqual(['2025-01-01T00:00:00.000Z', '2026-02-03T03:05:06.000Z']);
  });

  it('escapes what XML would read as markup', () => {
    const [sitemap] = sitemapFiles([{ url: "https://news.example/brief/a&b'<c>/" }], urls);
    expect(sitemap!.xml).toContain('<loc>https://news.example/brief/a&#38;b&#39;&#60;c&#62;/</loc>');
    expect(locs(sitemap!.xml)).toEqual(["https://news.example/brief/a&b'<c>/"]);
  });
});
