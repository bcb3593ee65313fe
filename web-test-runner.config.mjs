// Runs every *.test.ts beside the code it tests in Chromium, Firefox and WebKit.
// How each engine starts on Debian is described in the README ("Tests").
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
// Firefox through puppeteer-core (WebDriver BiDi): unlike puppeteer, it downloads no browser when installed.
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { emulateMediaPlugin, sendKeysPlugin, setViewportPlugin } from '@web/test-runner-commands/plugins';
import { browserPaths, chromiumArgs } from './scripts/browsers.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { collectorPlugin } from './packages/receipts/src/test/collector-plugin.mjs';

const paths = browserPaths();
const wanted = (process.env.ASSENT_BROWSERS || 'chromium,firefox,webkit').split(',');
// Tests run on a made-up site so that cookies on a parent domain (.shop.test) are real.
// scripts/test-browsers.mjs makes sure this name resolves to 127.0.0.1.
const hostname = process.env.ASSENT_TEST_HOST || 'www.shop.test';

const freshDir = (name) => mkdtempSync(join(tmpdir(), `assent-${name}-`));

let webkitDriver;
const webkitPort = 4444 + Math.floor(Math.random() * 1000);

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: paths.chromium, args: chromiumArgs() },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: paths.firefox,
        headless: true,
        userDataDir: freshDir('firefox'),
        extraPrefsFirefox: {
          // GPC is off by default; tests that need it override navigator.globalPrivacyControl themselves.
          'network.dns.disablePrefetch': true,
          'dom.disable_open_during_load': false,
        },
      },
    }),
  );
}
if (wanted.includes('webkit')) {
  webkitDriver = spawn(paths.webkitDriver, [`--port=${webkitPort}`], { stdio: 'ignore' });
  process.on('exit', () => webkitDriver.kill());
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: webkitPort,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] },
      },
    }),
  );
}

export default {
  files: ['packages/*/src/**/*.test.ts'],
  hostname,
  // Workspace packages resolve to their TypeScript sources (the "assent-source" export), so tests never wait for a build.
  nodeResolve: { exportConditions: ['assent-source', 'browser', 'development'] },
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 30000 } }, // the first accessibility check of a file loads axe: slow on a shared machine
  browsers,
  // Pages with an opaque origin (sandboxed frames in the storage tests) load modules only with CORS.
  middleware: [
    (context, next) => {
      context.set('Access-Control-Allow-Origin', '*');
      return next();
    },
    // ?delay=<ms> holds a response back: tests of what happens while a script is still loading.
    async (context, next) => {
      const delay = Math.min(Number(context.query.delay) || 0, 5000);
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    sendKeysPlugin(),
    setViewportPlugin(),
    emulateMediaPlugin(),
    collectorPlugin(),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<script>window.process = { env: { NODE_ENV: 'development' } };</script>
</head><body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter('browsers')],
};
