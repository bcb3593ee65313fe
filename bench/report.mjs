// Turns the runs into the summary (JSON) and the markdown table.
import { summarize } from './stats.mjs';
import { TRIED } from './tried.mjs';

const ms = { unit: 'ms' };
const bytes = { unit: 'B' };

// Each figure: where it comes from in one visit's result. `net` subtracts the page alone's median.
const sections = [
  {
    title: "Bytes, first visit (the manager's own files)",
    visit: 'first',
    rows: [
      { key: 'first.requests', label: 'requests', unit: 'n', get: (v) => v.bytes.requests },
      { key: 'first.raw', label: 'raw', ...bytes, get: (v) => v.bytes.raw },
      { key: 'first.gzip', label: 'gzip', ...bytes, get: (v) => v.bytes.gzip },
      { key: 'first.br', label: 'brotli', ...bytes, get: (v) => v.bytes.br },
      {
        key: 'first.transferred',
        label: 'transferred (as served, headers included)',
        ...bytes,
        get: (v) => v.bytes.transferred,
      },
    ],
  },
  {
    title: 'Bytes, returning visit (decision stored, empty HTTP cache)',
    visit: 'returning',
    rows: [
      { key: 'returning.requests', label: 'requests', unit: 'n', get: (v) => v.bytes.requests },
      { key: 'returning.raw', label: 'raw', ...bytes, get: (v) => v.bytes.raw },
      { key: 'returning.gzip', label: 'gzip', ...bytes, get: (v) => v.bytes.gzip },
      { key: 'returning.br', label: 'brotli', ...bytes, get: (v) => v.bytes.br },
      {
        key: 'returning.transferred',
        label: 'transferred (as served, headers included)',
        ...bytes,
        get: (v) => v.bytes.transferred,
      },
    ],
  },
  {
    title: 'Time to banner, from navigation start (4× CPU slowdown, local network)',
    visit: 'first',
    rows: [
      { key: 'first.visible', label: 'accept button visible', ...ms, get: (v) => v.banner.visibleAt },
      { key: 'first.responding', label: 'visible and responding', ...ms, get: (v) => v.banner.respondingAt },
    ],
  },
  {
    title: 'Time to banner, from navigation start (4× CPU slowdown, 150 ms RTT, 1.6 Mbit/s)',
    visit: 'slow',
    rows: [
      { key: 'slow.visible', label: 'accept button visible', ...ms, get: (v) => v.visibleAt },
      { key: 'slow.responding', label: 'visible and responding', ...ms, get: (v) => v.respondingAt },
    ],
  },
  {
    title: 'Main thread, first visit (page alone subtracted)',
    visit: 'first',
    net: true,
    rows: [
      {
        key: 'first.attributed',
        label: 'script run from its own files, in long animation frames (not subtracted)',
        ...ms,
        gross: true,
        get: (v) => v.mainThread.attributedMs,
      },
      {
        key: 'first.script',
        label: 'script evaluation, main-thread CPU time (CDP ScriptDuration, thread ticks)',
        ...ms,
        get: (v) => v.mainThread.scriptMs,
      },
      { key: 'first.longTasks', label: 'long tasks, total', ...ms, get: (v) => v.mainThread.longTaskMs },
      {
        key: 'first.blocking',
        label: 'long tasks beyond 50 ms (blocking time)',
        ...ms,
        get: (v) => v.mainThread.blockingMs,
      },
    ],
  },
  {
    title: 'Main thread, returning visit (page alone subtracted)',
    visit: 'returning',
    net: true,
    rows: [
      {
        key: 'returning.attributed',
        label: 'script run from its own files, in long animation frames (not subtracted)',
        ...ms,
        gross: true,
        get: (v) => v.mainThread.attributedMs,
      },
      {
        key: 'returning.script',
        label: 'script evaluation, main-thread CPU time (CDP ScriptDuration, thread ticks)',
        ...ms,
        get: (v) => v.mainThread.scriptMs,
      },
      { key: 'returning.longTasks', label: 'long tasks, total', ...ms, get: (v) => v.mainThread.longTaskMs },
      {
        key: 'returning.blocking',
        label: 'long tasks beyond 50 ms (blocking time)',
        ...ms,
        get: (v) => v.mainThread.blockingMs,
      },
    ],
  },
  {
    // Every setup's returning visit runs gtag.js and both site scripts: subtracting the page that runs them as plain
    // tags leaves what the consent manager itself adds.
    title: 'Returning visit, the consent manager alone (the page with its tags run directly subtracted)',
    visit: 'returning',
    net: true,
    baseline: 'tagsReturning',
    rows: [
      {
        key: 'returningOwn.script',
        label: 'script evaluation, main-thread CPU time',
        ...ms,
        get: (v) => v.mainThread.scriptMs,
      },
    ],
  },
  {
    title:
      'Long page (11 000 elements, 300 gated inline scripts, 30 gated iframes), first visit (page alone subtracted)',
    visit: 'longFirst',
    net: true,
    rows: [
      { key: 'longFirst.visible', label: 'accept button visible', ...ms, gross: true, get: (v) => v.banner.visibleAt },
      {
        key: 'longFirst.script',
        label: 'script evaluation, main-thread CPU time',
        ...ms,
        get: (v) => v.mainThread.scriptMs,
      },
      { key: 'longFirst.longTasks', label: 'long tasks, total', ...ms, get: (v) => v.mainThread.longTaskMs },
      {
        key: 'longFirst.blocking',
        label: 'long tasks beyond 50 ms (blocking time)',
        ...ms,
        get: (v) => v.mainThread.blockingMs,
      },
    ],
  },
  {
    title: 'Long page, returning visit: everything accepted, all 300 scripts run (page alone subtracted)',
    visit: 'longReturning',
    net: true,
    rows: [
      {
        key: 'longReturning.script',
        label: 'script evaluation, main-thread CPU time',
        ...ms,
        get: (v) => v.mainThread.scriptMs,
      },
      { key: 'longReturning.longTasks', label: 'long tasks, total', ...ms, get: (v) => v.mainThread.longTaskMs },
      {
        key: 'longReturning.blocking',
        label: 'long tasks beyond 50 ms (blocking time)',
        ...ms,
        get: (v) => v.mainThread.blockingMs,
      },
      {
        key: 'longReturning.lastGated',
        label: 'the last gated script has run, from navigation start',
        ...ms,
        gross: true,
        get: (v) => v.gatedScripts.lastAt,
      },
    ],
  },
  {
    title: 'Growth with the page: long page minus short page, run by run (page alone subtracted)',
    growth: true,
    rows: [
      {
        key: 'growth.firstScript',
        label: 'first visit, script CPU time',
        ...ms,
        visits: ['longFirst', 'first'],
        get: (v) => v.mainThread.scriptMs,
      },
      {
        key: 'growth.returningScript',
        label: 'returning visit, script CPU time',
        ...ms,
        visits: ['longReturning', 'returning'],
        get: (v) => v.mainThread.scriptMs,
      },
      {
        key: 'growth.returningLongTasks',
        label: 'returning visit, long tasks',
        ...ms,
        visits: ['longReturning', 'returning'],
        get: (v) => v.mainThread.longTaskMs,
      },
    ],
  },
  {
    title: 'Layout shift',
    visit: 'first',
    rows: [{ key: 'first.cls', label: 'cumulative layout shift until settled', unit: 'cls', get: (v) => v.cls }],
  },
  {
    title: 'Click to effect (a real click on "accept all", after the page has settled)',
    visit: 'first',
    rows: [
      { key: 'click.gated', label: 'until the gated analytics script has run', ...ms, get: (v) => v.click?.gatedMs },
      { key: 'click.ga', label: 'until GA (gtag.js stand-in) has sent its hit', ...ms, get: (v) => v.click?.gaHitMs },
    ],
  },
];

// What each manager did, run by run: a "no" is reported, never hidden.
const checks = [
  ['"reject all" on the first layer', 'first', (v) => v.buttons?.reject],
  ['preferences on the first layer', 'first', (v) => v.buttons?.preferences],
  [
    'before a decision: no request to Google, no gated script run',
    'first',
    (v) => !v.googleBeforeConsent.length && !v.gatedBeforeConsent.length,
  ],
  [
    '"accept all" runs the analytics and the marketing script',
    'first',
    (v) => v.click?.gatedMs != null && v.click.marketingRan,
  ],
  [
    '"accept all" grants analytics_storage (Consent Mode v2) and GA sends its hit',
    'first',
    (v) => v.click?.gaConsent?.analytics_storage === 'granted' && v.click.gaHitMs != null,
  ],
  ['"reject all" keeps GA and both gated scripts off, banner closes', 'reject', (v) => v.ok],
  [
    'returning visit: no banner; gated script and GA run, with analytics_storage granted',
    'returning',
    (v) => !v.bannerShown && v.gatedRan && v.gaHit && v.gaConsent?.analytics_storage === 'granted',
  ],
  ['long page, first visit: no gated script runs before a decision', 'longFirst', (v) => v.gatedScripts.ran === 0],
  [
    'long page, returning visit: all 300 gated scripts ran, each once, in document order, before the page settled',
    'longReturning',
    (v) => v.gatedScripts.ran === 300 && v.gatedScripts.onceInOrder,
  ],
];

/**
 * Medians and spreads of every figure for every configuration.
 * @param {{ managers: Array<{ id: string }>, runs: Record<string, { first: any[], returning: any[], slow: any[], reject: any[] }>, baseline?: { first: any[], returning: any[] } }} data
 */
export function summarizeAll(data) {
  const baselineMedian = {};
  for (const section of sections) {
    // A section with a baseline of its own judges nothing without it (below); the others then subtract nothing.
    if (!data.baseline && !section.baseline) continue;
    if (section.growth) {
      // The page alone's own growth, from its medians on both pages.
      for (const row of section.rows) {
        const [long, short] = row.visits.map(
          (visit) => summarize((data.baseline?.[visit] ?? []).filter(Boolean).map(row.get)).median ?? 0,
        );
        baselineMedian[row.key] = long - short;
      }
      continue;
    }
    if (!section.net) continue;
    for (const row of section.rows.filter((r) => !r.gross)) {
      const measured = (data.baseline?.[section.baseline ?? section.visit] ?? []).filter(Boolean);
      // Results stored before a baseline was measured have none to subtract: the figure is left out, not taken whole.
      const missing = section.baseline && !measured.length;
      baselineMedian[row.key] = missing ? null : (summarize(measured.map(row.get)).median ?? 0);
    }
  }
  const out = {};
  for (const { id } of data.managers) {
    const runs = data.runs[id];
    out[id] = { figures: {}, checks: {}, requested: requestedFiles(runs) };
    for (const section of sections) {
      if (section.growth) {
        for (const row of section.rows) {
          const [long, short] = row.visits.map((visit) => runs[visit] ?? []);
          const values = long.map((v, i) => {
            const a = v ? row.get(v) : null;
            const b = short[i] ? row.get(short[i]) : null;
            return typeof a === 'number' && typeof b === 'number' ? a - b - (baselineMedian[row.key] ?? 0) : null;
          });
          out[id].figures[row.key] = summarize(values);
        }
        continue;
      }
      for (const row of section.rows) {
        const values = (runs[section.visit] ?? []).map((v) => {
          const value = v ? row.get(v) : null;
          if (!section.net || row.gross || typeof value !== 'number') return value;
          return baselineMedian[row.key] === null ? null : value - (baselineMedian[row.key] ?? 0);
        });
        out[id].figures[row.key] = summarize(values);
      }
    }
    for (const [label, visit, ok] of checks) {
      const list = (runs[visit] ?? []).filter(Boolean);
      out[id].checks[label] = {
        passed: list.filter((v) => {
          try {
            return Boolean(ok(v));
          } catch {
            return false;
          }
        }).length,
        of: list.length,
      };
    }
  }
  return { baselineMedian, managers: out };
}

/**
 * The files a visit fetched, with their brotli size, from the first run that measured it (the same files every run).
 * The setup lines name these, not every file a configuration's folder holds.
 */
function requestedFiles(runs) {
  const requested = {};
  for (const visit of ['first', 'returning']) {
    const files = (runs[visit] ?? []).find((v) => v?.bytes?.files)?.bytes.files ?? [];
    requested[visit] = files.map(({ path, br }) => ({ name: path.split('/').pop(), br }));
  }
  return requested;
}

const group = (n) => n.toLocaleString('en-US').replace(/,/g, ' ');

function format(value, unit) {
  if (value === null) return 'n/a';
  if (unit === 'B') return Math.abs(value) < 1000 ? `${Math.round(value)} B` : `${(value / 1000).toFixed(1)} kB`;
  if (unit === 'ms') return `${group(Math.round(value))} ms`;
  if (unit === 'cls') return value.toFixed(3);
  return String(Math.round(value));
}

function cell(s, unit, reference, runs, net) {
  if (!s || s.n === 0) return `never (0/${runs})`;
  let text = format(s.median, unit);
  const bare = (v) => format(v, unit).replace(/ ms$/, '');
  if (format(s.p25, unit) !== format(s.p75, unit)) text += ` (${bare(s.p25)}–${bare(s.p75)})`;
  // After subtracting the page alone, a median under 50 ms is within the noise: no ratio for it.
  const floor = net ? 50 : 0;
  if (reference && reference.median > floor && s.median > floor && unit !== 'cls') {
    const ratio = s.median / reference.median;
    text += ` · ${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`;
  }
  if (s.missing) text += ` · in ${s.n}/${s.n + s.missing} runs`;
  return text;
}

// The figures the project's targets are set on, each with the target for Assent's median as a share of
// cookieconsent's (every setup of it that was measured): `most` (at most that share; "toward 0.66" is judged so),
// `below` (under it), `requests` (a count of Assent's own, not a share); no goal: shown, not judged.
const targets = [
  { key: 'first.br', label: 'first visit, bytes (brotli)', unit: 'B', target: 'toward 0.66', goal: { most: 0.66 } },
  {
    key: 'returning.requests',
    label: 'returning visit, requests',
    unit: 'n',
    target: '1 request',
    goal: { requests: 1 },
  },
  { key: 'returning.br', label: 'returning visit, bytes (brotli)', unit: 'B', target: '' },
  { key: 'first.responding', label: 'time to banner, local network', unit: 'ms', target: '≤ 1', goal: { most: 1 } },
  {
    key: 'slow.responding',
    label: 'time to banner, 150 ms RTT, 1.6 Mbit/s',
    unit: 'ms',
    target: '≤ 1',
    goal: { most: 1 },
  },
  {
    key: 'returning.script',
    label: 'returning visit, script CPU time',
    unit: 'ms',
    net: true,
    target: '≤ 0.5',
    goal: { most: 0.5 },
  },
  {
    key: 'returningOwn.script',
    label: "returning visit, the consent manager's own script CPU time (its tags' cost subtracted)",
    unit: 'ms',
    net: true,
    target: '≤ 0.5',
    goal: { most: 0.5 },
  },
  { key: 'first.blocking', label: 'first visit, blocking time', unit: 'ms', net: true, target: '' },
  {
    key: 'growth.returningScript',
    label: 'long page minus short page, returning visit, script CPU time',
    unit: 'ms',
    net: true,
    target: '≤ 1 (or below 0)',
    goal: { most: 1 },
  },
  {
    key: 'growth.firstScript',
    label: 'long page minus short page, first visit, script CPU time',
    unit: 'ms',
    net: true,
    target: '≤ 1 (or below 0)',
    goal: { most: 1 },
  },
  {
    key: 'longReturning.blocking',
    label: 'long page, returning visit, blocking time',
    unit: 'ms',
    net: true,
    target: '< 1',
    goal: { below: 1 },
  },
  {
    key: 'longFirst.blocking',
    label: 'long page, first visit, blocking time',
    unit: 'ms',
    net: true,
    target: '< 1',
    goal: { below: 1 },
  },
];

/** The most Assent's median may be against one peer's to meet a target (null: the target is not a share). */
// A subtracted figure of cookieconsent's at or below 0 is noise: then only Assent's at or below 0 meets it, too.
function allowed(t, theirs) {
  if (t.net && theirs <= 0) return 0;
  if (t.goal?.most !== undefined) return t.goal.most * theirs;
  if (t.goal?.below !== undefined) return t.goal.below * theirs;
  return null;
}

/** Whether Assent's median meets the target against one peer's median; null where the target judges nothing. */
function meets(t, mine, theirs) {
  if (!t.goal || !mine?.n) return null;
  if (t.goal.requests !== undefined) return mine.median <= t.goal.requests;
  if (!theirs?.n) return null;
  // Subtracted figures at or below 0 cost nothing measurable: "or below 0" is met.
  if (t.net && mine.median <= 0) return true;
  return t.goal.below !== undefined
    ? mine.median < allowed(t, theirs.median)
    : mine.median <= allowed(t, theirs.median);
}

/**
 * The headline: Assent's medians beside cookieconsent's (each setup measured), with Assent ÷ cookieconsent and
 * whether the target is met against every setup.
 * Figures with the page alone subtracted can be near 0 or below; their ratio is then left out.
 */
export function headline(summary, managers) {
  const assent = managers.find((m) => m.id === 'assent');
  const peers = managers.filter((m) => m.id.startsWith('cookieconsent'));
  if (!assent || !peers.length) return '';
  const lines = [
    `| | ${assent.name} | ${peers.map((p) => `${p.name} | Assent ÷ it`).join(' | ')} | target for the ratio | met |`,
    `|---|---|${peers.map(() => '---|---|').join('')}---|---|`,
  ];
  for (const t of targets) {
    const mine = summary.managers[assent.id].figures[t.key];
    const cells = peers.map((p) => {
      const theirs = summary.managers[p.id].figures[t.key];
      if (!theirs?.n) return 'n/a | ';
      const ratio =
        mine?.n && theirs.median !== 0 && (!t.net || (theirs.median > 0 && mine.median > 0))
          ? (mine.median / theirs.median).toFixed(2)
          : '–';
      return `${format(theirs.median, t.unit)} | ${ratio}`;
    });
    const verdicts = peers.map((p) => meets(t, mine, summary.managers[p.id].figures[t.key]));
    // "yes" only when met against every setup; a setup not measured leaves it open.
    let met = '';
    if (verdicts.includes(false)) met = '**no**';
    else if (verdicts.every((v) => v === true)) met = 'yes';
    else if (verdicts.includes(true)) met = 'n/a';
    lines.push(
      `| ${t.label} | ${mine?.n ? format(mine.median, t.unit) : 'n/a'} | ${cells.join(' | ')} | ${t.target} | ${met} |`,
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * Each target not met: the gap, measured against each setup (what Assent's median would have to be, and the
 * middle half of both), and what was tried (bench/tried.mjs).
 */
export function gaps(summary, managers) {
  const assent = managers.find((m) => m.id === 'assent');
  const peers = managers.filter((m) => m.id.startsWith('cookieconsent'));
  if (!assent || !peers.length) return '';
  const lines = [];
  // The middle half of the runs, where they differ (byte counts are the same in every run).
  const spread = (s, unit) =>
    format(s.p25, unit) === format(s.p75, unit)
      ? ''
      : ` (middle half ${format(s.p25, unit)} to ${format(s.p75, unit)})`;
  const overlap = (a, b) => a.p25 <= b.p75 && b.p25 <= a.p75;
  for (const t of targets) {
    const mine = summary.managers[assent.id].figures[t.key];
    const missed = peers.filter((p) => meets(t, mine, summary.managers[p.id].figures[t.key]) === false);
    if (!missed.length) continue;
    lines.push(`- **${t.label}** (target ${t.target}): Assent ${format(mine.median, t.unit)}${spread(mine, t.unit)}.`);
    // A count of Assent's own: the peers' counts do not enter into it.
    if (t.goal.requests !== undefined) {
      lines.push(`  - ${format(mine.median - t.goal.requests, t.unit)} more than the target.`);
      lines.push(`  - Tried: ${TRIED[t.key] ?? 'nothing yet.'}`);
      continue;
    }
    for (const p of missed) {
      const theirs = summary.managers[p.id].figures[t.key];
      const most = allowed(t, theirs.median);
      const bound = t.goal.below !== undefined ? 'under' : 'at most';
      const need =
        most === null
          ? ''
          : `; the target asks for ${bound} ${format(most, t.unit)}, ${format(mine.median - most, t.unit)} less`;
      // Only where the target is to match cookieconsent: overlapping runs say nothing about half its cost.
      const even =
        (t.goal.most ?? t.goal.below) === 1 && overlap(mine, theirs) && mine.p25 !== mine.p75
          ? '; the middle halves overlap: even, within the runs’ spread'
          : '';
      lines.push(`  - against ${p.name}: ${format(theirs.median, t.unit)}${spread(theirs, t.unit)}${need}${even}.`);
    }
    lines.push(`  - Tried: ${TRIED[t.key] ?? 'nothing yet.'}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** "First visit fetched `a.js` (9.0 kB), …; a returning visit `a.js`." from the files each visit requested. */
function requestedLine(requested) {
  const list = (files) => files.map(({ name, br }) => `\`${name}\` (${format(br, 'B')})`).join(', ');
  if (!requested?.first.length) return '';
  const returning = requested.returning.length ? `; a returning visit ${list(requested.returning)}` : '';
  return `A first visit fetched ${list(requested.first)}${returning}.`;
}

/** The markdown report: setup, the figures table, the checks table, and how to reproduce it. */
export function markdown(meta, summary, managers) {
  // Not measured: klaro on the long page, and a row whose baseline the stored runs do not have.
  const measured = (m, section, row) =>
    !(m.longPage === false && (section.growth || section.visit.startsWith('long'))) &&
    !(section.baseline && summary.baselineMedian[row.key] === null);
  const reference = managers.find((m) => m.id === 'assent');
  const head = `| | ${managers.map((m) => `${m.name} ${m.version}`).join(' | ')} |\n|---|${managers.map(() => '---|').join('')}`;
  const lines = [];
  lines.push(
    `Chromium ${meta.browser}, headless, CPU slowed down ${meta.cpuSlowdown}×, N = ${meta.runs} runs per configuration, ` +
      `run in turns (${managers.map((m) => m.name).join(', ')}, the page alone, the page with its tags, then again), ${meta.date}. Files served ${meta.encoding}, ` +
      `each on a fresh browser context (empty cache). Machine: ${meta.load.cores} cores, load average ${meta.load.before} ` +
      `before${meta.load.during?.length ? `, ${Math.min(...meta.load.during)} to ${Math.max(...meta.load.during)} after each run` : ''} and ${meta.load.after} after the run` +
      `${meta.load.after > meta.load.cores * 2 ? ` (a busy machine: every figure in time is inflated, and more so for whatever does more work)` : ''}` +
      ': timings are only comparable within one table.',
  );
  lines.push('');
  const top = headline(summary, managers);
  if (top) {
    lines.push('The targets, as medians; a ratio under 1 means Assent costs less:');
    lines.push('');
    lines.push(top);
    const missed = gaps(summary, managers);
    if (missed) {
      lines.push('Where a target is not met, the gap and what was tried:');
      lines.push('');
      lines.push(missed);
    }
    lines.push('All figures:');
    lines.push('');
  }
  lines.push(
    `Each cell: median (25th–75th percentile)${reference ? ` · ratio to ${reference.name}'s median` : ''}. 1 kB = 1000 B.`,
  );
  lines.push('');
  lines.push(head);
  for (const section of sections) {
    lines.push(`| **${section.title}** |${managers.map(() => ' |').join('')}`);
    for (const row of section.rows) {
      const ref = reference && summary.managers[reference.id].figures[row.key];
      lines.push(
        `| ${row.label} | ${managers.map((m) => (measured(m, section, row) ? cell(summary.managers[m.id].figures[row.key], row.unit, m === reference ? null : ref, meta.runs, (section.net || section.growth) && !row.gross) : 'not measured')).join(' | ')} |`,
      );
    }
  }
  lines.push('');
  lines.push('What each one did, in every run:');
  lines.push('');
  lines.push(head);
  for (const [label] of checks) {
    lines.push(
      `| ${label} | ${managers
        .map((m) => {
          const c = summary.managers[m.id].checks[label];
          if (!c.of) return 'not measured';
          return c.passed === c.of ? 'yes' : c.passed === 0 ? `**no** (0/${c.of})` : `**no** (${c.passed}/${c.of})`;
        })
        .join(' | ')} |`,
    );
  }
  lines.push('');
  const base = summary.baselineMedian;
  if (typeof base['returning.script'] === 'number') {
    lines.push(
      `The page alone (no consent manager) costs, as medians: first visit ${format(base['first.script'], 'ms')} of script, ` +
        `${format(base['first.longTasks'], 'ms')} of long tasks; returning ${format(base['returning.script'], 'ms')} of script, ` +
        `${format(base['returning.longTasks'], 'ms')} of long tasks. These are subtracted above (except the attributed row), so a figure near 0 (or below) is noise.` +
        (typeof base['returningOwn.script'] === 'number'
          ? ` The page running its tags directly (gtag.js and the two site scripts as plain tags, no consent manager) costs ${format(base['returningOwn.script'], 'ms')} of script on a returning visit; it is subtracted in the consent manager alone's row.`
          : ''),
    );
    lines.push('');
  }
  lines.push('Setups (all in `bench/`):');
  lines.push('');
  for (const m of managers)
    lines.push(`- **${m.name} ${m.version}**: ${m.setup}. ${requestedLine(summary.managers[m.id].requested)}`);
  lines.push('');
  lines.push(
    `Reproduce: \`npm install && npm run bench\` (\`npm run bench -- --runs ${meta.runs}\`); see bench/README.md for what each figure means.`,
  );
  return lines.join('\n') + '\n';
}
