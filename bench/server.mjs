// Serves everything the benchmark loads from this machine: the page (one per manager), each manager's files,
// the site's gated scripts, and, over TLS, a stand-in for Google's gtag.js and its collect endpoint (Chromium
// maps Google's host names here). Every file is compressed once, ahead of time, and served in the best encoding
// the browser accepts (brotli, else gzip, else raw), so that all managers are served alike.
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { page } from './page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const types = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.json': 'application/json',
};

/**
 * The three sizes of one file: raw, gzip (level 9) and brotli (quality 11), as a CDN would serve it.
 * @param {Buffer} raw
 */
export function compress(raw) {
  const gzip = gzipSync(raw, { level: 9 });
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  return { raw, gzip, br };
}

/** Maps URL paths to files: /m/<id>/<path> from each manager's `files`, /site/<name> from bench/site/. */
function fileFor(pathname, managers) {
  const [, area, id, ...rest] = pathname.split('/');
  let base;
  let relative;
  if (area === 'site') {
    base = join(here, 'site');
    relative = [id, ...rest].join('/');
  } else if (area === 'm') {
    const manager = managers.find((m) => m.id === id);
    if (!manager) return undefined;
    relative = rest.join('/');
    if (manager.files[relative]) return manager.files[relative];
    base = manager.files[''];
  }
  if (!base) return undefined;
  const file = normalize(join(base, relative));
  // Never serve anything outside the folder a manager's files live in.
  if (!file.startsWith(base + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** A throwaway certificate for Google's host names, made with openssl for this run only. */
function certificate() {
  const dir = mkdtempSync(join(tmpdir(), 'assent-bench-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=www.googletagmanager.com',
        '-addext',
        'subjectAltName=DNS:www.googletagmanager.com,DNS:www.google-analytics.com',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

/**
 * Starts both servers.
 * @param {import('./managers.mjs').Manager[]} managers the configurations to serve, plus the page alone
 * @returns {Promise<{ origin: string, tlsPort: number, sizes: (path: string) => { raw: number, gzip: number, br: number } | undefined, encodings: Set<string>, close: () => Promise<void> }>}
 */
export async function startServer(managers) {
  const cache = new Map();
  const encodings = new Set();
  const variants = (key, make) => {
    if (!cache.has(key)) cache.set(key, compress(make()));
    return cache.get(key);
  };

  function send(req, res, type, body) {
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
    encodings.add(encoding);
    const payload = encoding === 'br' ? body.br : encoding === 'gzip' ? body.gzip : body.raw;
    res.writeHead(200, {
      'content-type': `${type}; charset=utf-8`,
      'content-length': payload.length,
      ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
      vary: 'accept-encoding',
      'cache-control': 'public, max-age=3600',
      'timing-allow-origin': '*',
      'access-control-allow-origin': '*',
    });
    res.end(payload);
  }

  const site = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    // An empty page on the same site, opened first so that the renderer process is up before anything is timed.
    if (pathname === '/blank')
      return send(
        req,
        res,
        'text/html',
        variants('blank', () => Buffer.from('<!doctype html><title>blank</title>')),
      );
    // /p/<id>/ is the short page, /p/<id>/long the long one.
    const pageMatch = /^\/p\/([a-z-]+)\/(long)?$/.exec(pathname);
    if (pageMatch) {
      const manager = managers.find((m) => m.id === pageMatch[1]);
      const long = Boolean(pageMatch[2]);
      if (manager)
        return send(
          req,
          res,
          'text/html',
          variants(`page:${manager.id}:${long}`, () => Buffer.from(page(manager, { long }))),
        );
    }
    const file = fileFor(pathname, managers);
    if (file)
      return send(
        req,
        res,
        types[extname(file)] ?? 'application/octet-stream',
        variants(file, () => readFileSync(file)),
      );
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });

  // Without openssl there is no certificate: measure.mjs then answers Google's URLs through Playwright instead.
  let tls;
  try {
    tls = certificate();
  } catch {
    tls = null;
  }
  const google =
    tls &&
    createTlsServer(tls, (req, res) => {
      const { pathname } = new URL(req.url, 'https://www.googletagmanager.com');
      if (pathname === '/gtag/js') {
        const file = join(here, 'site/gtag-stand-in.js');
        return send(
          req,
          res,
          'text/javascript',
          variants(file, () => readFileSync(file)),
        );
      }
      // The collect endpoint and anything else Google might be asked for: an empty answer.
      res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
    });

  // Compress everything now: brotli at quality 11 takes a second or more for klaro.js, which must not be
  // counted in whichever visit happens to ask first.
  for (const manager of managers) {
    for (const long of [false, true])
      variants(`page:${manager.id}:${long}`, () => Buffer.from(page(manager, { long })));
    for (const path of listFiles(manager)) {
      const file = fileFor(`/m/${manager.id}/${path}`, managers);
      if (file) variants(file, () => readFileSync(file));
    }
  }
  for (const name of readdirSync(join(here, 'site')))
    variants(join(here, 'site', name), () => readFileSync(join(here, 'site', name)));

  const port = await listen(site);
  const tlsPort = google ? await listen(google) : null;
  return {
    origin: `http://127.0.0.1:${port}`,
    tlsPort,
    encodings,
    /** Raw, gzip and brotli sizes of what a URL path serves (undefined for what is not a file). */
    sizes(pathname) {
      const file = fileFor(pathname, managers);
      if (!file) return undefined;
      const { raw, gzip, br } = variants(file, () => readFileSync(file));
      return { raw: raw.length, gzip: gzip.length, br: br.length };
    },
    /** The gtag.js stand-in, for when there is no TLS server. */
    gtag: () => readFileSync(join(here, 'site/gtag-stand-in.js')),
    close: () =>
      Promise.all(
        [site, google].filter(Boolean).map(
          (s) =>
            new Promise((resolve) => {
              s.closeAllConnections();
              s.close(resolve);
            }),
        ),
      ).then(() => {}),
  };
}

/** Every file a manager serves, for the listing in the report. */
function listFiles(manager) {
  const out = [];
  for (const [path, file] of Object.entries(manager.files)) {
    if (path) out.push(path);
    else if (existsSync(file))
      out.push(...readdirSync(file, { recursive: true }).filter((f) => statSync(join(file, f)).isFile()));
  }
  return out;
}
