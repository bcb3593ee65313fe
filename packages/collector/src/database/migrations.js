// The schema, one numbered step at a time. A step is never edited once released: a change is a new step.
// Every collector runs the missing steps at start; an advisory lock lets several start at once.

/** @type {ReadonlyArray<{ version: number, name: string, sql: string }>} */
export const MIGRATIONS = [
  {
    version: 1,
    name: 'receipts',
    sql: `
      create table receipts (
        id text primary key,
        decided_at timestamptz not null,
        received_at timestamptz not null default now(),
        policy_version text not null,
        method text not null,
        granted text[] not null,
        denied text[] not null,
        services_granted text[] not null default '{}',
        services_denied text[] not null default '{}',
        gpc boolean not null,
        dnt boolean not null,
        language text not null,
        origin text not null,
        path text not null,
        subject text
      );
      create index receipts_by_subject on receipts (subject, decided_at desc) where subject is not null;
      create index receipts_by_date on receipts (decided_at);
    `,
  },
  {
    version: 2,
    name: 'rule in force',
    // Receipts stored before this step keep null: their pages did not say which rule was in force.
    sql: `
      alter table receipts add column mode text;
      alter table receipts add column region text;
      alter table receipts add column region_rule text;
    `,
  },
];

// Any constant shared by every collector of one database.
const MIGRATION_LOCK = 0x61737365;

/**
 * Brings the database up to the newest schema; returns the versions it applied.
 *
 * @example
 * await migrate(db); // [1, 2] on a new database, [] afterwards
 * @param {import('./open-database.js').Database} db
 * @param {ReadonlyArray<{ version: number, name: string, sql: string }>} [steps] the schema's steps (tests give
 *   fewer, to make a database as an older collector left it)
 * @returns {Promise<number[]>}
 */
export async function migrate(db, steps = MIGRATIONS) {
  return db.transaction(async (query) => {
    await query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await query(`create table if not exists assent_migrations (
      version integer primary key, name text not null, applied_at timestamptz not null default now())`);
    const done = new Set((await query('select version from assent_migrations')).map((row) => row.version));
    const applied = [];
    for (const step of steps) {
      if (done.has(step.version)) continue;
      for (const statement of step.sql.split(';').filter((s) => s.trim())) await query(statement);
      await query('insert into assent_migrations (version, name) values ($1, $2)', [step.version, step.name]);
      applied.push(step.version);
    }
    return applied;
  });
}
