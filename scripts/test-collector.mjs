// Runs the collector's tests on PGlite and on a real PostgreSQL server, one file at a time (each starts its own
// databases), counted as the "collector" stage of CI's closing line.
import { runNodeTests, testFiles } from './run-node-tests.mjs';

runNodeTests('collector', testFiles('packages/collector/src', 'js'), { oneAtATime: true });
