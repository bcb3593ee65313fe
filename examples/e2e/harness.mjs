// What every end-to-end test needs: the example storefront served on a made-up site (www.shop.test, so that
// cookies on the parent domain .shop.test are real), Chromium driven by Playwright, and a visitor whose
// every request, console error and Content-Security-Policy violation is recorded.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { browserPaths, chromiumArgs } from '../../scripts/browsers.mjs';
import { createStorefrontServer } from '../storefront/serve.mjs';

// The tests' Chromium, plus: a page a test rewrites (route.fulfill) counts as public; it must still load the shop's
// files from 127.0.0.1.
const CHROMIUM_ARGS = [
  ...chromiumArgs(),
  '--disable-features=BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessRespectPreflightResults,LocalNetworkAccessChecks',
];

/** Starts a static server; `root` defaults to the storefront. Resolves to its origin on www.shop.test. */
export async function serve(options = {}) {
  const server = createStorefrontServer(options);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://www.shop.test:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Starts the storefront and a browser before a test file's tests and closes both after them.
 * The returned object gets `origin` and `browser` once they are up: read them inside tests.
 */
export function useShop(options) {
  const shop = {};
  before(async () => {
    shop.server = await serve(options);
    shop.origin = shop.server.origin;
    shop.browser = await launch();
  });
  after(async () => {
    await shop.browser?.close();
    await shop.server?.close();
  });
  return shop;
}

export function launch() {
  return chromium.launch({ executablePath: browserPaths().chromium, args: CHROMIUM_ARGS });
}

/**
 * A new visitor (a fresh browser context: no cookies) with `page`, and the log of what left the page:
 * `requests` (every URL, iframes included), `errors` (console errors and uncaught exceptions),
 * `violations` (securitypolicyviolation events). Any host other than the shop is answered with an abort
 * and listed in `foreign`: nothing may leave for Google or anyone else.
 */
export async function visitor(browser, origin, { headers, init } = {}) {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  // CI machines are shared: give slow moments room before calling a wait a failure.
  context.setDefaultTimeout(60000);
  const log = { requests: [], errors: [], violations: [], foreign: [] };
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      log.foreign.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  context.on('request', (request) => log.requests.push(request.url()));
  await context.exposeBinding('reportViolation', (_source, text) => log.violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      window.reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  watch(page, log);
  return {
    context,
    page,
    log,
    /** Opens another tab of the same visitor (same cookies). */
    async tab() {
      const other = await context.newPage();
      watch(other, log);
      return other;
    },
    /** Paths of the requests made since `mark()` (or since the start), on the shop. */
    paths(since = 0) {
      return log.requests
        .slice(since)
        .filter((url) => url.startsWith(origin))
        .map((url) => url.slice(origin.length));
    },
    mark: () => log.requests.length,
    /** Requests to the stand-ins of analytics and advertising hosts (or to any foreign host). */
    tracking(since = 0) {
      return [...this.paths(since).filter((path) => path.startsWith('/third-party/')), ...log.foreign];
    },
    async cookies() {
      return Object.fromEntries((await context.cookies()).map((cookie) => [cookie.name, cookie]));
    },
    close: () => context.close(),
  };
}

function watch(page, log) {
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(String(error)));
}

/** The banner's dialog (shadow DOM is pierced by Playwright's locators). */
export const banner = (page) => page.locator('assent-banner dialog[open]');
export const button = (page, name) =>
  page.locator('assent-banner dialog[open]').getByRole('button', { name, exact: true });

/** Waits until no request has been made for `quiet` ms: the page has done what it was going to do. */
export async function settle(page, quiet = 400) {
  await page.waitForLoadState('load');
  let count = -1;
  let seen = 0;
  const counter = () => {
    seen += 1;
  };
  page.on('request', counter);
  try {
    while (count !== seen) {
      count = seen;
      await page.waitForTimeout(quiet);
    }
  } finally {
    page.off('request', counter);
  }
}

/** The dataLayer as plain arrays (entries are `arguments` objects), plain objects kept as they are. */
export const dataLayer = (page) =>
  page.evaluate(() =>
    (window.dataLayer || []).map((entry) =>
      Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry) : entry,
    ),
  );

/** The stand-in GA hits sent so far, as URLSearchParams. */
export const gaHits = (visit, since = 0) =>
  visit
    .paths(since)
    .filter((path) => path.startsWith('/third-party/g/collect?'))
    .map((path) => new URLSearchParams(path.split('?')[1]));

/** Puts products in the cart and places an order; resolves on the confirmation page. */
export async function buy(page, origin, skus = ['aurora', 'solution', 'solution']) {
  for (const sku of skus) {
    await page.goto(`${origin}/product.html?sku=${sku}`);
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.locator('#added').waitFor();
  }
  await page.goto(`${origin}/cart.html`);
  await page.getByRole('link', { name: 'Checkout' }).click();
  await page.getByLabel('Name').fill('Ada Lovelace');
  await page.getByLabel('Email').fill('ada@example.org');
  await page.getByLabel('Address').fill('1 Analytical Street');
  await page.getByLabel(/Card number/).fill('4242424242424242');
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL('**/confirmation.html');
  await page.locator('#order-tracked[data-sent]').waitFor({ state: 'attached' });
}
