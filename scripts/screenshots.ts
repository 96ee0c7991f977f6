// npm run screenshots: home, article and a topic page, light and dark, phone
// and desktop, from the built dist/ into screenshots/ (ignored by git).
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.ts';
import { startStaticServer } from './static-server.ts';

const dist = join(import.meta.dirname, '..', 'dist');
const out = join(import.meta.dirname, '..', 'screenshots');
mkdirSync(out, { recursive: true });

const firstArticle = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file)).sort().at(-1)!;
const firstTag = readdirSync(join(dist, 'tags'))[0]!;
const pages = { home: '', article: firstArticle.replace(/index\.html$/, ''), topic: `tags/${firstTag}/` };
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

const { server, url } = await startStaticServer(dist);
const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [device, viewport] of Object.entries(viewports)) {
      const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(`${url}${path}`);
        const file = join(out, `${name}-${scheme}-${device}.png`);
        await page.screenshot({ path: file, fullPage: device === 'phone' ? false : true });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
