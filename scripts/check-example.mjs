// The React + Vite example as a user gets it: a copy of examples/react-vite installs the packed tarballs (made by
// check-packages.mjs) and the rest from the npm registry, type-checks and builds with `npm run build`, then runs in
// Chromium: the banner asks first, nothing reaches Google, and "Accept all" reaches the React component. Run by
// check-packages.mjs; prints one line per check and returns the counts.
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { banner, button, launch, serve, visitor } from '../examples/e2e/harness.mjs';
import { report, runCheck } from './run-check.mjs';

const app = resolve('.test-results/react-vite');

async function runsInChromium() {
  const server = await serve({ root: resolve(app, 'dist'), mounts: {}, csp: null });
  const browser = await launch();
  try {
    const visit = await visitor(browser, server.origin);
    await visit.page.goto(server.origin);
    await banner(visit.page).waitFor();
    const before = await visit.page.locator('#analytics').textContent();
    const asked = before === 'Statistics are off.' && visit.log.foreign.length === 0;
    await button(visit.page, 'Accept all').click();
    await visit.page.locator('#analytics', { hasText: 'Statistics are on.' }).waitFor({ timeout: 10000 });
    // Once analytics is granted the bridge requests gtag.js; the harness keeps it from leaving the machine.
    const gtagAfterConsent = visit.log.foreign.some((url) =>
      url.startsWith('https://www.googletagmanager.com/gtag/js'),
    );
    const errors = visit.log.errors.filter((error) => !error.includes('ERR_BLOCKED_BY_CLIENT'));
    return report(
      'React + Vite example: asks first, sends nothing before consent, follows the store',
      asked && gtagAfterConsent && errors.length === 0,
      { before, asked, foreign: visit.log.foreign, errors },
    );
  } catch (error) {
    return report('React + Vite example in Chromium', false, error.message);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Builds and runs the example; resolves to `{ passed, failed }`. */
export async function checkExample(packs) {
  rmSync(app, { recursive: true, force: true });
  cpSync('examples/react-vite', app, {
    recursive: true,
    filter: (path) => !/node_modules|[/\\]dist$/.test(path),
  });
  const tarballs = readdirSync(packs)
    .filter((file) => /^assent-(core|banner|analytics-bridge)-.*\.tgz$/.test(file))
    .map((file) => resolve(packs, file));
  const results = [
    runCheck(
      'React + Vite example installs the packed packages',
      'npm',
      ['install', '--no-audit', '--no-fund', ...tarballs],
      app,
    ),
  ];
  if (results[0])
    results.push(runCheck('React + Vite example type-checks and builds (npm run build)', 'npm', ['run', 'build'], app));
  if (results.at(-1)) results.push(await runsInChromium());
  const passed = results.filter(Boolean).length;
  return { passed, failed: results.length - passed };
}
