// Runs the collector's tests (node:test) on PGlite and on a real PostgreSQL server, one file at a time (each
// starts its own databases), and counts them for CI's closing line (.test-results/collector.json).
import { spawnSync } from 'node:child_process';

const files = process.argv.slice(2).length ? process.argv.slice(2) : ['packages/collector/src'];
const result = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/count-node-tests.mjs',
    '--test-reporter-destination=stdout',
    ...files,
  ],
  { stdio: 'inherit', env: { ...process.env, ASSENT_TEST_STAGE: 'collector' } },
);
process.exit(result.status ?? 1);
