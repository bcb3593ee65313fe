// The vendors' tags a shop turns on with one attribute each (data-meta-pixel, data-uet, data-clarity, data-matomo),
// over the built assent.js and its integration files: each file is fetched only when its attribute is there, no
// vendor script is requested before consent, each vendor's consent defaults come before its script, and a
// withdrawal reaches each vendor and deletes its cookies, on the parent domain too. The vendors' hosts are answered
// by the stand-ins the analytics bridge's browser tests use, which follow each vendor's documented consent API.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { banner, button, settle, useShop, visitor } from './harness.mjs';

const shop = useShop({ csp: false });
const standIns = new URL('../../packages/analytics-bridge/src/test/', import.meta.url);
const file = (name) => readFileSync(new URL(name, standIns), 'utf8');

// Where each vendor's script comes from by default, and its stand-in.
const VENDOR_SCRIPTS = {
  'https://connect.facebook.net/en_US/fbevents.js': file('fbevents-stand-in.js'),
  'https://bat.bing.com/bat.js': file('bat-stand-in.js'),
  'https://www.clarity.ms/tag/abcde12345': file('clarity-stand-in.js'),
};
const VENDOR_HOSTS = ['https://connect.facebook.net', 'https://bat.bing.com', 'https://www.clarity.ms'];

// What a shop would send: the vendors' hosts in script-src, nothing inline.
const CSP = `default-src 'self'; script-src 'self' ${VENDOR_HOSTS.join(' ')}; style-src 'self'; img-src 'self'; connect-src 'self'`;

const ALL_FOUR =
  'data-meta-pixel="1234567890" data-uet="12345678" data-clarity="abcde12345" data-matomo="/stats/" data-matomo-site="3"';

const page = (attributes) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vendors</title>
<script src="/vendor-cookies.js"></script>
<script src="/dist/assent.js" data-policy-version="1" ${attributes}></script>
</head><body><main><h1>Frames</h1><a href="/privacy.html" data-assent-open>Cookie settings</a></main></body></html>`;

async function open(attributes = ALL_FOUR) {
  const visit = await visitor(shop.browser, shop.origin);
  const vendorRequests = [];
  await visit.context.route(
    (url) => VENDOR_HOSTS.includes(url.origin),
    (route) => {
      const url = route.request().url();
      vendorRequests.push(url);
      const body = VENDOR_SCRIPTS[url];
      return body ? route.fulfill({ contentType: 'text/javascript', body }) : route.abort('blockedbyclient');
    },
  );
  await visit.context.route(`${shop.origin}/vendors.html`, (route) =>
    route.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': CSP }, body: page(attributes) }),
  );
  await visit.context.route(`${shop.origin}/vendor-cookies.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: file('vendor-cookies.js') }),
  );
  await visit.context.route(`${shop.origin}/stats/matomo.js`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: file('matomo/matomo.js') }),
  );
  await visit.page.goto(`${shop.origin}/vendors.html`);
  await banner(visit.page).waitFor();
  await settle(visit.page);
  return { ...visit, vendorRequests };
}

const hits = (visit, since = 0) =>
  visit.paths(since).filter((path) => path.startsWith('/packages/analytics-bridge/src/test/hits/'));
const integrationFiles = (visit) => visit.paths().filter((path) => path.startsWith('/dist/integrations/'));

describe('vendor tags turned on by attributes, over the built files', () => {
  it('fetches only the files of the vendors the tag names, and none for a site that names none', async () => {
    const none = await open('');
    assert.deepEqual(integrationFiles(none), []);
    await none.close();
    const one = await open('data-clarity="abcde12345"');
    assert.deepEqual(integrationFiles(one), ['/dist/integrations/clarity.js']);
    await one.close();
  });

  it('requests no vendor script and sends no hit before consent; each consent default is queued first', async () => {
    const visit = await open();
    assert.deepEqual(integrationFiles(visit).sort(), [
      '/dist/integrations/clarity.js',
      '/dist/integrations/matomo.js',
      '/dist/integrations/meta.js',
      '/dist/integrations/uet.js',
    ]);
    assert.deepEqual(visit.vendorRequests, []);
    assert.ok(!visit.paths().includes('/stats/matomo.js'));
    assert.deepEqual(hits(visit), []);
    const queued = await visit.page.evaluate(() => ({
      meta: window.fbq.queue.map((call) => call.slice(0, 2)),
      uet: window.uetq.slice(0, 3),
      matomo: window._paq.map((command) => command[0]),
      clarity: window.clarity?.q ?? [],
    }));
    assert.deepEqual(queued.meta, [
      ['consent', 'revoke'],
      ['init', '1234567890'],
      ['track', 'PageView'],
    ]);
    assert.deepEqual(queued.uet, ['consent', 'default', { ad_storage: 'denied' }]);
    assert.equal(queued.matomo[0], 'requireConsent');
    assert.deepEqual(queued.clarity, [], 'Clarity is told nothing before analytics is granted');
    assert.deepEqual(visit.log.errors, []);
    assert.deepEqual(visit.log.violations, []);
    await visit.close();
  });

  it('on Accept all, tells each vendor before its script runs, then loads it; the hits follow', async () => {
    const visit = await open();
    await button(visit.page, 'Accept all').click();
    await visit.page.waitForFunction(
      () => window.metaStandIn && window.uetStandIn?.loads && window.clarityStandIn && window.matomoStandIn,
    );
    await settle(visit.page);
    const seen = await visit.page.evaluate(() => ({
      meta: window.metaStandIn.calls.map((call) => call.slice(0, 2)),
      uet: window.uetStandIn.commands,
      clarity: window.clarityStandIn.calls,
      matomo: window.matomoStandIn.commands.map((command) => command[0]),
      matomoHits: window.matomoStandIn.hits,
    }));
    assert.deepEqual(seen.meta, [
      ['consent', 'revoke'],
      ['init', '1234567890'],
      ['track', 'PageView'],
      ['consent', 'grant'],
    ]);
    assert.deepEqual(seen.uet.slice(0, 2), [
      ['consent', 'default', { ad_storage: 'denied' }],
      ['consent', 'update', { ad_storage: 'granted' }],
    ]);
    assert.deepEqual(seen.clarity[0], ['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }]);
    // Matomo holds what was tracked after requireConsent until setConsentGiven, then sends it.
    assert.equal(seen.matomo[0], 'requireConsent');
    assert.ok(seen.matomo.includes('setConsentGiven'), `${seen.matomo}`);
    assert.deepEqual(seen.matomoHits, ['pageview']);
    const vendors = hits(visit).map((path) => path.split('?')[0].split('/').pop());
    assert.deepEqual([...new Set(vendors)].sort(), ['clarity', 'matomo', 'meta', 'uet']);
    assert.deepEqual(visit.log.violations, []);
    await visit.close();
  });

  it('on withdrawal, tells each vendor and deletes its cookies on the host and the parent domain', async () => {
    const visit = await open();
    await button(visit.page, 'Accept all').click();
    await visit.page.waitForFunction(() => window.clarityStandIn?.sessions && window.matomoStandIn?.hits.length);
    await settle(visit.page);
    const vendorCookie = /^(_fbp|_uet|_clck|_clsk|_pk_)/;
    const cookieNames = async () =>
      (await visit.context.cookies()).filter((c) => vendorCookie.test(c.name)).map((c) => `${c.name}@${c.domain}`);
    const before = await cookieNames();
    assert.ok(
      before.some((name) => name.endsWith('@.shop.test')),
      `parent-domain cookies set: ${before}`,
    );

    await visit.page.getByRole('link', { name: 'Cookie settings' }).click();
    await button(visit.page, 'Reject all').click();
    await settle(visit.page);

    const last = await visit.page.evaluate(() => ({
      meta: window.metaStandIn.calls.at(-1),
      uet: window.uetStandIn.commands.at(-1),
      clarity: window.clarityStandIn.calls.at(-1),
      matomo: window.matomoStandIn.commands.map((command) => command[0]).at(-1),
    }));
    assert.deepEqual(last.meta, ['consent', 'revoke']);
    assert.deepEqual(last.uet, ['consent', 'update', { ad_storage: 'denied' }]);
    assert.deepEqual(last.clarity, ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]);
    assert.equal(last.matomo, 'forgetConsentGiven');
    assert.deepEqual(await cookieNames(), []);
    await visit.close();
  });

  it('reports a wrong vendor id, naming the attribute, and loads nothing from that vendor', async () => {
    const visit = await open('data-meta-pixel="fb-123"');
    await button(visit.page, 'Accept all').click();
    await settle(visit.page);
    assert.deepEqual(visit.log.errors, [
      'assent: data-meta-pixel must be the pixel id (digits), got "fb-123"; the Meta pixel is off',
    ]);
    assert.deepEqual(visit.vendorRequests, []);
    await visit.close();
  });
});
