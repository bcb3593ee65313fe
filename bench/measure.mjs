// One visit of one configuration in headless Chromium, measured through CDP and the in-page probe.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserPaths, chromiumArgs } from '../scripts/browsers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const probe = readFileSync(join(here, 'probe.js'), 'utf8');

export const CPU_SLOWDOWN = 4;
/** Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_NETWORK = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const GOOGLE_HOSTS = ['www.googletagmanager.com', 'www.google-analytics.com'];

/**
 * Chromium with the arguments the tests use (scripts/browsers.mjs), plus Google's hosts mapped to the bench's TLS
 * server and its throwaway certificate accepted.
 */
export async function launch(tlsPort) {
  const googleToBench = tlsPort ? GOOGLE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${tlsPort}`) : [];
  return chromium.launch({
    executablePath: browserPaths().chromium,
    args: [...chromiumArgs(googleToBench), '--ignore-certificate-errors'],
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function open(browser, server, { storageState, slow, accept }) {
  const context = await browser.newContext({
    storageState,
    viewport: { width: 1280, height: 800 },
    ignoreHTTPSErrors: true,
  });
  await context.addInitScript({ content: `window.__benchConfig = ${JSON.stringify({ accept })};\n${probe}` });
  if (!server.tlsPort) {
    await context.route(
      (url) => GOOGLE_HOSTS.includes(url.hostname),
      (route) =>
        new URL(route.request().url()).pathname === '/gtag/js'
          ? route.fulfill({ contentType: 'text/javascript', body: server.gtag() })
          : route.fulfill({ status: 204 }),
    );
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) =>
    requests.set(e.requestId, { url: e.request.url, at: e.timestamp, bytes: 0, done: false }),
  );
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.encoding = e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? 'identity';
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true });
  });
  // Start the renderer (same site, so the page is loaded in this process) before anything is slowed down or
  // timed: a new process's own start-up is not the consent manager's cost.
  await page.goto(`${server.origin}/blank`);
  await cdp.send('Network.enable');
  // Thread ticks: the main thread's CPU time, which other load on the machine disturbs far less than wall time.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (slow) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_NETWORK });
  return { context, page, cdp, requests };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(list.map(({ name, value }) => [name, value]));
  return { scriptMs: m.ScriptDuration * 1000, taskMs: m.TaskDuration * 1000 };
}

// Performance metrics count from the renderer's start (the blank page included): keep what the visit added.
const since = (start, end) => ({ scriptMs: end.scriptMs - start.scriptMs, taskMs: end.taskMs - start.taskMs });

/** What one configuration's own files cost: the requests under /m/<id>/, with their raw, gzip and brotli sizes. */
function bytesOf(requests, manager, server) {
  const out = { requests: 0, transferred: 0, raw: 0, gzip: 0, br: 0, files: [] };
  for (const r of requests.values()) {
    const { pathname } = new URL(r.url);
    if (!pathname.startsWith(`/m/${manager.id}/`)) continue;
    const sizes = server.sizes(pathname);
    out.requests += 1;
    out.transferred += r.bytes;
    if (sizes) {
      out.raw += sizes.raw;
      out.gzip += sizes.gzip;
      out.br += sizes.br;
    }
    out.files.push({ path: pathname, transferred: r.bytes, encoding: r.encoding, ...sizes });
  }
  return out;
}

const pagePath = (manager, long) => `/p/${manager.id}/${long ? 'long' : ''}`;

/** The long page's gated scripts: how many ran, whether each ran once and in document order, when the last one ran. */
function gatedScripts(gated) {
  const order = gated.order ?? [];
  return {
    ran: order.length,
    onceInOrder: order.every((n, i) => n === i + 1),
    lastAt: gated.lastAt ?? null,
  };
}

const googleRequests = (requests) =>
  [...requests.values()].filter((r) => GOOGLE_HOSTS.includes(new URL(r.url).hostname)).map((r) => r.url);

// Generous: a loaded CI machine must never turn slowness into a failure; only a page that never settles fails.
async function settle(page, timeout) {
  await page.waitForFunction(() => window.__bench && window.__bench.settledAt !== null, null, {
    timeout,
    polling: 250,
  });
}

const state = (page) =>
  page.evaluate(() => ({
    bench: { ...window.__bench, point: undefined, has: undefined },
    gated: { ...(window.__benchGated ?? {}) },
    ga: window.__benchGa
      ? { loadedAt: window.__benchGa.loadedAt, hitAt: window.__benchGa.hitAt, consent: { ...window.__benchGa.consent } }
      : null,
  }));

function mainThread(s, m, manager) {
  const longTasks = s.bench.longTasks.filter((t) => t.start < s.bench.settledAt);
  const own = (url) => {
    try {
      return new URL(url).pathname.startsWith(`/m/${manager.id}/`);
    } catch {
      return false;
    }
  };
  return {
    ...m,
    attributedMs: s.bench.frames
      .filter((f) => f.start < s.bench.settledAt)
      .flatMap((f) => f.scripts)
      .filter((script) => own(script.url))
      .reduce((sum, script) => sum + script.duration, 0),
    longTasks: longTasks.length,
    longTaskMs: longTasks.reduce((sum, t) => sum + t.duration, 0),
    blockingMs: longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
  };
}

/**
 * A first visit without network throttling: bytes, time to banner, main thread, layout shift, then a real click
 * on "accept all" and the time until the gated script has run and GA has sent its hit. Returns the stored
 * decision for the returning visit. On the long page (`long`) there is no click.
 */
export async function firstVisit(browser, server, manager, { long = false } = {}) {
  const accept = manager.buttons?.accept ?? null;
  const { context, page, cdp, requests } = await open(browser, server, { accept });
  try {
    const start = await metrics(cdp);
    await page.goto(server.origin + pagePath(manager, long), { waitUntil: 'commit' });
    await settle(page, 60000);
    const m = since(start, await metrics(cdp));
    const before = await state(page);
    const result = {
      bytes: bytesOf(requests, manager, server),
      banner: before.bench.banner,
      mainThread: mainThread(before, m, manager),
      cls: before.bench.cls,
      googleBeforeConsent: googleRequests(requests),
      gatedBeforeConsent: Object.keys(before.gated),
      gatedScripts: gatedScripts(before.gated),
      buttons: null,
      click: null,
    };
    if (!accept || long) return { result, storageState: await context.storageState() };
    result.buttons = {
      reject: await page.evaluate((s) => window.__bench.has(s), manager.buttons.reject),
      preferences: await page.evaluate((s) => window.__bench.has(s), manager.buttons.preferences),
    };
    const point = await page.evaluate((s) => window.__bench.point(s), accept);
    await page.mouse.click(point.x, point.y);
    await page
      .waitForFunction(() => window.__benchGated?.analytics !== undefined && window.__benchGa?.hitAt, null, {
        timeout: 15000,
        polling: 100,
      })
      .catch(() => {});
    await sleep(300);
    const after = await state(page);
    const clickAt = after.bench.clickAt;
    result.click = {
      gatedMs: after.gated.analytics !== undefined ? after.gated.analytics - clickAt : null,
      marketingRan: after.gated.marketing !== undefined,
      gaHitMs: after.ga?.hitAt ? after.ga.hitAt - clickAt : null,
      gaConsent: after.ga?.consent ?? null,
    };
    return { result, storageState: await context.storageState() };
  } finally {
    await context.close();
  }
}

/**
 * A returning visit (decision stored, empty HTTP cache): bytes, main thread, and that no banner shows; on the
 * long page (`long`), also whether every gated script ran, once, in order.
 */
export async function returningVisit(browser, server, manager, storageState, { long = false } = {}) {
  const { context, page, cdp, requests } = await open(browser, server, { storageState, accept: null });
  try {
    const start = await metrics(cdp);
    await page.goto(server.origin + pagePath(manager, long), { waitUntil: 'commit' });
    await settle(page, 60000);
    const m = since(start, await metrics(cdp));
    const s = await state(page);
    return {
      bytes: bytesOf(requests, manager, server),
      mainThread: mainThread(s, m, manager),
      bannerShown: manager.buttons
        ? await page.evaluate((sel) => window.__bench.has(sel), manager.buttons.accept)
        : false,
      gatedRan: s.gated.analytics !== undefined,
      gatedScripts: gatedScripts(s.gated),
      gaHit: Boolean(s.ga?.hitAt),
      gaConsent: s.ga?.consent ?? null,
    };
  } finally {
    await context.close();
  }
}

/** A first visit on a slow network: time to banner only. */
export async function slowFirstVisit(browser, server, manager) {
  const { context, page } = await open(browser, server, { slow: true, accept: manager.buttons.accept });
  try {
    await page.goto(`${server.origin}/p/${manager.id}/`, { waitUntil: 'commit', timeout: 90000 });
    await page.waitForFunction(() => window.__bench?.banner.respondingAt !== null, null, {
      timeout: 90000,
      polling: 250,
    });
    return (await state(page)).bench.banner;
  } finally {
    await context.close();
  }
}

/** Once per manager: "reject all" keeps GA and every gated script off, and the banner goes away. */
export async function rejectCheck(browser, server, manager) {
  const { context, page, requests } = await open(browser, server, { accept: manager.buttons.accept });
  try {
    await page.goto(`${server.origin}/p/${manager.id}/`, { waitUntil: 'commit' });
    await settle(page, 60000);
    const point = await page.evaluate((s) => window.__bench.point(s), manager.buttons.reject);
    if (!point) return { ok: false, why: 'no reject button on the first layer' };
    await page.mouse.click(point.x, point.y);
    await sleep(1500);
    const s = await state(page);
    const bannerGone = !(await page.evaluate((sel) => window.__bench.has(sel), manager.buttons.accept));
    const google = googleRequests(requests);
    const gated = Object.keys(s.gated);
    const ok = bannerGone && !google.length && !gated.length;
    return { ok, bannerGone, google, gated };
  } finally {
    await context.close();
  }
}
