// Runs the end-to-end tests (Playwright driving Chromium over the built examples) with node's test runner,
// printing the usual spec output and writing the counts to .test-results/e2e.json for CI's closing line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';

for (const built of ['dist/assent.js', 'dist/assent-banner.js', 'examples/spa/build/app.js']) {
  if (!existsSync(built)) {
    console.error(`${built} is missing: run "npm run build" first.`);
    process.exit(1);
  }
}
mkdirSync('.test-results', { recursive: true });
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('examples/e2e')
      .filter((file) => file.endsWith('.test.mjs'))
      .map((file) => `examples/e2e/${file}`);
const result = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./examples/e2e/count-reporter.mjs',
    '--test-reporter-destination=.test-results/e2e.json',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
