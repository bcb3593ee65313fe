// The built dist/assent.js on a page whose markup an attacker could write into (a product review, a CMS field),
// under a strict Content-Security-Policy: nonce-only scripts with 'strict-dynamic'. Markup injected there must never
// become running script through Assent, nor its configuration; and a file that hangs must not take the visitor's
// controls with it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { banner, button, settle, useShop, visitor } from './harness.mjs';

const shop = useShop();
const NONCE = 'SGFyZGVuaW5nMjAyNg';
const STRICT_DYNAMIC = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`;
const tag = (attributes = '') =>
  `<script nonce="${NONCE}" src="/dist/assent.js" data-policy-version="1" data-categories="analytics" ${attributes}></script>`;

/** Serves `body` at /hostile.html (and `path`) with `csp`, and opens it for a new visitor. */
async function open({ head = tag(), body = '', csp = STRICT_DYNAMIC, lang = 'en', before } = {}) {
  const visit = await visitor(shop.browser, shop.origin);
  await visit.page.route(`${shop.origin}/hostile.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': csp },
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Shop</title>${head}</head>
<body><h1>Shop</h1><a href="/privacy.html" data-assent-open>Cookie settings</a>${body}</body></html>`,
    }),
  );
  await before?.(visit);
  await visit.page.goto(`${shop.origin}/hostile.html`);
  return visit;
}

const acceptAll = async (visit) => {
  await button(visit.page, 'Accept all').click();
  await banner(visit.page).waitFor({ state: 'detached' });
  await settle(visit.page);
};

describe('a hostile page, over the built assent.js under a strict CSP', () => {
  it('never runs injected gated scripts, not even data-consent="necessary": only the site\'s, which carry the nonce', async () => {
    const visit = await open({
      body: `<script type="text/plain" data-consent="analytics" nonce="${NONCE}" src="/third-party/stats.js"></script>
        <script type="text/plain" data-consent="necessary">window.pwned = 'necessary';</script>
        <script type="text/plain" data-consent="necessary" src="/attacker.js?necessary"></script>
        <script type="text/plain" data-consent="analytics">window.pwned = 'inline';</script>
        <script type="text/plain" data-consent="analytics" src="/attacker.js?analytics"></script>`,
    });
    const { page } = visit;
    await banner(page).waitFor();
    await settle(page);
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'nothing runs while the decision is pending');
    await acceptAll(visit);
    assert.equal(await page.evaluate(() => window.shopStatsRuns), 1, "the site's own gated script ran once");
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.deepEqual(
      visit.paths().filter((path) => path.startsWith('/attacker.js')),
      [],
    );
    assert.deepEqual(
      visit.log.errors.map((error) => error.replace(/^(assent: <script data-consent="\w+"> \w+ "?\w+).*/s, '$1')),
      [
        'assent: <script data-consent="necessary"> names "necessary',
        'assent: <script data-consent="necessary"> names "necessary',
        'assent: <script data-consent="analytics"> lacks the',
        'assent: <script data-consent="analytics"> lacks the',
      ],
    );
    assert.deepEqual(visit.log.violations, []);
    await visit.close();
  });

  it('reads its configuration only from its own element: <img name="currentScript"> does not make it opt-out', async () => {
    const visit = await open({
      head: tag('defer'),
      body: '<img name="currentScript" src="https://evil.example/x/" data-mode="opt-out" data-policy-version="1" alt="">',
    });
    const { page } = visit;
    await banner(page).waitFor();
    await settle(page);
    const state = await page.evaluate(() => window.assent.get());
    assert.equal(state.status, 'pending');
    assert.equal(state.categories.analytics, false, 'opt-in, as its own element says');
    assert.deepEqual(
      visit.log.foreign.filter((url) => url !== 'https://evil.example/x/'),
      [],
      'the banner came from beside assent.js, not from the image',
    );
    assert.ok(visit.paths().includes('/dist/assent-banner.js'));
    assert.deepEqual(
      visit.log.errors.filter((error) => error.startsWith('assent:')),
      [],
    );
    await visit.close();
  });

  it('ignores window.assentConfig and window.assent made of markup, naming them, and still asks', async () => {
    const visit = await open({
      head: tag('data-ga="G-LENSCO000" defer'),
      body: `<a id="assentConfig"></a><a id="assentConfig" name="gaScriptUrl" href="https://evil.example/gtag.js">x</a>
        <a id="assentConfig" name="privacyUrl" href="https://evil.example/privacy">y</a><div id="assent"></div>`,
    });
    const { page } = visit;
    await banner(page).waitFor();
    assert.equal(await page.evaluate(() => typeof window.assent.acceptAll), 'function');
    assert.equal(await banner(page).locator('a[href*="evil.example"]').count(), 0);
    await acceptAll(visit);
    assert.deepEqual(
      visit.log.foreign.filter((url) => url.includes('evil.example')),
      [],
    );
    assert.deepEqual(
      visit.log.errors.filter((error) => error.startsWith('assent: window.')).map((error) => error.split(' must ')[0]),
      ['assent: window.assentConfig', 'assent: window.assent'],
    );
    await visit.close();
  });

  it("gives gtag.js the tag's nonce, so that GA loads under script-src 'nonce-…' without 'strict-dynamic'", async () => {
    const visit = await open({
      csp: `script-src 'nonce-${NONCE}'; object-src 'none'; base-uri 'none'`,
      head: `<script nonce="${NONCE}" src="/js/ga-stand-in-config.js"></script>${tag('data-ga="G-LENSCO000"')}`,
      before: (visit) =>
        visit.page.route(`${shop.origin}/js/ga-stand-in-config.js`, (route) =>
          route.fulfill({
            contentType: 'text/javascript',
            body: "window.assentConfig = { gaScriptUrl: '/third-party/gtag/js' };",
          }),
        ),
    });
    await banner(visit.page).waitFor();
    const mark = visit.mark();
    await acceptAll(visit);
    assert.ok(visit.paths(mark).includes('/third-party/gtag/js?id=G-LENSCO000'), 'gtag.js requested');
    assert.ok(
      visit.paths(mark).some((path) => path.startsWith('/third-party/g/collect?')),
      'gtag.js ran and sent its hit',
    );
    assert.deepEqual(visit.log.violations, []);
    await visit.close();
  });

  it('never turns injected embeds that name a service into script: no javascript: src, texts shown as text', async () => {
    const config = `window.assentConfig = { categories: [{ name: 'marketing', services: [{ id: 'youtube', name: 'VideoHost' }] }] };`;
    const visit = await open({
      head: `<script nonce="${NONCE}" src="/js/services-config.js"></script>
        <script nonce="${NONCE}" src="/dist/assent.js" data-policy-version="1" data-privacy-url="/privacy.html"></script>`,
      body: `<script type="text/plain" data-consent="youtube">window.pwned = 'service inline';</script>
        <script type="text/plain" data-consent="youtube" src="/attacker.js?service"></script>
        <iframe data-consent="youtube" data-src="javascript:parent.pwned='iframe'" title="a"></iframe>
        <iframe data-consent="youtube" data-src=" JaVa&#x09;ScRiPt:parent.pwned='tab'" title="b"></iframe>
        <embed data-consent="youtube" data-src="javascript:parent.pwned='embed'">
        <iframe data-consent="youtube" data-src="/third-party/video.html" title="video" width="320" height="180"
          data-service="<img src=x onerror=&quot;parent.pwned='service'&quot;>"
          data-privacy-url="javascript:parent.pwned='link'"></iframe>`,
      before: (visit) =>
        visit.page.route(`${shop.origin}/js/services-config.js`, (route) =>
          route.fulfill({ contentType: 'text/javascript', body: config }),
        ),
    });
    const { page } = visit;
    await banner(page).waitFor();
    const placeholder = page.locator('assent-placeholder');
    await placeholder.locator('[part~=title]').waitFor();
    assert.equal(await placeholder.count(), 1, 'only the embed with a web address waits with a placeholder');
    assert.equal(
      await placeholder.locator('[part~=title]').textContent(),
      `Content from <img src=x onerror="parent.pwned='service'">`,
    );
    assert.equal(await placeholder.locator('img').count(), 0);
    assert.equal(await placeholder.locator('[part~=link]').getAttribute('href'), '/privacy.html');
    await acceptAll(visit);
    const sources = await page.evaluate(() =>
      [...document.querySelectorAll('iframe, embed')].map((element) => element.getAttribute('src')),
    );
    assert.deepEqual(sources, [null, null, null, '/third-party/video.html']);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.deepEqual(
      visit.paths().filter((path) => path.startsWith('/attacker.js')),
      [],
    );
    const named = visit.log.errors.filter((error) => error.startsWith('assent: <'));
    assert.deepEqual(
      named.map((error) => error.replace(/^(assent: <\w+ data-consent="youtube">) (\S+ \S+).*/s, '$1 $2')),
      [
        'assent: <script data-consent="youtube"> lacks the',
        'assent: <script data-consent="youtube"> lacks the',
        'assent: <iframe data-consent="youtube"> data-src must',
        'assent: <iframe data-consent="youtube"> data-src must',
        'assent: <embed data-consent="youtube"> data-src must',
        'assent: <iframe data-consent="youtube"> data-privacy-url must',
      ],
    );
    assert.deepEqual(visit.log.violations, []);
    await visit.close();
  });

  it('shows the banner in English when the language file hangs', async () => {
    const visit = await open({
      lang: 'de',
      // Never answered: a stalled connection.
      before: (visit) => visit.page.route('**/dist/i18n/de.js', () => {}),
    });
    await banner(visit.page).waitFor({ timeout: 10000 });
    assert.equal(await button(visit.page, 'Accept all').count(), 1);
    await visit.close();
  });

  it('lets the Cookie settings link lead where it points when the banner hangs', async () => {
    const visit = await open();
    await acceptAll(visit);
    await visit.page.route('**/dist/assent-banner.js', () => {});
    await visit.page.reload();
    await visit.page.waitForLoadState('load');
    await visit.page.getByRole('link', { name: 'Cookie settings' }).click();
    await visit.page.waitForURL('**/privacy.html', { timeout: 10000 });
    await visit.close();
  });
});
