// examples/unbundled: the npm packages loaded without a bundler, through an import map, as a browser gets them
// from node_modules. There is no process in a page: nothing Assent ships may need one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP } from '../storefront/serve.mjs';
import { banner, button, launch, serve, settle, visitor } from './harness.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

// The storefront's strict Content-Security-Policy, with the one thing the core README says such a page adds: the
// import map's hash in script-src (an inline script, so 'self' does not cover it).
const html = readFileSync(here('../unbundled/index.html'), 'utf8');
const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)[1];
const hash = createHash('sha256').update(importMap).digest('base64');
const csp = STRICT_CSP.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);

let site;
let browser;
before(async () => {
  site = await serve({ root: here('../unbundled'), mounts: { '/node_modules/': here('../../node_modules') }, csp });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

describe('the packages without a bundler', () => {
  it('ask with the banner, gate the statistics script until consent and run it once after', async () => {
    const visit = await visitor(browser, site.origin);
    const { page } = visit;
    await page.goto(`${site.origin}/`);
    await banner(page).waitFor();
    await settle(page);
    assert.equal(await page.evaluate(() => typeof process), 'undefined', 'a page has no process');
    assert.ok(visit.paths().includes('/node_modules/@assent/core/dist/standalone.js'));
    assert.ok(!visit.paths().some((path) => path.includes('/nanostores/')), 'nanostores comes inside the core file');
    assert.ok(!visit.paths().includes('/stats.js'), 'not requested before consent');
    assert.equal(await page.locator('#analytics').textContent(), 'off');

    await button(page, 'Accept all').click();
    await banner(page).waitFor({ state: 'detached' });
    await page.waitForFunction(() => window.statsRan === 1);
    await settle(page);
    assert.equal(await page.evaluate(() => window.statsRan), 1, 'run once');
    assert.equal(await page.locator('#analytics').textContent(), 'on');
    assert.match((await visit.cookies()).assent?.value ?? '', /analytics/, 'the decision is stored');
    assert.deepEqual(visit.log.errors, []);
    assert.deepEqual(visit.log.violations, [], 'nothing blocked by the strict policy');
    await visit.close();
  });
});
