import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { adminTokenMatches } from './admin-token.js';
import { currentConsent, dailyStats, exportPage, subjectHistory } from '../receipts/read-receipts.js';
import { csvHeader, csvLine } from './csv.js';

const SUBJECT = /^[\w.:=+/-]{1,128}$/;
const DAY = /^\d{4}-\d\d-\d\d$/;

/**
 * The shop's own endpoints, behind `Authorization: Bearer <admin token>`: a customer's history and current consent,
 * export of a date range (CSV or NDJSON), the dashboard's numbers and a purge on demand.
 *
 * @example
 * app.route('/', adminRoutes({ db, categories: ['analytics'], adminToken, purge }));
 * @param {{ db: import('../database/open-database.js').Database, categories: readonly string[],
 *   adminToken?: string, purge: () => Promise<number> }} setup
 */
export function adminRoutes({ db, categories, adminToken, purge }) {
  const admin = new Hono();
  admin.use('/v1/admin/*', async (c, next) => {
    if (!adminToken) return c.json({ error: 'admin endpoints are off: set ASSENT_ADMIN_TOKEN' }, 404);
    if (!adminTokenMatches(c.req.header('authorization'), adminToken)) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.json({ error: 'missing or wrong admin token (Authorization: Bearer <token>)' }, 401);
    }
    return next();
  });

  admin.get('/v1/admin/subjects/:subject/receipts', async (c) => {
    const subject = c.req.param('subject');
    if (!SUBJECT.test(subject))
      return c.json({ error: 'subject: 1 to 128 characters: letters, digits, . : = + / _ -' }, 400);
    return c.json({ subject, receipts: await subjectHistory(db, subject) });
  });

  admin.get('/v1/admin/subjects/:subject/consent', async (c) => {
    const subject = c.req.param('subject');
    if (!SUBJECT.test(subject))
      return c.json({ error: 'subject: 1 to 128 characters: letters, digits, . : = + / _ -' }, 400);
    return c.json(await currentConsent(db, subject, categories));
  });

  admin.get('/v1/admin/export', async (c) => {
    const { from, to, format = 'ndjson' } = c.req.query();
    if (!DAY.test(from ?? '') || !DAY.test(to ?? '') || Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to)))
      return c.json({ error: 'from and to: days as YYYY-MM-DD (to is excluded)' }, 400);
    if (format !== 'csv' && format !== 'ndjson') return c.json({ error: 'format: csv or ndjson' }, 400);
    c.header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson');
    c.header('Content-Disposition', `attachment; filename="receipts-${from}-${to}.${format}"`);
    // Page by page, so an export of years holds one page in memory at a time.
    return stream(c, async (out) => {
      if (format === 'csv') await out.write(csvHeader());
      let after;
      for (;;) {
        const page = await exportPage(db, { from, to, after, limit: 1000 });
        for (const receipt of page)
          await out.write(format === 'csv' ? csvLine(receipt) : `${JSON.stringify(receipt)}\n`);
        if (page.length < 1000) break;
        after = page.at(-1);
      }
    });
  });

  admin.get('/v1/admin/stats', async (c) => {
    const days = Math.min(Math.max(Number(c.req.query('days')) || 90, 1), 1095);
    return c.json({ days, categories, ...(await dailyStats(db, days)) });
  });

  admin.post('/v1/admin/purge', async (c) => c.json({ purged: await purge() }));
  return admin;
}
