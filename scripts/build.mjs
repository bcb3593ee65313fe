// Builds every package (ES modules + .d.ts, by tsc) and then the script-tag bundles (rollup.config.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { splitModes } from './build-modes.mjs';
import { minifyStyles } from './minify-styles.mjs';
import { trimTemplates } from './trim-templates.mjs';
import { packScriptTag } from './script-tag-package.mjs';

// core first: the other packages compile against its declarations.
const packages = ['core', 'banner', 'analytics-bridge', 'receipts'];

function run(command, args, cwd = '.') {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

for (const name of packages) {
  rmSync(`packages/${name}/dist`, { recursive: true, force: true });
  if (existsSync(`packages/${name}/src/index.ts`)) run('npx', ['tsc', '-p', `packages/${name}/tsconfig.build.json`]);
}
// The collector is JavaScript with JSDoc types: its declarations are generated for the package's users.
rmSync('packages/collector/dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'packages/collector/tsconfig.build.json']);
// The banner package's CSS ships minified; a moved file must fail the build, not ship its comments and indentation.
for (const styles of ['banner/banner', 'banner/preferences', 'theme/theme', 'placeholder/placeholder'].map(
  (name) => `packages/banner/dist/${name}.styles.js`,
))
  writeFileSync(styles, minifyStyles(readFileSync(styles, 'utf8')));
// Its lit templates ship without the indentation of their lines (see trim-templates.mjs).
for (const file of readdirSync('packages/banner/dist', { recursive: true }).map(
  (name) => `packages/banner/dist/${name}`,
)) {
  if (!file.endsWith('.js')) continue;
  const code = readFileSync(file, 'utf8');
  if (/\b(html|svg)\s*`/.test(code)) writeFileSync(file, trimTemplates(code, file));
}
// The banner's custom-elements manifest, from its JSDoc, beside the code it describes (package.json "customElements").
if (!existsSync('node_modules/.bin/cem')) {
  console.error('The custom-elements manifest analyzer is missing: run npm install (it is a dev dependency).');
  process.exit(1);
}
run('npx', ['cem', 'analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs'], 'packages/banner');
// Packages with development checks publish both modes (see build-modes.mjs).
for (const name of packages) {
  const manifest = readFileSync(`packages/${name}/package.json`, 'utf8');
  if (manifest.includes('"development"')) splitModes(`packages/${name}/dist`);
}
// @assent/core in one file with nanostores inside, for pages without a bundler (see the config's comment).
run('npx', ['rollup', '-c', 'packages/core/rollup.standalone.mjs', '--silent']);
const { default: bundles } = await import('../rollup.config.mjs');
if (bundles.length) run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
// @assent/script-tag publishes the same files, with its type declarations.
packScriptTag();
run('npx', ['tsc', '-p', 'packages/script-tag/tsconfig.build.json']);
// The example single-page app, on the npm builds made above.
run('npx', ['rollup', '-c', 'examples/spa/rollup.config.mjs', '--silent']);
writeFileSync(
  'packages/script-tag/dist/types/types.js',
  '// Types only: see types.d.ts. assent.js is the script.\nexport {};\n',
);
