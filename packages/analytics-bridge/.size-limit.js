// Budget of @assent/analytics-bridge, measured as it ships: minified, brotli, with process.env.NODE_ENV set to
// "production" as every bundler (and dist/assent.js) does, so the development-only option checks are not counted.
// Purchase checks run in every build (script-tag sites have no development build): they cost about 0.3 kB,
// which is why the limit sits above the 1 kB.
// @assent/core is left out: it has its own budget, and the script tag carries one copy of it for all packages.
const production = (config) => ({ ...config, define: { 'process.env.NODE_ENV': '"production"' } });

export default [
  {
    name: '@assent/analytics-bridge: connectGoogleAnalytics, without @assent/core',
    path: 'dist/index.js',
    import: '{ connectGoogleAnalytics }',
    ignore: ['@assent/core'],
    limit: '1.35 kB',
    modifyEsbuildConfig: production,
  },
];
