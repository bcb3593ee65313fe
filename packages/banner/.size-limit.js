// Budgets of @assent/banner, measured as it ships: bundled, minified, brotli. The element's preferences layer is a
// module it imports only when a visitor is about to open them (dist/banner/preferences.js): a bundler puts it in a
// chunk of its own, so it is counted on its own, not in what the element costs up front.
const preferencesApart = (config) => ({
  ...config,
  plugins: [
    ...(config.plugins ?? []),
    {
      name: 'preferences-apart',
      setup(build) {
        build.onResolve({ filter: /^\.\/preferences\.js$/ }, ({ path, kind }) =>
          kind === 'dynamic-import' ? { path, external: true } : undefined,
        );
      },
    },
  ],
});

export default [
  {
    name: "<assent-banner> with lit and English (import '@assent/banner/define'), without its preferences layer",
    path: 'dist/define.js',
    limit: '7.96 kB',
    modifyEsbuildConfig: preferencesApart,
  },
  {
    name: 'the preferences layer, imported by <assent-banner> when a visitor is about to open them (lit and core not counted)',
    path: 'dist/banner/preferences.js',
    ignore: ['@assent/core', 'lit'],
    limit: '1.03 kB',
  },
  {
    name: '@assent/banner/placeholders: placeholders over embeds that wait for consent, with English, without @assent/core',
    path: 'dist/placeholders.js',
    import: '{ placeholders }',
    ignore: ['@assent/core'],
    limit: '3.26 kB',
  },
  {
    name: '@assent/banner/services: the switch per service, beside <assent-banner> (lit and core not counted)',
    path: 'dist/services.js',
    ignore: ['@assent/core', 'lit'],
    limit: '760 B',
  },
];
