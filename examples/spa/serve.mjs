// Serves the built single-page app (npm run build first) with client-side routes falling back to index.html,
// and the storefront's local stand-in of gtag.js at /third-party/. PORT, default 8081.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP, createStorefrontServer } from '../storefront/serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

// Scripts as strict as the storefront's. Styles allow 'unsafe-inline' because <assent-banner> still puts its CSS in a
// <style> element (the script tag's build swaps it for a constructed stylesheet); drop it once the banner adopts its own.
export const SPA_CSP = STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

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
