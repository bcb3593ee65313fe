#!/usr/bin/env node
// `npx @assent/collector`: settings from the environment (see the README), graceful stop on SIGTERM and SIGINT.
import { readConfig, ConfigError } from './config.js';
import { serveCollector } from './serve-collector.js';

let config;
try {
  config = readConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`assent-collector: ${error.message}`);
  process.exit(1);
}
const running = await serveCollector(config);
const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
console.log(`assent-collector: listening on ${running.url}, receipts kept in ${where}`);
if (!config.adminToken) console.log('assent-collector: admin endpoints and dashboard are off (set ASSENT_ADMIN_TOKEN)');

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, async () => {
    console.log(`assent-collector: ${signal}: finishing requests and writes, then stopping`);
    await running.stop();
    process.exit(0);
  });
}
