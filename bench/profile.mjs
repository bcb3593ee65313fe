// A focused look at where Assent's own main-thread time goes, in the bench's Chromium, pages and 4× CPU slowdown:
// `node bench/profile.mjs` compares a returning visit (decision stored: everything accepted) of dist/ with the same
// visit of an earlier build, in turns, and prints the medians of the main thread's script, layout and task time (CDP
// ScriptDuration, LayoutDuration, TaskDuration) and, from a CPU profile of each visit, the time spent in each of Assent's source files.
// Options: --runs N (default 5), --before DIR (an earlier dist/ to compare with; none: dist/ alone), --long (the
// long page), --first (a first visit instead: the banner shows; no decision stored).
// Not part of `npm run bench`: it is for finding what to cut, not for the project's figures.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { managers, pageAlone } from './managers.mjs';
import { firstVisit, launch, open } from './measure.mjs';
import { startServer } from './server.mjs';
import { summarize } from './stats.mjs';

const median = (values) => summarize(values).median;

// Source maps name Assent's source files and lines (source-map-js, a dev dependency, reads them).
const require = createRequire(import.meta.url);
const { SourceMapConsumer } = require('source-map-js');

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    before: { type: 'string' },
    long: { type: 'boolean', default: false },
    first: { type: 'boolean', default: false },
    save: { type: 'string' },
  },
});
const runs = Number(values.runs);
const assent = managers.find((m) => m.id === 'assent');
const variants = [assent];
if (values.before) {
  variants.unshift({
    ...assent,
    id: 'before',
    name: 'Assent (before)',
    files: { '': values.before },
    head: assent.head.replace('/m/assent/', '/m/before/'),
  });
}
const dirOf = (variant) => variant.files[''];

const server = await startServer([...variants, pageAlone]);
const browser = await launch(server.tlsPort);
const path = (variant) => `/p/${variant.id}/${values.long ? 'long' : ''}`;

// Self time of each sampled function, by the source file and line the build's source map names for it.
function selfTimes(profile, variant) {
  const maps = {};
  const mapFor = (file) => {
    if (!(file in maps)) {
      try {
        maps[file] = new SourceMapConsumer(JSON.parse(readFileSync(join(dirOf(variant), `${file}.map`), 'utf8')));
      } catch {
        maps[file] = null;
      }
    }
    return maps[file];
  };
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const out = {};
  profile.samples.forEach((id, i) => {
    const { callFrame } = byNode.get(id);
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let key = callFrame.url ? new URL(callFrame.url).pathname : `(${callFrame.functionName || 'native'})`;
    const prefix = `/m/${variant.id}/`;
    if (key.startsWith(prefix)) {
      const file = key.slice(prefix.length);
      const original = mapFor(file)?.originalPositionFor({
        // CDP counts lines and columns from 0; source maps count lines from 1 and columns from 0.
        line: callFrame.lineNumber + 1,
        column: callFrame.columnNumber,
      });
      key = original?.source
        ? `${file}: ${original.source.replace(/.*\/(packages|node_modules)\//, '$1/')}:${original.line}`
        : `${file}: ${callFrame.functionName}`;
    } else if (callFrame.url) key = '(page and others)';
    out[key] = (out[key] ?? 0) + ms;
  });
  return out;
}

async function visit(variant, storageState, profiling) {
  const { context, page, cdp } = await open(browser, server, { storageState, accept: null });
  try {
    // Script, layout and all main-thread task time so far, in ms: a forced layout shows in the second, not the first.
    const ticks = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const ms = (name) => metrics.find((m) => m.name === name).value * 1000;
      return { script: ms('ScriptDuration'), layout: ms('LayoutDuration'), task: ms('TaskDuration') };
    };
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const start = await ticks();
    await page.goto(server.origin + path(variant), { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench?.settledAt !== null, null, { timeout: 60000, polling: 250 });
    const end = await ticks();
    const scriptMs = end.script - start.script;
    const layoutMs = end.layout - start.layout;
    const taskMs = end.task - start.task;
    const profile = profiling ? (await cdp.send('Profiler.stop')).profile : null;
    const gated = await page.evaluate(
      () => window.__benchGated?.order?.length ?? Object.keys(window.__benchGated ?? {}).length,
    );
    return { scriptMs, layoutMs, taskMs, profile, gated };
  } finally {
    await context.close();
  }
}

// The stored decision: one first visit of each, with a click on "accept all".
const stored = {};
for (const variant of variants)
  stored[variant.id] = values.first ? undefined : (await firstVisit(browser, server, variant)).storageState;

const results = Object.fromEntries(
  [...variants, pageAlone].map((v) => [v.id, { scriptMs: [], layoutMs: [], taskMs: [], self: [] }]),
);
for (let run = 1; run <= runs; run++) {
  for (const variant of [...variants, pageAlone]) {
    const plain = await visit(variant, stored[variant.id], false);
    results[variant.id].scriptMs.push(plain.scriptMs);
    results[variant.id].layoutMs.push(plain.layoutMs);
    results[variant.id].taskMs.push(plain.taskMs);
    if (variant !== pageAlone) {
      const profiled = await visit(variant, stored[variant.id], true);
      results[variant.id].self.push(selfTimes(profiled.profile, variant));
      if (values.save)
        writeFileSync(join(values.save, `${variant.id}-${run}.cpuprofile`), JSON.stringify(profiled.profile));
    }
    console.error(`run ${run} ${variant.id}: ${plain.scriptMs.toFixed(1)} ms script, gated ${plain.gated}`);
  }
}
await browser.close();
await server.close?.();

const alone = median(results.none.scriptMs);
console.log(
  `\n${values.first ? 'first' : 'returning'} visit, ${values.long ? 'long' : 'small'} page, ${runs} runs in turns, 4× CPU`,
);
const aloneLayout = median(results.none.layoutMs);
const aloneTask = median(results.none.taskMs);
console.log(
  `page alone: script ${alone.toFixed(1)} ms, layout ${aloneLayout.toFixed(1)} ms, tasks ${aloneTask.toFixed(1)} ms (medians)`,
);
for (const variant of variants) {
  const r = results[variant.id];
  console.log(
    `\n${variant.name}: script ${median(r.scriptMs).toFixed(1)} ms, minus the page alone ${(median(r.scriptMs) - alone).toFixed(1)} ms (runs: ${r.scriptMs.map((ms) => ms.toFixed(0)).join(', ')})`,
  );
  console.log(
    `  layout ${median(r.layoutMs).toFixed(1)} ms (minus the page alone ${(median(r.layoutMs) - aloneLayout).toFixed(1)}), ` +
      `all tasks ${median(r.taskMs).toFixed(1)} ms (minus the page alone ${(median(r.taskMs) - aloneTask).toFixed(1)})`,
  );
  const keys = new Set(r.self.flatMap(Object.keys));
  const rows = [...keys]
    .map((key) => [key, median(r.self.map((s) => s[key] ?? 0))])
    .filter(([key, ms]) => ms >= 0.3 && !key.startsWith('(page') && key !== '(idle)' && key !== '(program)')
    .sort((a, b) => b[1] - a[1]);
  const own = r.self.map((s) =>
    Object.entries(s)
      .filter(([k]) => k.includes(': '))
      .reduce((sum, [, ms]) => sum + ms, 0),
  );
  console.log(`  Assent's own files, self time (median of profiled visits): ${median(own).toFixed(1)} ms`);
  for (const [key, ms] of rows.slice(0, 25)) console.log(`  ${ms.toFixed(1).padStart(6)} ms  ${key}`);
}
process.exit(0);
