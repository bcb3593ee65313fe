// Runs the tests that need no browser (test/node/*.test.mjs: what npm ships, imported on a server, and the README
// kept true to the build), counted as the "node" stage of CI's closing line.
import { runNodeTests, testFiles } from './run-node-tests.mjs';

runNodeTests('node', testFiles('test/node', 'mjs'));
