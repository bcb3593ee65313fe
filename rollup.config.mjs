// The script-tag bundles in dist/ (see packages' own dist/ for the npm builds, made by tsc):
// dist/assent.js, a classic script (core, gating, the GA bridge, window.assent and the banner loader);
// dist/assent-banner.js, an ES module with lit and <assent-banner>, imported by assent.js only when the banner must show;
// dist/i18n/<code>.js, one ES module per language, fetched beside it;
// dist/i18n/placeholders/<code>.js, the placeholders' texts in each language, fetched beside assent-placeholders.js;
// dist/assent-placeholders.js, an ES module with the placeholders of embeds that wait for consent, imported by
// assent.js only on a page that has such an embed;
// dist/integrations/<name>.js, one ES module per integration (Tag Manager, Shopify, receipts, Meta, UET, Clarity,
// Matomo, rules by region), imported by assent.js only when the page uses it.
// The example single-page app has a config of its own (examples/spa/rollup.config.mjs): it is built on the
// packages' npm builds, which `npm start` does not need.
import { existsSync, readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { STYLES_MODULE, minifyStyles } from './scripts/minify-styles.mjs';
import { licenceBanner } from './scripts/licence-banner.mjs';
import { noticeInput, noticeSplit } from './scripts/notice-split.mjs';
import { trimTemplates } from './scripts/trim-templates.mjs';

const LIT_TEMPLATES = /\b(html|svg)\s*`/;

// V8's compile hint (Chromium 136 and later; to other engines a comment): compile every function of the file while it
// downloads, off the main thread, instead of parsing each one again and compiling it on the main thread when first
// called. Only for assent.js, whose functions nearly all run on every page view. Added once minified (the minifiers
// drop such comments), as a first line of its own: the source map's lines move down by one.
const compileHint = {
  name: 'compile-hint',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type != 'chunk') continue;
      chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      // The map file is already its own asset by now, written from its text: that is what must move down.
      const file = bundle[`${chunk.fileName}.map`];
      const map = JSON.parse(file.source);
      map.mappings = `;${map.mappings}`;
      file.source = JSON.stringify(map);
    }
  },
};

const plugins = (...first) => [
  ...first,
  // nanostores reads process.env.NODE_ENV at run time; a shop's page has no process.
  // These files only ever run in a page: the server-rendering guards (typeof document == 'undefined') fold away.
  replace({
    preventAssignment: true,
    values: { 'process.env.NODE_ENV': JSON.stringify('production'), 'typeof document': JSON.stringify('object') },
  }),
  // The workspace packages' TypeScript sources (their "assent-source" export), so no tsc step is needed first.
  nodeResolve({ exportConditions: ['assent-source', 'browser', 'production'], extensions: ['.ts', '.mjs', '.js'] }),
  { name: 'minify-styles', transform: (code, id) => (STYLES_MODULE.test(id) ? minifyStyles(code) : null) },
  { name: 'trim-templates', transform: (code, id) => (LIT_TEMPLATES.test(code) ? trimTemplates(code, id) : null) },
  esbuild({ target: 'es2020', minify: true, tsconfig: 'tsconfig.json', legalComments: 'inline' }),
  // A second pass over the whole bundle: about 4% fewer brotli bytes than esbuild's minifier alone.
  // Only the licence banner's comment is kept: it names every bundled package once, where their own notices would
  // repeat in every chunk.
  terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: (_, { value }) => value.startsWith('! Assent') } }),
  licenceBanner(),
];

const i18n = 'packages/banner/src/i18n';
const languages = existsSync(i18n)
  ? readdirSync(i18n)
      .filter((file) => /^[a-z]{2,3}(-[a-z0-9]+)?\.ts$/i.test(file) && file !== 'en.ts')
      .map((file) => file.slice(0, -3))
  : [];

export default [
  {
    input: 'packages/script-tag/src/main.ts',
    // Source maps beside the files for error trackers, without a sourceMappingURL comment in what visitors download.
    output: { file: 'dist/assent.js', format: 'iife', sourcemap: 'hidden' },
    plugins: plugins(compileHint),
  },
  {
    input: {
      'assent-banner': 'packages/script-tag/src/banner-entry.ts',
      ...Object.fromEntries(languages.map((code) => [`i18n/${code}`, `${i18n}/${code}.ts`])),
      // The placeholders' own texts, fetched only beside assent-placeholders.js.
      ...Object.fromEntries(languages.map((code) => [`i18n/placeholders/${code}`, `${i18n}/placeholders/${code}.ts`])),
      // The texts of the opt-out notice, fetched only where a rule by region shows it (see scripts/notice-split.mjs).
      ...Object.fromEntries(['en', ...languages].map((code) => [`i18n/notice/${code}`, noticeInput(code)])),
    },
    // The per-service switches (a chunk imported by assent-banner.js) take lit from assent-banner.js itself, which
    // may export it for them, instead of both importing a third file on every first visit.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: 'hidden',
    },
    plugins: [noticeSplit(i18n), ...plugins()],
  },
  // Each integration in a file of its own, imported by assent.js only when the page uses it, and built on its own
  // so that it shares no chunk with the banner: a first visit must not fetch one more file.
  ...['gtm', 'shopify', 'receipts', 'meta', 'uet', 'clarity', 'matomo', 'regions'].map((name) => ({
    input: `packages/script-tag/src/integrations/${name}.ts`,
    output: { file: `dist/integrations/${name}.js`, format: 'es', sourcemap: 'hidden' },
    plugins: plugins(),
  })),
  // The placeholders of embeds that wait for consent, imported by assent.js only on a page that has one; on their
  // own, so that they share no chunk with the banner.
  {
    input: 'packages/script-tag/src/placeholders-entry.ts',
    output: { file: 'dist/assent-placeholders.js', format: 'es', sourcemap: 'hidden' },
    plugins: plugins(),
  },
];
