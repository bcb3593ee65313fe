// Loaded without a bundler (an import map, an ESM CDN) there is no `process` in a browser: what npm ships must not
// read it at run time, in production (dist/) or in development (dist/development/, the "development" condition).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../packages/', import.meta.url);
const browserPackages = ['core', 'banner', 'analytics-bridge', 'receipts'];

function* scripts(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* scripts(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

for (const name of browserPackages) {
  test(`@assent/${name} reads no process at run time`, () => {
    const files = [...scripts(new URL(`${name}/dist/`, root).pathname)];
    assert.ok(files.length > 0, 'built');
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      assert.doesNotMatch(code, /\bprocess\s*\./, file);
    }
  });
}

test('the development build keeps the option checks that production leaves out', async () => {
  const production = readFileSync(new URL('core/dist/options/options.js', root), 'utf8');
  const development = readFileSync(new URL('core/dist/development/options/options.js', root), 'utf8');
  assert.match(production, /"production" !== 'production'/);
  assert.match(development, /"development" !== 'production'/);
  const { createConsent } = await import(new URL('core/dist/development/index.js', root));
  assert.throws(
    () => createConsent({ policyVersion: '1', mode: 'optin' }),
    /option "mode" must be "opt-in" or "opt-out"/,
  );
});
