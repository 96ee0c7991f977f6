import { renderArticleHtml } from './src/lib/render-article-html.ts';
import fs from 'node:fs';
const dir = '/tmp/obbc/';
const files = fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.md')).slice(0, 1000).map((f) => fs.readFileSync(dir + f, 'utf8').split('\n---\n')[1]);
renderArticleHtml(files[0]);
const t = performance.now(); for (const f of files) renderArticleHtml(f); console.log(files.length, 'unified ms/article', ((performance.now() - t) / files.length).toFixed(3));
console.log(renderArticleHtml('<script>alert(1)</script>\n\n\\<script>x\\</script> [a](javascript:alert(1)) ![i](x.png)'));
