// What the READMEs promise a user is what the build and npm run size deliver: the CDN snippet's version and
// integrity match the built dist/assent.js, and every size quoted is a limit npm run size enforces.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { budgets, expected, readmes, scriptTag } from '../../scripts/readme-sync.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const fix = 'run "npm run readme:sync" (after npm run build) and commit the READMEs';

test('the shop quick start pins this version of the script tag, with the integrity of the build', () => {
  const { url, integrity } = scriptTag();
  for (const path of ['README.md', 'packages/script-tag/README.md']) {
    const text = read(path);
    assert.match(text, /<!-- cdn -->/, `${path} has no CDN snippet`);
    assert.ok(text.includes(`src="${url}"`), `${path}: the CDN snippet is not ${url}: ${fix}`);
    assert.ok(text.includes(`integrity="${integrity}"`), `${path}: the integrity is not the build's: ${fix}`);
    assert.ok(text.includes('crossorigin="anonymous"'), `${path}: the CDN snippet has no crossorigin`);
  }
});

test('the Shopify theme snippet loads this version of the script tag from the CDN', () => {
  // A theme's assets folder is flat: assent.js there could not load the files it finds in folders beside it.
  const { url } = scriptTag();
  const snippet = read('examples/shopify/assent-snippet.liquid');
  assert.ok(snippet.includes(`src="${url}"`), `examples/shopify/assent-snippet.liquid does not load ${url}`);
  assert.ok(snippet.includes('crossorigin="anonymous"'), 'the Shopify snippet has no crossorigin');
});

test('every synced block of every README is up to date', async () => {
  for (const [path, text] of Object.entries(await expected())) {
    assert.ok(text === read(path), `${path} quotes an old build or size limit: ${fix}`);
  }
});

test('every size a README quotes is a limit npm run size enforces', async () => {
  const all = await budgets();
  const limits = new Set(all.map((budget) => Number.parseFloat(budget.limit)));
  // The root README and the npm pages of what runs in a browser (a server's request limits are not downloads).
  const browserPackages = new Set(all.map((budget) => `packages/${budget.package}/README.md`));
  for (const path of readmes.filter((path) => path === 'README.md' || browserPackages.has(path))) {
    // The benchmark's figures are what it measured, not budgets.
    const text = read(path).replace(/<!-- bench -->[\s\S]*?<!-- \/bench -->/g, '');
    for (const [quoted, figure] of text.matchAll(/(\d+(?:\.\d+)?) ?kB/g)) {
      assert.ok(limits.has(Number(figure)), `${path} quotes "${quoted}", which no size budget enforces`);
    }
  }
});
