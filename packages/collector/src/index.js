// What a Node program imports from @assent/collector: the collector as a Hono app to mount in its own server,
// or started on a port; and the configuration the command reads from the environment.
export { createCollector } from './collector.js';
export { serveCollector } from './serve-collector.js';
export { readConfig, ConfigError } from './config.js';
