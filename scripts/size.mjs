// Checks every size budget (size-limit, brotli): the root .size-limit.json (script-tag bundles)
// and each package's "size-limit" field. Each budget counts as one test in CI's closing line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';

const configs = ['.size-limit.json', '.size-limit.js', '.size-limit.cjs', '.size-limit.mjs'];
const places = [
  '.',
  'packages/core',
  'packages/banner',
  'packages/analytics-bridge',
  'packages/receipts',
  'packages/script-tag',
].filter(
  (dir) =>
    existsSync(dir) &&
    (configs.some((file) => existsSync(`${dir}/${file}`)) ||
      (dir !== '.' && Boolean(JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'))['size-limit']))),
);

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const dir of places) {
  const result = spawnSync('npx', ['size-limit', '--json'], { cwd: dir, encoding: 'utf8' });
  let checks;
  try {
    checks = JSON.parse(result.stdout);
  } catch {
    console.error(`size-limit failed in ${dir}:\n${result.stdout}${result.stderr}`);
    totals.failed += 1;
    continue;
  }
  for (const check of checks) {
    const ok = check.passed !== false;
    totals[ok ? 'passed' : 'failed'] += 1;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${dir === '.' ? '' : dir + ': '}${check.name}: ${check.size} B brotli`);
  }
}
mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/size.json', JSON.stringify(totals));
if (totals.failed) process.exit(1);
