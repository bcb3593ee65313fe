// Serves the built single-page app (npm run build first) with client-side routes falling back to index.html,
// and the storefront's local stand-in of gtag.js at /third-party/. PORT, default 8081.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP, createStorefrontServer } from '../storefront/serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

// As strict as the storefront's: <assent-banner> adopts a constructed stylesheet, which style-src 'self' allows.
export const SPA_CSP = STRICT_CSP;

/** The app's server; the end-to-end tests start it on a free port. */
export function createSpaServer(options = {}) {
  return createStorefrontServer({
    root: here,
    csp: SPA_CSP,
    mounts: { '/build/': resolve(here, 'build'), '/third-party/': resolve(here, '../storefront/third-party') },
    fallback: 'index.html',
    ...options,
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT) || 8081;
  createSpaServer().listen(port, () => console.log(`Assent example single-page app: http://localhost:${port}/`));
}
