// Counts every test in every engine and writes the totals to .test-results/<stage>.json,
// which scripts/summary.mjs adds up into CI's closing "N passed, N failed" line.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countingReporter(stage) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load has no test results but is still a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length)
          totals.failed += 1;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(`.test-results/${stage}.json`, JSON.stringify(totals));
    },
  };
}
