// Server rendering (Next.js, Astro, SvelteKit) imports Assent in Node, where there is no window, document or
// location: every package must load there without throwing and without touching anything, and a store created
// there must say "pending", so the page renders as for a first visit and the browser takes over.
// Runs on what npm ships (the packages' dist/, made by npm run build), in a Node process of its own.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';

const browserGlobals = ['window', 'document', 'location', 'HTMLElement', 'customElements', 'localStorage'];

test('this Node has none of the browser globals the packages use', () => {
  for (const name of browserGlobals) assert.equal(globalThis[name], undefined, name);
});

const languages = readdirSync(new URL('../../packages/banner/dist/i18n/', import.meta.url))
  .filter((file) => /^[a-z-]+\.js$/.test(file) && file !== 'language.js')
  .map((file) => `@assent/banner/i18n/${file.slice(0, -3)}`);
const entries = [
  '@assent/core',
  '@assent/banner',
  '@assent/banner/define',
  '@assent/analytics-bridge',
  '@assent/receipts',
  ...languages,
];

for (const entry of entries) {
  test(`imports ${entry} without a DOM`, async () => {
    const module = await import(entry);
    assert.ok(Object.keys(module).length > 0, `${entry} exports something`);
  });
}

test('createConsent on a server returns a pending store that grants nothing', async () => {
  const { createConsent } = await import('@assent/core');
  const consent = createConsent({ policyVersion: '2024-05', cookieDomain: 'shop.example', respectDoNotTrack: true });
  const state = consent.get();
  assert.equal(state.status, 'pending');
  assert.deepEqual(state.categories, { necessary: true, preferences: false, analytics: false, marketing: false });
  assert.equal(consent.allowed('analytics'), false);
  assert.equal(state.gpc, false);
  assert.equal(state.dnt, false);
  consent.destroy();
});

test('importing and creating a store on a server leaves nothing running: no channel, timer, socket or file', async () => {
  const before = process.getActiveResourcesInfo().sort();
  const { createConsent } = await import('@assent/core');
  await import('@assent/banner/define');
  await import('@assent/analytics-bridge');
  const consent = createConsent({ policyVersion: '2024-05' });
  assert.deepEqual(process.getActiveResourcesInfo().sort(), before);
  consent.destroy();
});

test('an opt-out store on a server starts as the site declared, with nothing to object', async () => {
  const { createConsent } = await import('@assent/core');
  const consent = createConsent({ policyVersion: '1', mode: 'opt-out', categories: ['analytics'] });
  assert.equal(consent.get().status, 'pending');
  assert.equal(consent.allowed('analytics'), true);
  consent.destroy();
});

test('the banner class exists on a server but is not registered anywhere', async () => {
  const { AssentBanner } = await import('@assent/banner/define');
  assert.equal(typeof AssentBanner, 'function');
  assert.equal(globalThis.customElements, undefined);
});

test('the language chooser is importable on a server and lists English', async () => {
  const { languages } = await import('@assent/banner');
  assert.ok(languages.includes('en'));
});

test('@assent/collector gives a Node program the collector to mount or start, and its configuration', async () => {
  const collector = await import('@assent/collector');
  assert.deepEqual(Object.keys(collector).sort(), ['ConfigError', 'createCollector', 'readConfig', 'serveCollector']);
  assert.throws(() => collector.readConfig({ PORT: 'eighty' }), collector.ConfigError);
});
