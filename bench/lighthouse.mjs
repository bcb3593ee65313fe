// Lighthouse (mobile, performance) on the storefront as `npm start` serves it: does the render-blocking audit name
// any of Assent's files, and is text compressed as ordinary hosting does? Lighthouse is not a dependency (about
// 100 MB): `npx` fetches the pinned version on first use. Run after `npm run build`:
//
//   node bench/lighthouse.mjs            # prints the verdict, writes bench/results/lighthouse.json
//
// Scores swing with the machine's load; the render-blocking list and compression do not.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserPaths } from '../scripts/browsers.mjs';
import { createStorefrontServer } from '../examples/storefront/serve.mjs';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const ASSENT_FILE = /\/dist\//;

const server = createStorefrontServer();
await new Promise((resolve) => server.listen(0, resolve));
const url = `http://localhost:${server.address().port}/`;
const report = join(mkdtempSync(join(tmpdir(), 'assent-lighthouse-')), 'report.json');
// Asynchronous: the storefront answers from this same process while Lighthouse loads it.
const status = await new Promise((resolve) =>
  spawn(
    'npx',
    [
      '-y',
      LIGHTHOUSE,
      url,
      '--only-categories=performance',
      '--form-factor=mobile',
      '--chrome-flags=--headless=new --no-sandbox',
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
    ],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: browserPaths().chromium } },
  ).on('exit', resolve),
);
server.close();
if (status !== 0) {
  console.error(`lighthouse failed (exit ${status})`);
  process.exit(1);
}

const result = JSON.parse(readFileSync(report, 'utf8'));
const blocking = result.audits['render-blocking-insight']?.details?.items?.map((item) => item.url) ?? [];
const latency = result.audits['document-latency-insight']?.details?.items ?? {};
const summary = {
  lighthouse: result.lighthouseVersion,
  measuredAt: result.fetchTime,
  loadAverage: Number(loadavg()[0].toFixed(1)),
  page: 'examples/storefront/index.html',
  performanceScore: result.categories.performance.score,
  // What the page's deferred scripts move once it has painted (the storefront's own, Assent's banner).
  cumulativeLayoutShift: result.audits['cumulative-layout-shift']?.numericValue ?? null,
  renderBlocking: blocking.map((address) => new URL(address).pathname),
  assentRenderBlocking: blocking.some((address) => ASSENT_FILE.test(new URL(address).pathname)),
  textCompressed: latency.usesCompression?.value ?? null,
  bytes: Object.fromEntries(
    (result.audits['total-byte-weight']?.details?.items ?? [])
      .filter((item) => ASSENT_FILE.test(item.url))
      .map((item) => [new URL(item.url).pathname, item.totalBytes]),
  ),
};
writeFileSync(new URL('./results/lighthouse.json', import.meta.url), `${JSON.stringify(summary, null, 2)}\n`);
console.log(JSON.stringify(summary, null, 2));
if (summary.assentRenderBlocking) {
  console.error('Lighthouse names an Assent file as render-blocking');
  process.exit(1);
}
