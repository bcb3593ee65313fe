// Runs the end-to-end tests (Playwright driving Chromium over the built examples) with node's test runner,
// counted as the "e2e" stage of CI's closing line.
import { existsSync } from 'node:fs';
import { runNodeTests, testFiles } from '../../scripts/run-node-tests.mjs';

for (const built of ['dist/assent.js', 'dist/assent-banner.js', 'examples/spa/build/app.js']) {
  if (!existsSync(built)) {
    console.error(`${built} is missing: run "npm run build" first.`);
    process.exit(1);
  }
}
runNodeTests('e2e', testFiles('examples/e2e', 'mjs'), { oneAtATime: true });
