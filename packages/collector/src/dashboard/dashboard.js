// Reads the admin token from the form (kept for this tab only) and draws the numbers of /v1/admin/stats.
/* global uPlot */
(() => {
  const METHODS = ['accept-all', 'reject-all', 'custom', 'gpc', 'api', 'reset'];
  const COLOURS = ['#0b57d0', '#b3261e', '#146c2e', '#7c4dff', '#8a5a00', '#5f6368'];
  const form = document.getElementById('sign-in');
  const token = document.getElementById('token');
  const days = document.getElementById('days');
  const status = document.getElementById('status');
  const charts = [];

  token.value = sessionStorage.getItem('assent-admin-token') || '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem('assent-admin-token', token.value);
    show();
  });
  if (token.value) show();

  async function show() {
    status.textContent = 'Loading…';
    const response = await fetch(`/v1/admin/stats?days=${encodeURIComponent(days.value)}`, {
      headers: { authorization: `Bearer ${token.value}` },
    });
    const body = await response.json();
    if (!response.ok) {
      status.textContent = body.error || `The collector answered ${response.status}.`;
      return;
    }
    status.textContent = `The last ${body.days} days.`;
    draw(body);
  }

  function draw({ days: span, categories, perDay, granted, versions }) {
    for (const chart of charts.splice(0)) chart.destroy();
    const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
    const dayList = Array.from({ length: span }, (_, i) =>
      new Date(today - (span - 1 - i) * 864e5).toISOString().slice(0, 10),
    );
    const index = new Map(dayList.map((day, i) => [day, i]));
    const x = dayList.map((day) => Date.parse(day) / 1000);
    const byMethod = METHODS.map(() => dayList.map(() => 0));
    const decisions = dayList.map(() => 0);
    for (const row of perDay) {
      byMethod[METHODS.indexOf(row.method)][index.get(row.day)] += row.count;
      if (row.method !== 'reset') decisions[index.get(row.day)] += row.count;
    }
    const rates = categories.map(() => dayList.map(() => null));
    for (const row of granted) {
      const i = index.get(row.day);
      rates[categories.indexOf(row.category)][i] = Math.round((100 * row.count) / decisions[i]);
    }
    for (const c of rates)
      c.forEach((value, i) => {
        if (value === null && decisions[i]) c[i] = 0;
      });
    const width = Math.min(document.querySelector('main').clientWidth, 960);
    charts.push(
      new uPlot(
        { width, height: 240, series: [{}, ...METHODS.map((label, i) => ({ label, stroke: COLOURS[i] }))] },
        [x, ...byMethod],
        document.getElementById('per-day'),
      ),
      new uPlot(
        {
          width,
          height: 240,
          scales: { y: { range: [0, 100] } },
          series: [
            {},
            ...categories.map((label, i) => ({ label, stroke: COLOURS[i % COLOURS.length], spanGaps: true })),
          ],
        },
        [x, ...rates],
        document.getElementById('rate'),
      ),
    );
    fill(
      'methods',
      METHODS.map((method, i) => [method, byMethod[i].reduce((a, b) => a + b, 0)]),
    );
    fill(
      'versions',
      versions.map((row) => [row.policyVersion, row.count]),
    );
  }

  function fill(id, rows) {
    const body = document.querySelector(`#${id} tbody`);
    body.replaceChildren(
      ...rows.map((cells) => {
        const tr = document.createElement('tr');
        for (const value of cells) tr.appendChild(document.createElement('td')).textContent = String(value);
        return tr;
      }),
    );
  }
})();
