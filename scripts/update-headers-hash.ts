// npm run update-headers: writes the page script's CSP hash into public/_headers
// (run after editing src/browser/page-enhancements.js; a test checks they agree).
import { readFileSync, writeFileSync } from 'node:fs';
import { compactPageScript, cspHashOf } from '../src/integrations/page-script.ts';

const root = new URL('..', import.meta.url);
const hash = cspHashOf(compactPageScript(readFileSync(new URL('src/browser/page-enhancements.js', root), 'utf8')));
const file = new URL('public/_headers', root);
writeFileSync(file, readFileSync(file, 'utf8').replace(/'sha256-[A-Za-z0-9+/=]+'/g, `'${hash}'`));
console.log(`public/_headers now allows '${hash}'`);
