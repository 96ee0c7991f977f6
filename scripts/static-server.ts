// A small static file server for dist/, used by the browser tests and the
// screenshot script. It serves the site under its base path, answers missing
// pages with 404.html, and sends the security headers of public/_headers.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.xml': 'application/xml', '.xsl': 'text/xsl', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream', '.pf_filter': 'application/octet-stream',
};

/** Headers for every response, read from `_headers` (the `/*` block) when the site has one. */
function headersOf(dist: string): Record<string, string> {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (match?.[1] && match[2]) headers[match[1]] = match[2];
  }
  return headers;
}

/** Starts serving `dist` at `http://127.0.0.1:<port><base>`; resolves with the server and its URL. */
export function startStaticServer(dist: string, base = '/'): Promise<{ server: Server; url: string }> {
  const extraHeaders = headersOf(dist);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const send = (status: number, file: string) => {
      response.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...extraHeaders });
      createReadStream(file).pipe(response);
    };
    if (!pathname.startsWith(base)) return send(404, join(dist, '404.html'));
    const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.(\/|\\|$))+/, '');
    let file = join(dist, relative);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file) && statSync(file).isFile()) return send(200, file);
    return send(404, join(dist, '404.html'));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}${base}` });
    });
  });
}
