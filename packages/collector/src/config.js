// The collector's settings come from environment variables; a wrong one stops the start with a message naming it.

/** A setting the collector cannot start with. */
export class ConfigError extends Error {}

const list = (/** @type {string | undefined} */ text) =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** @param {string} name @param {string | undefined} text @param {number} fallback @param {number} min @param {number} max */
function whole(name, text, fallback, min, max) {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name}="${text}": must be a whole number from ${min} to ${max}`);
  return value;
}

/**
 * Reads the settings from `env` (default: process.env).
 *
 * @example
 * readConfig({ ASSENT_ORIGINS: 'https://shop.example', ASSENT_ADMIN_TOKEN: 'a-long-random-token' }).port // 8787
 * @param {Record<string, string | undefined>} [env]
 */
export function readConfig(env = process.env) {
  const origins = list(env.ASSENT_ORIGINS);
  for (const origin of origins) {
    let url;
    try {
      url = new URL(origin);
    } catch {}
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin)
      throw new ConfigError(
        `ASSENT_ORIGINS: "${origin}" is not an origin such as https://shop.example (no path, no slash at the end)`,
      );
  }
  const categories = env.ASSENT_CATEGORIES ? list(env.ASSENT_CATEGORIES) : undefined;
  for (const name of categories ?? []) {
    if (!/^[a-z][a-z0-9_-]{0,31}$/.test(name))
      throw new ConfigError(
        `ASSENT_CATEGORIES: "${name}" is not a category name (lower-case letters, digits, - and _)`,
      );
  }
  const adminToken = env.ASSENT_ADMIN_TOKEN || undefined;
  if (adminToken && adminToken.length < 16)
    throw new ConfigError('ASSENT_ADMIN_TOKEN: must be at least 16 characters (use a random string)');
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    throw new ConfigError('DATABASE_URL: must start with postgres:// or postgresql://');
  return {
    port: whole('PORT', env.PORT, 8787, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir: env.ASSENT_DATA_DIR || '.assent-data',
    origins,
    categories,
    adminToken,
    retentionDays: whole('ASSENT_RETENTION_DAYS', env.ASSENT_RETENTION_DAYS, 1095, 1, 36500),
    rateLimit: whole('ASSENT_RATE_LIMIT', env.ASSENT_RATE_LIMIT, 120, 1, 1e9),
    trustProxy: /^(1|true|yes)$/i.test(env.ASSENT_TRUST_PROXY ?? ''),
  };
}
