import type { ConsentMethod } from '../types.js';

/** One decision as the cookie keeps it. */
export interface DecisionRecord {
  policyVersion: string;
  /** Milliseconds since the epoch. */
  decidedAt: number;
  id: string;
  method: ConsentMethod;
  /** Optional categories granted; every other one is denied. */
  granted: string[];
}

// Position = one-letter code in the cookie.
const METHODS: ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'gpc', 'api'];

// FNV-1a: catches truncation and hand edits. It is no security boundary (the visitor owns the browser);
// what it protects is the rule that a damaged value never grants anything.
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; ) hash = Math.imul(hash ^ text.charCodeAt(i++), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * The cookie value: `1~policyVersion~time~id~method~granted.categories~checksum`, about 60 bytes.
 *
 * @example
 * encodeRecord({ policyVersion: '2', decidedAt: Date.now(), id: '0123456789abcdef', method: 'custom', granted: ['analytics'] })
 */
export function encodeRecord(record: DecisionRecord): string {
  const body = [
    '1',
    record.policyVersion,
    record.decidedAt.toString(36),
    record.id,
    METHODS.indexOf(record.method),
    record.granted.join('.'),
  ].join('~');
  return `${body}~${checksum(body)}`;
}

/**
 * Reads a cookie value defensively: anything malformed, truncated, tampered or of another format gives `null`
 * (no decision), never an exception, and never a category the site does not know.
 *
 * @example
 * decodeRecord('garbage', ['analytics']) // null
 */
export function decodeRecord(value: unknown, known: readonly string[]): DecisionRecord | null {
  const fields = String(value).split('~');
  const [format, policyVersion, time, id, code, granted, sum] = fields as Array<string | undefined>;
  const decidedAt = parseInt(time!, 36);
  const method = /^[0-4]$/.test(code!) && METHODS[code as never];
  // The checksum rejects damage; the other tests reject a forged value whose checksum was recomputed.
  return format === '1' &&
    fields.length === 7 &&
    sum === checksum(fields.slice(0, 6).join('~')) &&
    /^[0-9a-z]{8,9}$/.test(time!) &&
    decidedAt <= Date.now() + 864e5 &&
    /^[0-9a-f]{16}$/.test(id!) &&
    method
    ? {
        policyVersion: policyVersion!,
        decidedAt,
        id: id!,
        method,
        granted: known.filter((name, i) => i && granted!.split('.').includes(name)),
      }
    : null;
}

/**
 * A random id for one decision (64 bits, hex), for proof of consent.
 *
 * @example
 * decisionId() // 'f3a09c21d4e5b677'
 */
export function decisionId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => (b | 256).toString(16).slice(1)).join('');
}
