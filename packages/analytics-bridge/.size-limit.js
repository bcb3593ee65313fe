// Budget of @assent/analytics-bridge, the 1 kB, measured as it ships: minified, brotli, with
// process.env.NODE_ENV set to "production" as every bundler (and dist/assent.js) does, so the development-only
// checks of options and purchases are not counted (the script tag runs the purchase checks in every build, and
// counts them in its own budget).
// @assent/core is left out: it has its own budget, and the script tag carries one copy of it for all packages.
const production = (config) => ({ ...config, define: { 'process.env.NODE_ENV': '"production"' } });

export default [
  {
    name: '@assent/analytics-bridge: connectGoogleAnalytics, without @assent/core',
    path: 'dist/index.js',
    import: '{ connectGoogleAnalytics }',
    ignore: ['@assent/core'],
    limit: '1 kB',
    modifyEsbuildConfig: production,
  },
];
