// Runs the tests that need no browser (test/node/*.test.mjs: what npm ships, imported on a server, and the README
// kept true to the build) with node's test runner, writing the counts to .test-results/node.json for CI's closing line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';

mkdirSync('.test-results', { recursive: true });
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('test/node')
      .filter((file) => file.endsWith('.test.mjs'))
      .map((file) => `test/node/${file}`);
const result = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./examples/e2e/count-reporter.mjs',
    '--test-reporter-destination=.test-results/node.json',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
