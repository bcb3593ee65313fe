// What a site's TypeScript gets from the packages' declarations (dist/, made by npm run build): each file in
// test/types/ is type-checked as a user's project would be, against the packages as npm resolves them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

test("a shop's code beside assent.js type-checks: window.assent, window.assentConfig and the assent-* events", () => {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'test/types'], {
    encoding: 'utf8',
  });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});
