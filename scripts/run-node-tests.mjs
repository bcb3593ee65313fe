// Runs test files with node's test runner: the usual spec output, and the counts of the stage written to
// .test-results/<stage>.json (scripts/count-node-tests.mjs) for CI's closing line. Exits with the runner's status.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files named on the command line, or else every `*.test.<ext>` under `folder`.
 * @param {string} folder @param {string} ext
 */
export function testFiles(folder, ext) {
  const named = process.argv.slice(2);
  if (named.length) return named;
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(`.test.${ext}`))
    .map((file) => join(folder, file));
}

/**
 * @example
 * runNodeTests('e2e', testFiles('examples/e2e', 'mjs'), { oneAtATime: true });
 * @param {string} stage @param {string[]} files
 * @param {{ oneAtATime?: boolean }} [how] one file at a time, for files that each start a browser or a database
 */
export function runNodeTests(stage, files, { oneAtATime = false } = {}) {
  const result = spawnSync(
    process.execPath,
    [
      '--test',
      ...(oneAtATime ? ['--test-concurrency=1'] : []),
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/count-node-tests.mjs',
      '--test-reporter-destination=stdout',
      ...files,
    ],
    { stdio: 'inherit', env: { ...process.env, ASSENT_TEST_STAGE: stage } },
  );
  process.exit(result.status ?? 1);
}
