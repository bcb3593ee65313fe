// Builds the single-page app into build/app.js (ES module, and its chunks), resolving @assent/* as npm users get them:
// the packages' built dist/ (npm run build at the repository root makes them first).
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import esbuild from 'rollup-plugin-esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default [
  {
    input: here('src/main.ts'),
    // A folder, not one file: the banner fetches its preferences layer as a chunk of its own (build/chunks/) only
    // when a visitor is about to open them.
    output: {
      dir: here('build'),
      entryFileNames: 'app.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
    plugins: [
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({ browser: true, extensions: ['.ts', '.mjs', '.js'] }),
      esbuild({ target: 'es2020', minify: true, tsconfig: here('tsconfig.json') }),
    ],
  },
];
