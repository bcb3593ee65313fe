// A node:test reporter that counts the tests of a stage and writes .test-results/<stage>.json (the stage is the
// ASSENT_TEST_STAGE variable, default "node"), which scripts/summary.mjs adds to CI's closing line.
import { mkdirSync, writeFileSync } from 'node:fs';

export default async function* countNodeTests(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    // Suites report their tests; a file that fails to load reports only itself, and counts as one failure.
    if (event.data.details?.type === 'suite') continue;
    if (event.type === 'test:fail') totals.failed += 1;
    else if (event.data.skip !== undefined || event.data.todo !== undefined) totals.skipped += 1;
    else totals.passed += 1;
  }
  mkdirSync('.test-results', { recursive: true });
  writeFileSync(`.test-results/${process.env.ASSENT_TEST_STAGE || 'node'}.json`, JSON.stringify(totals));
  yield `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`;
}
