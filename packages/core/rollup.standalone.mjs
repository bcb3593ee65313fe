// dist/standalone.js: @assent/core as one ES module with nanostores inside, for pages that load the package without a
// bundler (an import map). nanostores reads process.env.NODE_ENV whenever a store is made and expects a bundler or an
// ESM CDN to replace it; a page mapping node_modules itself has no process, so this file is built with it replaced.
// Bundlers keep using dist/index.js, which imports nanostores and so shares the one copy an app may already have.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import esbuild from 'rollup-plugin-esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
// The copy this package resolves, the one bundled: its version and licence are the ones named.
const nanostores = `${dirname(createRequire(here('package.json')).resolve('nanostores/package.json'))}/`;
const { version } = JSON.parse(readFileSync(`${nanostores}package.json`, 'utf8'));

// nanostores' licence asks for its notice in every copy: the whole text, once, at the top.
const licence = readFileSync(`${nanostores}LICENSE`, 'utf8').trim();
const banner = `/*\n * @assent/core (MIT), with nanostores ${version} bundled:\n *\n${licence.replace(/^/gm, ' * ').replace(/ +$/gm, '')}\n */`;

export default {
  input: here('src/index.ts'),
  output: { file: here('dist/standalone.js'), format: 'es', sourcemap: true, banner },
  plugins: [
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    // Core's own modules from their TypeScript sources (its "assent-source" export), as the script tag is built.
    nodeResolve({ exportConditions: ['assent-source'], extensions: ['.ts', '.mjs', '.js'] }),
    esbuild({ target: 'es2020', tsconfig: here('tsconfig.build.json') }),
  ],
};
