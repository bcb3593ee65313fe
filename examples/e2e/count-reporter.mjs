// A node:test reporter that counts tests ({ passed, failed, skipped }) as JSON, for .test-results/e2e.json,
// the way scripts/counting-reporter.mjs does for the browser suites. Suites are not counted, their tests are;
// a test file that crashes before its tests run counts as one failure.
export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if ((event.type !== 'test:pass' && event.type !== 'test:fail') || event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped += 1;
    else totals[event.type === 'test:pass' ? 'passed' : 'failed'] += 1;
  }
  yield JSON.stringify(totals);
}
