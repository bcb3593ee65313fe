// The dependency rule fails when a package imports across its layer, and holds on the repository as it is.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { layerViolations } from '../../scripts/check-layers.mjs';

function tree(files) {
  const root = mkdtempSync(join(tmpdir(), 'assent-layers-'));
  for (const name of ['core', 'banner', 'analytics-bridge'])
    mkdirSync(join(root, 'packages', name, 'src'), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, 'packages', path), text);
  return root;
}

test('the repository keeps its layers', () => {
  assert.deepEqual(layerViolations('.'), []);
});

const crossings = {
  'core imports the banner': ['core/src/a.ts', "import { AssentBanner } from '@assent/banner';"],
  'core imports the bridge by a relative path': [
    'core/src/a.ts',
    "export * from '../../analytics-bridge/src/index.js';",
  ],
  'the banner imports the bridge': ['banner/src/a.ts', "import type { Purchase } from '@assent/analytics-bridge';"],
  'the bridge imports the banner lazily': [
    'analytics-bridge/src/a.ts',
    "const banner = import('@assent/banner/define');",
  ],
};
for (const [what, [path, line]] of Object.entries(crossings)) {
  test(`fails when ${what}`, () => {
    const root = tree({ [path]: line });
    try {
      const found = layerViolations(root);
      assert.equal(found.length, 1, `expected one violation, got ${JSON.stringify(found)}`);
      assert.match(found[0], new RegExp(`^packages/${path.replace(/[/.]/g, '\\$&')}: imports @assent/`));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
}

test('lets the banner and the bridge import core', () => {
  const root = tree({
    'banner/src/a.ts': "import { mustBe } from '@assent/core';",
    'analytics-bridge/src/a.ts':
      "import { removeCookies, type Consent } from '@assent/core';\nimport { x } from './b.js';",
  });
  try {
    assert.deepEqual(layerViolations(root), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
