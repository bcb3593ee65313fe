// Per-client limits: who may call (origins) and how often (a fixed window per client address, kept in memory:
// the address is never stored). Several collectors behind a load balancer each keep their own count.

/**
 * A request counter per client and minute; `allow(key)` is false once a client used its share of the window.
 *
 * @example
 * const limit = createRateLimit({ perMinute: 120 });
 * if (!limit.allow('203.0.113.9')) return tooManyRequests();
 * @param {{ perMinute: number, now?: () => number }} options
 */
export function createRateLimit({ perMinute, now = Date.now }) {
  /** @type {Map<string, number>} */
  let counts = new Map();
  let window = Math.floor(now() / 60000);
  return {
    /** @param {string} key */
    allow(key) {
      const current = Math.floor(now() / 60000);
      // A new minute, or a flood of distinct addresses, starts the count again: memory stays bounded.
      if (current !== window || counts.size > 100000) {
        counts = new Map();
        window = current;
      }
      const used = (counts.get(key) ?? 0) + 1;
      counts.set(key, used);
      return used <= perMinute;
    },
  };
}

/**
 * Whether a browser request from `origin` may talk to the collector: an origin the shop listed, or the
 * collector's own (a collector behind the shop's proxy). Requests without an Origin come from servers, not pages.
 *
 * @example
 * originAllowed('https://shop.example', 'https://consent.shop.example', ['https://shop.example']) // true
 * @param {string | undefined} origin
 * @param {string} ownOrigin
 * @param {readonly string[]} allowed
 */
export function originAllowed(origin, ownOrigin, allowed) {
  return !origin || origin === ownOrigin || allowed.includes(origin);
}
