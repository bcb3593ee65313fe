// The consent managers compared, each doing the same job on the same page: a banner with accept, reject and
// preferences for analytics and marketing, Google Analytics (G-BENCH00001) and two site scripts gated on consent.
// Each manager's files are served under /m/<id>/, so that the bytes it costs can be told from the page's own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const version = (pkg) => JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;
const packageDir = (pkg) => dirname(require.resolve(`${pkg}/package.json`));

export const GA_ID = 'G-BENCH00001';
const GTAG = `https://www.googletagmanager.com/gtag/js?id=${GA_ID}`;

/**
 * @typedef {object} Manager
 * @property {string} id short name, also the URL prefix of its files
 * @property {string} name
 * @property {string} version
 * @property {Record<string, string>} files URL path under /m/<id>/ -> file on disk
 * @property {string} head what the site puts in <head>
 * @property {string} body what the site puts at the end of <body> (its gated elements)
 * @property {{ accept: string, reject: string, preferences: string }} buttons CSS selectors of the first layer's
 *   buttons, searched in the document and in every shadow root
 * @property {string} setup how it is set up, for the report
 * @property {boolean} [longPage] false to leave it out of the long page
 * @property {{ script: (category: string, code: string) => string, iframe: (category: string, src: string) => string }} gate
 *   the manager's syntax for an inline script and an iframe held back until `category` is accepted (long page)
 */

// Below the fold and lazy: a granted iframe gets its address but is not loaded during the visit, so the long page
// measures the gating, not the loading of 30 frames.
const lazyFrame = (attributes) =>
  `<iframe ${attributes} loading="lazy" title="Partner video" width="320" height="180"></iframe>`;

// cookieconsent's own configuration (bench/peers/cookieconsent/config.js) without its import of the UMD build,
// for the setup that loads the UMD build with a plain tag and runs the configuration inline.
const cookieconsentInline = readFileSync(join(here, 'peers/cookieconsent/config.js'), 'utf8').replace(
  /^import '\.\/cookieconsent\.umd\.js';\n/m,
  '',
);
if (cookieconsentInline.includes('import ')) throw new Error('bench: config.js no longer starts with its one import');
const cookieconsentGate = {
  script: (category, code) => `<script type="text/plain" data-category="${category}">${code}</script>`,
  // cookieconsent's core gates scripts only (its docs point to a separate plugin for iframes): the iframe stays
  // without a source, as the page would write it for that plugin.
  iframe: (_category, src) => lazyFrame(`data-src="${src}"`),
};

/** @type {Manager[]} */
export const managers = [
  {
    id: 'assent',
    name: 'Assent',
    version: JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8')).version,
    // Everything `npm run build` puts in dist/: assent.js plus the banner files it loads beside itself.
    files: { '': join(root, 'dist') },
    // The README's snippet: deferred, so that it never holds back the first paint.
    head: `<script src="/m/assent/assent.js" defer data-policy-version="2026-01" data-privacy-url="/privacy"
  data-categories="analytics marketing" data-ga="${GA_ID}"></script>`,
    body: `<script type="text/plain" data-consent="analytics" src="/site/gated-analytics.js"></script>
<script type="text/plain" data-consent="marketing" src="/site/gated-marketing.js"></script>`,
    // <assent-banner> renders in an open shadow root; its buttons carry `part` names (banner.component.ts).
    buttons: {
      accept: 'button[part~="accept"]',
      reject: 'button[part~="reject"]',
      preferences: 'button[part~="customize"]',
    },
    setup:
      'one deferred script tag with data attributes (data-policy-version, data-categories, data-ga); gated elements `data-consent`',
    gate: {
      script: (category, code) => `<script type="text/plain" data-consent="${category}">${code}</script>`,
      iframe: (category, src) => lazyFrame(`data-consent="${category}" data-src="${src}"`),
    },
  },
  {
    id: 'cookieconsent',
    name: 'vanilla-cookieconsent',
    version: version('vanilla-cookieconsent'),
    files: {
      'cookieconsent.css': join(packageDir('vanilla-cookieconsent'), 'dist/cookieconsent.css'),
      'cookieconsent.umd.js': join(packageDir('vanilla-cookieconsent'), 'dist/cookieconsent.umd.js'),
      'config.js': join(here, 'peers/cookieconsent/config.js'),
    },
    head: `<link rel="stylesheet" href="/m/cookieconsent/cookieconsent.css">
<script type="text/plain" data-category="analytics" async src="${GTAG}"></script>`,
    body: `<script type="text/plain" data-category="analytics" src="/site/gated-analytics.js"></script>
<script type="text/plain" data-category="marketing" src="/site/gated-marketing.js"></script>
<script type="module" src="/m/cookieconsent/config.js"></script>`,
    buttons: {
      accept: '#cc-main .cm [data-role="all"]',
      reject: '#cc-main .cm [data-role="necessary"]',
      preferences: '#cc-main .cm [data-role="show"]',
    },
    setup:
      'bench/peers/cookieconsent/config.js (module importing the UMD build) + cookieconsent.css; gated elements `data-category`',
    gate: cookieconsentGate,
  },
  {
    id: 'cookieconsent-tags',
    name: 'vanilla-cookieconsent (plain tags)',
    version: version('vanilla-cookieconsent'),
    files: {
      'cookieconsent.css': join(packageDir('vanilla-cookieconsent'), 'dist/cookieconsent.css'),
      'cookieconsent.umd.js': join(packageDir('vanilla-cookieconsent'), 'dist/cookieconsent.umd.js'),
    },
    head: `<link rel="stylesheet" href="/m/cookieconsent-tags/cookieconsent.css">
<script type="text/plain" data-category="analytics" async src="${GTAG}"></script>`,
    // At the end of <body>: CookieConsent.run() looks for the gated scripts once, so it runs after them.
    body: `<script type="text/plain" data-category="analytics" src="/site/gated-analytics.js"></script>
<script type="text/plain" data-category="marketing" src="/site/gated-marketing.js"></script>
<script src="/m/cookieconsent-tags/cookieconsent.umd.js"></script>
<script>${cookieconsentInline}</script>`,
    buttons: {
      accept: '#cc-main .cm [data-role="all"]',
      reject: '#cc-main .cm [data-role="necessary"]',
      preferences: '#cc-main .cm [data-role="show"]',
    },
    setup: `cookieconsent.css in \`<head>\`, cookieconsent.umd.js as a plain script tag and the same configuration inline (\`CookieConsent.run()\`, ${(Buffer.byteLength(cookieconsentInline) / 1000).toFixed(1)} kB raw, in the page's HTML and so not counted in its bytes) at the end of \`<body>\`; gated elements \`data-category\``,
    gate: cookieconsentGate,
  },
  {
    id: 'klaro',
    name: 'klaro',
    version: version('klaro'),
    files: {
      'config.js': join(here, 'peers/klaro/config.js'),
      'klaro.js': join(packageDir('klaro'), 'dist/klaro.js'),
    },
    head: `<script defer src="/m/klaro/config.js"></script>
<script defer src="/m/klaro/klaro.js"></script>
<script type="text/plain" data-type="text/javascript" data-name="google-analytics" async data-src="${GTAG}"></script>`,
    body: `<script type="text/plain" data-type="text/javascript" data-name="shop-statistics" data-src="/site/gated-analytics.js"></script>
<script type="text/plain" data-type="text/javascript" data-name="marketing-pixel" data-src="/site/gated-marketing.js"></script>`,
    buttons: {
      accept: '.klaro .cookie-notice .cm-btn-success',
      reject: '.klaro .cookie-notice .cn-decline',
      preferences: '.klaro .cookie-notice .cn-learn-more',
    },
    setup:
      'bench/peers/klaro/config.js (`window.klaroConfig`) + klaro.js (the default build, styles and translations included); gated elements `data-name`',
    // Not on the long page: at 4× CPU slowdown klaro did not settle there within a minute.
    longPage: false,
    gate: {
      script: (_category, code) =>
        `<script type="text/plain" data-type="text/javascript" data-name="shop-statistics">${code}</script>`,
      iframe: (_category, src) => lazyFrame(`data-name="marketing-pixel" data-src="${src}"`),
    },
  },
];

/** The same page with no consent manager: what the page alone costs, subtracted from main-thread figures. */
export const pageAlone = {
  id: 'none',
  name: 'page alone',
  version: '',
  files: {},
  head: '',
  body: '',
  buttons: null,
  setup: 'no consent manager',
  // What the page costs with nothing held back: every script runs, every iframe has its address.
  gate: {
    script: (_category, code) => `<script>${code}</script>`,
    iframe: (_category, src) => lazyFrame(`src="${src}"`),
  },
};

/**
 * The short page as a site runs it without a consent manager: Google's gtag.js snippet and the two site scripts, as
 * plain tags. Its returning visit is what every setup's returning visit must do anyway (everything is accepted), so
 * subtracting it leaves what the consent manager itself costs.
 */
export const tagsAlone = {
  ...pageAlone,
  id: 'tags',
  name: 'the page with its tags, no consent manager',
  head: `<script async src="${GTAG}"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag() { dataLayer.push(arguments); } gtag('js', new Date()); gtag('config', '${GA_ID}');</script>`,
  body: `<script src="/site/gated-analytics.js"></script>
<script src="/site/gated-marketing.js"></script>`,
  setup: "no consent manager; Google's gtag.js snippet and the two site scripts as plain tags",
};
