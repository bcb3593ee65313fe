// `npm run bench`: Assent's script-tag build against vanilla-cookieconsent and klaro on the same page, in turns.
// Options: --runs N (default 10), --out DIR (default bench/results), --only id,id (e.g. cookieconsent,klaro),
// --count FILE (CI: write {"passed","failed"} for the closing "N passed, N failed" line),
// --report FILE.json (write the table again from stored results, measuring nothing), --verbose (log every visit).
// It never fails for slowness; it exits 1 only when a visit could not be measured at all (the bench is broken).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { managers as all, pageAlone, tagsAlone } from './managers.mjs';
import {
  CPU_SLOWDOWN,
  SLOW_NETWORK,
  firstVisit,
  launch,
  rejectCheck,
  returningVisit,
  slowFirstVisit,
} from './measure.mjs';
import { markdown, summarizeAll } from './report.mjs';
import { startServer } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    out: { type: 'string', default: join(here, 'results') },
    only: { type: 'string' },
    count: { type: 'string' },
    // Log each visit and how long it took (on a loaded machine a run can take minutes).
    verbose: { type: 'boolean', default: false },
    // Render the table again from a stored JSON, without measuring (e.g. after a change to report.mjs).
    report: { type: 'string' },
  },
});
if (args.report) {
  const stored = JSON.parse(readFileSync(args.report, 'utf8'));
  const { managers } = stored;
  const summary = summarizeAll({ managers, runs: stored.runs, baseline: stored.baseline });
  const md = markdown(stored.meta, summary, managers);
  process.stdout.write(md);
  writeFileSync(join(dirname(args.report), 'latest.md'), `# Assent benchmark\n\n${md}`);
  writeFileSync(args.report, JSON.stringify({ ...stored, summary }, null, 1));
  process.exit(0);
}
const runs = Number(args.runs);
const verbose = args.verbose;
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`assent: bench option "--runs" must be a whole number, 1 or more, got "${args.runs}"`);
  process.exit(2);
}
const only = args.only?.split(',').filter(Boolean);
const unknown = only?.filter((id) => !all.some((m) => m.id === id)) ?? [];
if (unknown.length) {
  console.error(
    `assent: bench option "--only" names unknown configuration "${unknown.join('", "')}"; known: ${all.map((m) => m.id).join(', ')}`,
  );
  process.exit(2);
}
const managers = all.filter((m) => !only || only.includes(m.id));
if (managers.some((m) => m.id === 'assent') && !existsSync(join(here, '../dist/assent.js'))) {
  console.error(
    'assent: dist/assent.js is missing: run `npm run build` first (`npm run bench` does), or pass --only cookieconsent,klaro',
  );
  process.exit(2);
}

const loadBefore = loadavg()[0];
const server = await startServer([...managers, pageAlone, tagsAlone]);
const browser = await launch(server.tlsPort);
const browserVersion = browser.version();
const errors = [];
const log = (text) => process.stderr.write(`${text}\n`);

async function attempt(label, fn) {
  const started = Date.now();
  try {
    const result = await fn();
    if (verbose) log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    errors.push(`${label}: ${error.message.split('\n')[0]}`);
    log(`  ${label} failed: ${error.message.split('\n')[0]}`);
    return null;
  }
}

const data = {
  managers,
  runs: Object.fromEntries(
    managers.map((m) => [m.id, { first: [], returning: [], slow: [], reject: [], longFirst: [], longReturning: [] }]),
  ),
  // tagsReturning: the page running its tags directly (tagsAlone), visited as a returning visitor would.
  baseline: { first: [], returning: [], longFirst: [], longReturning: [], tagsReturning: [] },
};

// The table and the JSON, written after every run as well, so that a long run stopped early still leaves its
// completed runs (N in the table says how many).
const loadDuring = [];
function write(runsDone) {
  const meta = {
    date: new Date().toISOString(),
    browser: browserVersion,
    cpuSlowdown: CPU_SLOWDOWN,
    slowNetwork: {
      latencyMs: SLOW_NETWORK.latency,
      downloadKbitPerS: (SLOW_NETWORK.downloadThroughput * 8) / 1024,
      uploadKbitPerS: (SLOW_NETWORK.uploadThroughput * 8) / 1024,
    },
    runs: runsDone,
    encoding: [...server.encodings]
      .map(
        (e) =>
          ({ br: 'brotli-compressed (quality 11)', gzip: 'gzip-compressed (level 9)', identity: 'uncompressed' })[e],
      )
      .join(' and '),
    viewport: '1280×800',
    node: process.version,
    // Timings move with whatever else the machine runs: the 1-minute load average before, after each run, and the cores.
    load: {
      before: Number(loadBefore.toFixed(1)),
      after: Number(loadavg()[0].toFixed(1)),
      during: loadDuring,
      cores: cpus().length,
    },
    errors,
  };
  const cut = (list) => list.slice(0, runsDone);
  const runsSoFar = Object.fromEntries(
    Object.entries(data.runs).map(([id, visits]) => [
      id,
      Object.fromEntries(Object.entries(visits).map(([visit, list]) => [visit, visit === 'reject' ? list : cut(list)])),
    ]),
  );
  const baseline = Object.fromEntries(Object.entries(data.baseline).map(([visit, list]) => [visit, cut(list)]));
  const summary = summarizeAll({ managers, runs: runsSoFar, baseline });
  const md = markdown(meta, summary, managers);
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, 'latest.md'), `# Assent benchmark\n\n${md}`);
  writeFileSync(
    join(args.out, 'latest.json'),
    JSON.stringify(
      {
        meta,
        managers: managers.map(({ id, name, version, setup, longPage }) => ({
          id,
          name,
          version,
          setup,
          longPage,
        })),
        summary,
        runs: runsSoFar,
        baseline,
      },
      null,
      1,
    ),
  );
  return md;
}

let runsDone = 0;

// The page with its tags is subtracted from every manager's own cost: if its tags did not all run, it would cost less
// than it should and every manager more, so such a visit counts as a failure, not a figure.
async function tagsVisit() {
  const visit = await returningVisit(browser, server, tagsAlone);
  if (!visit.gatedRan || !visit.gaHit)
    throw new Error('the page with its tags did not run them all (site script, GA hit)');
  return visit;
}

try {
  // One round that is not counted: it warms Chromium up and checks that "reject all" keeps everything off.
  log(`warming up (Chromium ${browserVersion}), checking "reject all"`);
  for (const m of managers) {
    await attempt(`${m.id} warm-up`, () => firstVisit(browser, server, m));
    data.runs[m.id].reject.push(await attempt(`${m.id} reject`, () => rejectCheck(browser, server, m)));
  }
  await attempt('page alone warm-up', () => firstVisit(browser, server, pageAlone));
  await attempt('tags alone warm-up', tagsVisit);

  for (let run = 1; run <= runs; run++) {
    const started = Date.now();
    // In turns, so that whatever the machine does meanwhile hits every configuration alike.
    for (const m of [...managers, pageAlone]) {
      const into = m === pageAlone ? data.baseline : data.runs[m.id];
      const first = await attempt(`${m.id} run ${run} first visit`, () => firstVisit(browser, server, m));
      into.first.push(first?.result ?? null);
      into.returning.push(
        first
          ? await attempt(`${m.id} run ${run} returning visit`, () =>
              returningVisit(browser, server, m, first.storageState),
            )
          : null,
      );
      // The long page: a first visit, and a returning one with the decision stored on the short page.
      const longFirst =
        m.longPage !== false &&
        (await attempt(`${m.id} run ${run} long page first visit`, () =>
          firstVisit(browser, server, m, { long: true }),
        ));
      into.longFirst.push(longFirst?.result ?? null);
      into.longReturning.push(
        first && m.longPage !== false
          ? await attempt(`${m.id} run ${run} long page returning visit`, () =>
              returningVisit(browser, server, m, first.storageState, { long: true }),
            )
          : null,
      );
      if (m !== pageAlone)
        into.slow.push(await attempt(`${m.id} run ${run} slow network`, () => slowFirstVisit(browser, server, m)));
    }
    data.baseline.tagsReturning.push(await attempt(`tags alone run ${run}`, tagsVisit));
    runsDone = run;
    loadDuring.push(Number(loadavg()[0].toFixed(1)));
    write(runsDone);
    log(
      `run ${run}/${runs} done in ${((Date.now() - started) / 1000).toFixed(0)} s (load average ${loadavg()[0].toFixed(1)})`,
    );
  }
} finally {
  await browser.close().catch(() => {});
}

const md = write(runsDone);
await server.close();
process.stdout.write(`\n${md}`);
log(`written: ${join(args.out, 'latest.md')} and latest.json`);

// Broken, not slow: a configuration with no measured first visit at all, or any visit that threw.
const broken = errors.length > 0;
if (args.count) {
  mkdirSync(dirname(args.count), { recursive: true });
  writeFileSync(args.count, JSON.stringify({ passed: broken ? 0 : 1, failed: broken ? 1 : 0, skipped: 0 }));
}
if (broken) {
  log(`bench: ${errors.length} visit(s) could not be measured:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
