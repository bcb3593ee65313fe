import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (/** @type {string} */ text) => createHash('sha256').update(text).digest();

/**
 * Compares the request's `Authorization: Bearer …` with the admin token in constant time (both are hashed first,
 * so neither their content nor their length shows in the time taken).
 *
 * @example
 * adminTokenMatches('Bearer s3cret-token-of-32-chars…', 's3cret-token-of-32-chars…') // true
 * @param {string | undefined} header
 * @param {string | undefined} token
 */
export function adminTokenMatches(header, token) {
  if (!token) return false;
  const given = /^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(given), digest(token));
}
