// Checks the packages as npm would ship them: packs every public package into a tarball, then runs publint
// (strict) and @arethetypeswrong/cli (ESM-only profile) on each. Each check counts as one test in CI's closing
// line (.test-results/packages.json). Run after npm run build. The tarballs stay in .test-results/packs/ for the
// example app check (scripts/check-example.mjs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { checkExample } from './check-example.mjs';
import { runCheck } from './run-check.mjs';

export const packs = '.test-results/packs';

/** The packages a site puts in front of its visitors, from npm or a CDN. */
export const publicPackages = ['core', 'banner', 'analytics-bridge', 'script-tag', 'receipts', 'collector'].map(
  (name) => `packages/${name}`,
);

const totals = { passed: 0, failed: 0, skipped: 0 };
function check(label, command, args) {
  const ok = runCheck(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(packs, { recursive: true, force: true });
  mkdirSync(packs, { recursive: true });
  for (const dir of publicPackages) {
    const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', `../../${packs}`], {
      cwd: dir,
      encoding: 'utf8',
    });
    if (packed.status !== 0) {
      console.log(`FAIL npm pack ${dir}\n${packed.stderr}`);
      totals.failed += 1;
      continue;
    }
    const [{ filename, name }] = JSON.parse(packed.stdout);
    const tarball = `${packs}/${filename}`;
    check(`publint ${name}`, 'npx', ['publint', 'run', '--strict', tarball]);
    check(`attw (ESM only) ${name}`, 'npx', ['attw', '--profile', 'esm-only', '--format', 'table-flipped', tarball]);
  }
  const example = await checkExample(packs);
  totals.passed += example.passed;
  totals.failed += example.failed;
  mkdirSync('.test-results', { recursive: true });
  writeFileSync('.test-results/packages.json', JSON.stringify(totals));
  if (totals.failed) process.exit(1);
}
