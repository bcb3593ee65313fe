// The bench's report judges each target from medians: what it subtracts, and what it calls met, must be right, or
// the committed results say something the runs did not measure. Made-up runs, so that every figure is known.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gaps, headline, markdown, summarizeAll } from '../../bench/report.mjs';

const managers = [
  { id: 'assent', name: 'Assent' },
  { id: 'cookieconsent', name: 'vanilla-cookieconsent' },
];

/** One visit's result with every field the report reads; `scriptMs` and `br` vary, the rest is fixed. */
function visit({ scriptMs = 0, br = 1000, requests = 1 } = {}) {
  return {
    bytes: { requests, raw: br * 3, gzip: br, br, transferred: br, files: [] },
    banner: { visibleAt: 1000, respondingAt: 1000 },
    visibleAt: 1000,
    respondingAt: 1000,
    mainThread: { scriptMs, taskMs: 0, attributedMs: 0, longTasks: 0, longTaskMs: 0, blockingMs: 0 },
    cls: 0,
    click: null,
    buttons: null,
    googleBeforeConsent: [],
    gatedBeforeConsent: [],
    gatedScripts: { ran: 0, onceInOrder: true, lastAt: null },
    bannerShown: false,
    gatedRan: true,
    gaHit: true,
  };
}

/** Three runs of each visit, each with the script time given for it. */
const runsOf = (returningMs, more = {}) => ({
  first: [visit(more), visit(more), visit(more)],
  returning: returningMs.map((scriptMs) => visit({ ...more, scriptMs })),
  slow: [visit(), visit(), visit()],
  reject: [],
  longFirst: [],
  longReturning: [],
});

const baseline = (tagsReturning) => ({
  first: [visit(), visit(), visit()],
  returning: [visit({ scriptMs: 10 }), visit({ scriptMs: 10 }), visit({ scriptMs: 10 })],
  longFirst: [],
  longReturning: [],
  tagsReturning,
});

function row(table, label) {
  const found = table.split('\n').find((line) => line.startsWith(`| ${label} |`));
  assert.ok(found, `a row "${label}"`);
  return found;
}

test("the manager alone's returning cost subtracts the page running its tags, not the page alone", () => {
  const summary = summarizeAll({
    managers,
    runs: { assent: runsOf([60, 70, 80]), cookieconsent: runsOf([100, 110, 120]) },
    baseline: baseline([visit({ scriptMs: 40 }), visit({ scriptMs: 40 }), visit({ scriptMs: 40 })]),
  });
  const { figures } = summary.managers.assent;
  assert.equal(figures['returning.script'].median, 60, '70 minus the page alone (10)');
  assert.equal(figures['returningOwn.script'].median, 30, '70 minus the page with its tags (40)');
  assert.equal(summary.managers.cookieconsent.figures['returningOwn.script'].median, 70);
  // 30 ms against 70 ms: within half of cookieconsent's own.
  assert.match(
    row(
      headline(summary, managers),
      "returning visit, the consent manager's own script CPU time (its tags' cost subtracted)",
    ),
    /\| 0\.43 \| ≤ 0\.5 \| yes \|$/,
  );
});

test('results stored before the page with its tags was measured leave its row unjudged, not taken whole', () => {
  const { tagsReturning, ...older } = baseline([]);
  const summary = summarizeAll({
    managers,
    runs: { assent: runsOf([60, 70, 80]), cookieconsent: runsOf([100, 110, 120]) },
    baseline: older,
  });
  assert.equal(summary.managers.assent.figures['returningOwn.script'].median, null);
  assert.equal(summary.managers.assent.figures['returning.script'].median, 60);
  assert.match(
    row(
      headline(summary, managers),
      "returning visit, the consent manager's own script CPU time (its tags' cost subtracted)",
    ),
    /\| n\/a \| n\/a \|  \| ≤ 0\.5 \|  \|$/,
  );
});

test('results with no baseline at all subtract nothing elsewhere, and leave the manager-alone row not measured', () => {
  const summary = summarizeAll({
    managers,
    runs: { assent: runsOf([60, 70, 80]), cookieconsent: runsOf([100, 110, 120]) },
  });
  assert.equal(summary.managers.assent.figures['returning.script'].median, 70);
  assert.equal(summary.managers.assent.figures['returningOwn.script'].median, null);
  const meta = {
    browser: 'test',
    cpuSlowdown: 4,
    runs: 3,
    date: '2026-01-01',
    encoding: 'brotli',
    load: { cores: 2, before: 0, after: 0, during: [] },
  };
  const report = markdown(meta, summary, managers);
  assert.match(row(report, 'script evaluation, main-thread CPU time'), /\| not measured \| not measured \|$/);
  assert.doesNotMatch(report, /The page alone \(no consent manager\) costs|NaN/, 'no baseline to describe');
});

test('a target missed is marked, with the gap and what was tried; one met is not listed', () => {
  const summary = summarizeAll({
    managers,
    // Assent 17 kB against 14 kB: not toward 0.66×. Its returning visit costs 60 ms against 100 ms beyond the page
    // alone, more than half; 20 against 60 beyond the page with its tags, within half.
    runs: { assent: runsOf([60, 70, 80], { br: 17000 }), cookieconsent: runsOf([100, 110, 120], { br: 14000 }) },
    baseline: baseline([visit({ scriptMs: 50 }), visit({ scriptMs: 50 }), visit({ scriptMs: 50 })]),
  });
  const table = headline(summary, managers);
  assert.match(row(table, 'first visit, bytes (brotli)'), /\| 1\.21 \| toward 0\.66 \| \*\*no\*\* \|$/);
  assert.match(row(table, 'returning visit, script CPU time'), /\| 0\.60 \| ≤ 0\.5 \| \*\*no\*\* \|$/);
  assert.match(row(table, 'returning visit, requests'), /\| 1 request \| yes \|$/);
  const missed = gaps(summary, managers);
  assert.match(missed, /\*\*first visit, bytes \(brotli\)\*\* \(target toward 0\.66\): Assent 17\.0 kB\./);
  assert.match(missed, /the target asks for at most 9\.2 kB, 7\.8 kB less/);
  assert.match(missed, /\*\*returning visit, script CPU time\*\*[^\n]*\n[^\n]*at most 50 ms, 10 ms less/);
  assert.doesNotMatch(missed, /own script CPU time/);
  assert.equal((missed.match(/ {2}- Tried: /g) ?? []).length, 2, 'what was tried, under each target missed');
});

test("a peer's subtracted figure below 0 is noise: the target then asks for 0, which only Assent at or below 0 meets", () => {
  const judged = (assentMs) => {
    const summary = summarizeAll({
      managers,
      // cookieconsent's returning visit costs less than the page alone's median: -5 ms once subtracted.
      runs: { assent: runsOf(assentMs), cookieconsent: runsOf([0, 5, 10]) },
      baseline: baseline([]),
    });
    return {
      table: row(headline(summary, managers), 'returning visit, script CPU time'),
      missed: gaps(summary, managers),
    };
  };
  const over = judged([12, 15, 18]);
  assert.match(over.table, /\*\*no\*\* \|$/);
  assert.match(over.missed, /against vanilla-cookieconsent: -5 ms[^;]*; the target asks for at most 0 ms, 5 ms less/);
  assert.match(judged([5, 10, 15]).table, /yes \|$/);
});
