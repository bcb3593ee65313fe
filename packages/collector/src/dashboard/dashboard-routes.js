import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Hono } from 'hono';

const require = createRequire(import.meta.url);
const here = new URL('.', import.meta.url);
// The page holds no data: its script asks for the admin token and reads /v1/admin/stats with it.
const FILES = {
  '/dashboard': [new URL('dashboard.html', here), 'text/html; charset=utf-8'],
  '/dashboard/dashboard.js': [new URL('dashboard.js', here), 'text/javascript; charset=utf-8'],
  '/dashboard/dashboard.css': [new URL('dashboard.css', here), 'text/css; charset=utf-8'],
  '/dashboard/uPlot.js': [require.resolve('uplot/dist/uPlot.iife.min.js'), 'text/javascript; charset=utf-8'],
  '/dashboard/uPlot.css': [require.resolve('uplot/dist/uPlot.min.css'), 'text/css; charset=utf-8'],
};
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * The dashboard: decisions per day, consent rate per category over time (uPlot), methods and policy versions.
 *
 * @example
 * app.route('/', dashboardRoutes()); // GET /dashboard
 */
export function dashboardRoutes() {
  const dashboard = new Hono();
  for (const [path, [file, type]] of Object.entries(FILES)) {
    dashboard.get(path, async (c) => {
      c.header('Content-Type', type);
      c.header('Content-Security-Policy', CSP);
      c.header('Cache-Control', 'no-cache');
      return c.body(await readFile(file));
    });
  }
  return dashboard;
}
