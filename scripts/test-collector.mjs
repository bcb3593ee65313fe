// Runs the collector's tests on PGlite and on a real PostgreSQL server, one file at a time (each starts its own
// databases), counted as the "collector" stage of CI's closing line.
import { runNodeTests } from './run-node-tests.mjs';

const files = process.argv.slice(2).length ? process.argv.slice(2) : ['packages/collector/src'];
runNodeTests('collector', files, { oneAtATime: true });
