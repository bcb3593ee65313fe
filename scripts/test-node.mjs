// Runs the tests that need no browser (test/node/*.test.mjs: what npm ships, imported on a server, the README
// kept true to the build, and how the bench's report judges its targets), counted as the "node" stage of CI's closing line.
import { runNodeTests, testFiles } from './run-node-tests.mjs';

runNodeTests('node', testFiles('test/node', 'mjs'));
