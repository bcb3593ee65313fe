// Serves the example storefront (this folder) and the script-tag build (the repository's dist/ at /dist/),
// with a strict Content-Security-Policy: no inline scripts, no eval, nothing from other hosts; text compressed
// with brotli or gzip, as ordinary hosting does.
// `node examples/storefront/serve.mjs` (PORT, default 8080) also runs the consent collector on PGlite behind the
// shop's own paths; the end-to-end tests import createStorefrontServer() (with a collector only when they pass one).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { getRequestListener } from '@hono/node-server';
import { createCollector } from '../../packages/collector/src/collector.js';
import { DEMO_CUSTOMER } from './js/demo-customer.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.gif': 'image/gif',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The policy the shop sends with every page: everything from this origin only, nothing inline, no eval. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "frame-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

// A 1x1 transparent GIF: the answer of the stand-in tracking endpoints.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

// Compressed as ordinary hosting compresses text (nginx, Apache, every CDN): brotli where the browser accepts it,
// else gzip. Each file is compressed once per version of it (its size and modification time).
const compressible = /^(text\/|application\/json|image\/svg)/;
const compressed = new Map();
function encode(file, stats, body, acceptEncoding) {
  const encoding = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null;
  if (!encoding) return { body };
  const key = `${encoding} ${file} ${stats.size} ${stats.mtimeMs}`;
  if (!compressed.has(key))
    compressed.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  return { body: compressed.get(key), encoding };
}

/**
 * `mounts` maps URL prefixes to folders (default: /dist/ to the repository's dist/); `fallback` is the page
 * served for unknown paths without an extension (a single-page app's client-side routes).
 * @param {{ root?: string, mounts?: Record<string, string>, fallback?: string, csp?: string | false, log?: (line: string) => void }} [options]
 * @returns {import('node:http').Server}
 */
export function createStorefrontServer({
  root = here,
  mounts = { '/dist/': resolve(here, '../../dist') },
  fallback,
  csp = STRICT_CSP,
  log,
  collector,
} = {}) {
  const toCollector = collector && getRequestListener(collector.app.fetch);
  return createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    log?.(`${request.method} ${url.pathname}${url.search}`);
    const headers = { 'cache-control': 'no-cache', ...(csp ? { 'content-security-policy': csp } : {}) };
    if (collector) {
      // The collector on the shop's own site, behind its paths: receipts, the visitor's proof, the dashboard.
      if (/^\/(v1\/|dashboard)/.test(url.pathname)) return toCollector(request, response);
      // The order confirmation asks, server side, whether the customer agreed to marketing e-mails.
      if (url.pathname === '/order/marketing-consent') {
        const answer = await collector.app.request(`/v1/admin/subjects/${DEMO_CUSTOMER}/consent`, {
          headers: { authorization: `Bearer ${collector.adminToken}` },
        });
        const { categories } = await answer.json();
        response.writeHead(200, { ...headers, 'content-type': 'application/json' });
        response.end(JSON.stringify({ marketingEmails: categories?.marketing === true }));
        return;
      }
    }
    // Stand-ins for the hits Google Analytics, the statistics script and the ad pixel would send elsewhere.
    if (/^\/third-party\/(g\/collect|stats\/hit|pixel\.gif|shopify\/hit)$/.test(url.pathname)) {
      response.writeHead(200, { ...headers, 'content-type': 'image/gif' });
      response.end(PIXEL);
      return;
    }
    const prefix = Object.keys(mounts).find((start) => url.pathname.startsWith(start));
    const [base, path] = prefix ? [mounts[prefix], url.pathname.slice(prefix.length)] : [root, url.pathname];
    let file = normalize(join(base, decodeURIComponent(path)));
    if (!file.startsWith(base.endsWith(sep) ? base : base + sep)) return notFound(response, headers);
    try {
      if (fallback && !prefix && !extname(file) && !(await stat(file).catch(() => null))) file = join(root, fallback);
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      // gtag.js is served without an extension, as Google serves it.
      const type = types[extname(file)] ?? (file.endsWith('/gtag/js') ? types['.js'] : 'application/octet-stream');
      let raw = await readFile(file);
      // With a collector, every page sends its receipts (data-receipts) for the logged-in customer (receipts.js,
      // run before assent.js) and shows the visitor's consent reference.
      if (collector && extname(file) === '.html')
        raw = Buffer.from(
          String(raw).replace(
            '<script src="/dist/assent.js"',
            '<script type="module" src="/js/receipts.js"></script>\n<script src="/dist/assent.js" data-receipts="/v1/receipts"',
          ),
        );
      const { body, encoding } = compressible.test(type)
        ? encode(file, await stat(file), raw, String(request.headers['accept-encoding'] ?? ''))
        : { body: raw };
      response.writeHead(200, {
        ...headers,
        'content-type': type,
        vary: 'accept-encoding',
        ...(encoding ? { 'content-encoding': encoding } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      notFound(response, headers);
    }
  });
}

function notFound(response, headers) {
  response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // PORT=0 asks the system for a free port.
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  // The collector on its embedded default (PGlite in .assent-data), served by the shop's own site.
  const adminToken = process.env.ASSENT_ADMIN_TOKEN || randomBytes(24).toString('hex');
  const collector = {
    ...(await createCollector({ dataDir: resolve(here, '../../.assent-data'), adminToken })),
    adminToken,
  };
  const server = createStorefrontServer({ collector });
  server.on('error', (error) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: try PORT=8081 npm start` : error);
    process.exit(1);
  });
  server.listen(port, () => {
    const { port: actual } = server.address();
    console.log(`Assent example storefront: http://localhost:${actual}/`);
    console.log(`Consent receipts dashboard: http://localhost:${actual}/dashboard (admin token ${adminToken})`);
  });
}
