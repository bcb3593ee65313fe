// Builds every package (ES modules + .d.ts, by tsc) and then the script-tag bundles (rollup.config.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { minifyStyles } from './minify-styles.mjs';

// core first: the other packages compile against its declarations.
const packages = ['core', 'banner', 'analytics-bridge', 'receipts'];

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

for (const name of packages) {
  rmSync(`packages/${name}/dist`, { recursive: true, force: true });
  if (existsSync(`packages/${name}/src/index.ts`)) run('npx', ['tsc', '-p', `packages/${name}/tsconfig.build.json`]);
}
// The banner's CSS ships minified; a moved file must fail the build, not ship its comments and indentation.
const styles = 'packages/banner/dist/banner/banner.styles.js';
writeFileSync(styles, minifyStyles(readFileSync(styles, 'utf8')));
const { default: bundles } = await import('../rollup.config.mjs');
if (bundles.length) run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
