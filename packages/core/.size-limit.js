// Budgets of @assent/core, measured as it ships: bundled with nanostores, minified, brotli,
// with process.env.NODE_ENV set to "production" as every bundler (and dist/assent.js) does.
const production = (config) => ({ ...config, define: { 'process.env.NODE_ENV': '"production"' } });

export default [
  {
    name: '@assent/core: createConsent + gateElements, with nanostores',
    path: 'dist/index.js',
    import: '{ createConsent, gateElements }',
    limit: '4.21 kB',
    modifyEsbuildConfig: production,
  },
  {
    name: '@assent/core: removeCookies alone (used by the analytics bridge)',
    path: 'dist/index.js',
    import: '{ removeCookies }',
    limit: '500 B',
    modifyEsbuildConfig: production,
  },
];
