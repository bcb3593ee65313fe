import type { ConsentMethod } from '../types.js';

/**
 * How a record came about: a decision's method, or `withdrawn` for `reset()`, which forgets the decision. A
 * withdrawal is written as a record rather than by deleting the cookie, so that it outranks every older decision,
 * wherever a copy of it stands (another path, the parent domain) and whatever a skewed clock dated it.
 */
export type RecordMethod = ConsentMethod | 'withdrawn';

/** One decision (or withdrawal) as the cookie keeps it. */
export interface DecisionRecord {
  policyVersion: string;
  /** Milliseconds since the epoch. */
  decidedAt: number;
  id: string;
  method: RecordMethod;
  /** Optional categories granted whole, with all their services; every other one is denied. */
  granted: string[];
  /**
   * Services (by `id`) granted one by one, in categories not granted whole: a category is granted while one of
   * them is. Absent or empty on a site without per-service consent.
   */
  services?: string[];
}

// Position = one-letter code in the cookie. Earlier releases read an unknown code as no decision, that is, as
// withdrawn.
const METHODS: RecordMethod[] = ['accept-all', 'reject-all', 'custom', 'gpc', 'api', 'withdrawn'];

/**
 * Whether the record stands for a decision (anything but a withdrawal).
 *
 * @example
 * isDecision(storage.read()) // false on a first visit and after reset()
 */
export const isDecision = (record: DecisionRecord | null): record is DecisionRecord & { method: ConsentMethod } =>
  !!record && record.method != 'withdrawn';

// FNV-1a: catches truncation and hand edits. It is no security boundary (the visitor owns the browser);
// what it protects is the rule that a damaged value never grants anything.
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; ) hash = Math.imul(hash ^ text.charCodeAt(i++), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * The cookie value: `1~policyVersion~time~id~method~granted.categories~checksum`, about 60 bytes. A decision that
 * grants services one by one is written in format 2, with their ids in one more field:
 * `2~policyVersion~time~id~method~granted.categories~granted.services~checksum`. Every other decision stays in
 * format 1, which every release reads.
 *
 * @example
 * encodeRecord({ policyVersion: '2', decidedAt: Date.now(), id: '0123456789abcdef', method: 'custom', granted: ['analytics'] })
 */
export function encodeRecord(record: DecisionRecord): string {
  const services = record.services ?? [];
  const fields = [
    record.policyVersion,
    record.decidedAt.toString(36),
    record.id,
    METHODS.indexOf(record.method),
    record.granted.join('.'),
  ];
  const body = (services[0] ? ['2', ...fields, services.join('.')] : ['1', ...fields]).join('~');
  return `${body}~${checksum(body)}`;
}

/**
 * Reads a cookie value defensively: anything malformed, truncated, tampered or of another format gives `null`
 * (no decision), never an exception, and never a category or service the site does not know. A format 1 value
 * (every release before per-service consent, and every decision without one-by-one services) grants whole
 * categories, each with all its services.
 *
 * @example
 * decodeRecord('garbage', ['analytics']) // null
 */
export function decodeRecord(
  value: unknown,
  known: readonly string[],
  knownServices: readonly string[] = [],
): DecisionRecord | null {
  const fields = String(value).split('~');
  const [format, policyVersion, time, id, code, granted] = fields as Array<string | undefined>;
  const withServices = format === '2';
  const services = withServices ? fields[6] : '';
  const decidedAt = parseInt(time!, 36);
  const method = /^[0-5]$/.test(code!) && METHODS[code as never];
  const ofThisFormat = (format === '1' && fields.length === 7) || (withServices && fields.length === 8);
  // The checksum rejects damage; the other checks reject a forged value whose checksum was recomputed.
  const undamaged = fields.pop() === checksum(fields.join('~'));
  const timeWellFormed = /^[0-9a-z]{8,9}$/.test(time!);
  // Beyond a day ahead no clock error explains it: the value was made up.
  const timePlausible = decidedAt <= Date.now() + 864e5;
  const idWellFormed = /^[0-9a-f]{16}$/.test(id!);
  // Format 2 exists for services granted one by one: one without any was made up.
  const servicesWellFormed = !withServices || !!services;
  const valid =
    ofThisFormat && undamaged && timeWellFormed && timePlausible && idWellFormed && servicesWellFormed && method;
  if (!valid) return null;
  const listed = (list: string) => list.split('.');
  return {
    policyVersion: policyVersion!,
    decidedAt,
    id: id!,
    method,
    granted: known.filter((name, i) => i && listed(granted!).includes(name)),
    ...(withServices && { services: knownServices.filter((name) => listed(services!).includes(name)) }),
  };
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
