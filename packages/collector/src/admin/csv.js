// Receipts as CSV (RFC 4180): one line per decision, lists joined with spaces.

const COLUMNS = /** @type {const} */ ([
  'id',
  'decidedAt',
  'receivedAt',
  'policyVersion',
  'method',
  'granted',
  'denied',
  'servicesGranted',
  'servicesDenied',
  'gpc',
  'dnt',
  'mode',
  'region',
  'regionRule',
  'language',
  'origin',
  'path',
  'subject',
]);

/** @param {unknown} value */
function cell(value) {
  const text = Array.isArray(value) ? value.join(' ') : value == null ? '' : String(value);
  // Quoted when needed; a leading =, +, - or @ is defused so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** @example csvHeader() // 'id,decidedAt,…\r\n' */
export const csvHeader = () => `${COLUMNS.join(',')}\r\n`;

/**
 * @example csvLine(receipt) // 'f3a09c21d4e5b677,2026-05-01T12:00:00.000Z,…\r\n'
 * @param {ReturnType<typeof import('../receipts/read-receipts.js').receiptOf>} receipt
 */
export function csvLine(receipt) {
  /** @type {Record<string, unknown>} */
  const flat = { ...receipt, servicesGranted: receipt.services.granted, servicesDenied: receipt.services.denied };
  return `${COLUMNS.map((column) => cell(flat[column])).join(',')}\r\n`;
}
