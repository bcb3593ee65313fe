// One check of the package stage (scripts/check-packages.mjs, scripts/check-example.mjs): a line saying whether it
// passed, and what it printed when it did not.
import { spawnSync } from 'node:child_process';

/** Prints `ok` or `FAIL` and the label, and the details of a failure; returns whether it passed. */
export function report(label, ok, details) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
  if (!ok && details !== undefined) console.log(details);
  return ok;
}

/** Runs a command (in `cwd`) as one check: it passes when the command exits with 0. */
export function runCheck(label, command, args, cwd = '.') {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return report(label, result.status === 0, result.stdout + result.stderr);
}
