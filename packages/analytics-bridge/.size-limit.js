// Budget of @assent/analytics-bridge, the 1 kB, measured as it ships: minified, brotli, with
// process.env.NODE_ENV set to "production" as every bundler (and dist/assent.js) does, so the development-only
// checks of options and purchases are not counted (the script tag runs the purchase checks in every build, and
// counts them in its own budget).
// Each vendor is its own entry: a site pays only for what it imports (and the script tag loads each as a chunk
// only when configured). @assent/core is left out: it has its own budget, and the script tag carries one copy of it for all packages.
const production = (config) => ({ ...config, define: { 'process.env.NODE_ENV': '"production"' } });

export default [
  {
    name: '@assent/analytics-bridge: connectGoogleAnalytics, without @assent/core',
    path: 'dist/index.js',
    import: '{ connectGoogleAnalytics }',
    ignore: ['@assent/core'],
    limit: '1.22 kB',
    modifyEsbuildConfig: production,
  },
  {
    name: '@assent/analytics-bridge: connectTagManager (Google Tag Manager), without @assent/core',
    path: 'dist/index.js',
    import: '{ connectTagManager }',
    ignore: ['@assent/core'],
    limit: '955 B',
    modifyEsbuildConfig: production,
  },
  {
    name: '@assent/analytics-bridge: connectMetaPixel (Meta pixel), without @assent/core',
    path: 'dist/index.js',
    import: '{ connectMetaPixel }',
    ignore: ['@assent/core'],
    limit: '555 B',
    modifyEsbuildConfig: production,
  },
  {
    name: '@assent/analytics-bridge: connectMicrosoftAds (Microsoft UET), without @assent/core',
    path: 'dist/index.js',
    import: '{ connectMicrosoftAds }',
    ignore: ['@assent/core'],
    limit: '585 B',
    modifyEsbuildConfig: production,
  },
  {
    name: '@assent/analytics-bridge: connectClarity (Microsoft Clarity), without @assent/core',
    path: 'dist/index.js',
    import: '{ connectClarity }',
    ignore: ['@assent/core'],
    limit: '525 B',
    modifyEsbuildConfig: production,
  },
  {
    name: '@assent/analytics-bridge: connectMatomo (Matomo), without @assent/core',
    path: 'dist/index.js',
    import: '{ connectMatomo }',
    ignore: ['@assent/core'],
    limit: '535 B',
    modifyEsbuildConfig: production,
  },
  {
    name: '@assent/analytics-bridge: connectShopify, onShopify (Shopify Customer Privacy API), without @assent/core',
    path: 'dist/index.js',
    import: '{ connectShopify, onShopify }',
    ignore: ['@assent/core'],
    limit: '900 B',
    modifyEsbuildConfig: production,
  },
];
